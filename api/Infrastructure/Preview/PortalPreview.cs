using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Infrastructure.Preview;

/// <summary>
/// Local preview: with Portal:Site set, the API also serves the static site at / and behaves as Netlify
/// does in production: the same query-string rewrites to the API, 410 for decisions and 双随机 tasks whose
/// publicity has ended (read from the build's _redirects, again after each build), and 404.html for anything else.
/// </summary>
public static class PortalPreview
{
    /// <summary>Netlify proxies these pages to the API when the query carries the parameter (see _redirects).</summary>
    public static readonly (string Page, string Parameter, string ApiPath)[] QueryRewrites =
    [
        ("/search/", "q", "/api/search/page"),
        ("/corrections/status/", "ticket", "/api/corrections/status/page"),
        ("/corrections/", "decision", "/api/corrections/form"),
        ("/corrections/", "certificate", "/api/corrections/form"),
    ];

    /// <summary>An officer page opened from a card's QR code: /officers/{certificate}/?token=...</summary>
    public const string OfficerPagePrefix = "/officers/";
    public const string OfficerApiPrefix = "/api/officers/";

    public static WebApplication UsePortalPreviewRewrites(this WebApplication app)
    {
        var site = SiteFolder(app);
        if (site is null) return app;

        var gone = new GoneRulesFile(Path.Combine(site, "_redirects"));
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            {
                var path = request.Path.Value ?? "/";
                foreach (var (page, parameter, apiPath) in QueryRewrites)
                    if (path == page && request.Query.ContainsKey(parameter)) request.Path = apiPath;
                if (path.StartsWith(OfficerPagePrefix, StringComparison.Ordinal) && request.Query.ContainsKey("token")
                    && path.Count(c => c == '/') == 3 && path.EndsWith('/'))
                    request.Path = OfficerApiPrefix + path[OfficerPagePrefix.Length..] + "page";
                if (gone.Rules.Match(path) is { } goneRule)
                {
                    context.Response.StatusCode = StatusCodes.Status410Gone;
                    var body = Path.Combine(site, goneRule.TrimStart('/'));
                    if (File.Exists(body))
                    {
                        context.Response.ContentType = "text/html; charset=utf-8";
                        await context.Response.SendFileAsync(body);
                    }
                    return;
                }
            }
            await next();
        });
        var files = new PhysicalFileProvider(site);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        return app;
    }

    public static WebApplication MapPortalPreview(this WebApplication app)
    {
        var site = SiteFolder(app);
        if (site is null) return app;
        app.MapFallback(async context =>
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                // No body: the status-code pages answer it as they answer any /api 404 (a page for a browser, a problem
                // for a script), as the API does without the preview.
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            var notFound = Path.Combine(site, "404.html");
            if (File.Exists(notFound))
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.SendFileAsync(notFound);
            }
        });
        return app;
    }

    private static string? SiteFolder(WebApplication app)
    {
        var site = app.Services.GetRequiredService<IOptions<PortalOptions>>().Value.Site;
        if (string.IsNullOrWhiteSpace(site)) return null;
        var full = Path.GetFullPath(site);
        if (!Directory.Exists(full))
        {
            app.Logger.LogWarning("Portal:Site {Folder} does not exist; the site preview is off. Build the site first.", full);
            return null;
        }
        return full;
    }
}
