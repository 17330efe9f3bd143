namespace Enforcement.Api.Infrastructure.Pages;

/// <summary>
/// The headers netlify.toml's [[headers]] give the static site. Netlify applies those only to files it serves,
/// not to answers proxied to the API, so the API sets them itself: without them the rating form, the status page
/// with its confirm button and the search page could be framed (clickjacking).
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The same policy as netlify.toml (a test keeps the two equal).</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public const string ReferrerPolicy = "same-origin";
    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=()";

    /// <summary>nosniff on every answer; the rest on every HTML answer. Headers an endpoint set itself (a stricter
    /// Referrer-Policy, an attachment's sandbox CSP) are kept.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var response = context.Response;
        response.OnStarting(() =>
        {
            var headers = response.Headers;
            headers.TryAdd("X-Content-Type-Options", "nosniff");
            if (response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
            {
                headers.TryAdd("Content-Security-Policy", ContentSecurityPolicy);
                headers.TryAdd("X-Frame-Options", "DENY");
                headers.TryAdd("Referrer-Policy", ReferrerPolicy);
                headers.TryAdd("Permissions-Policy", PermissionsPolicy);
            }
            return Task.CompletedTask;
        });
        return next(context);
    });
}
