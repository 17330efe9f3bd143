extern alias api;

using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text.RegularExpressions;
using Enforcement.Api.Infrastructure.Staff;
using Enforcement.Content;
using Enforcement.Registry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Enforcement.Browser.Tests.Feedback;

/// <summary>
/// The API on real Kestrel (http://127.0.0.1:random) with the local preview serving a small site folder, as
/// Netlify would in production: the strict Content-Security-Policy on every answer, and /officers/{cert}/?token=
/// going to the API's officer page. Staff print cards from /api/admin/cards/ with <see cref="StaffKey"/>; the
/// registry names this server as the site, so a card's link leads back here.
/// </summary>
public sealed class PortalServer : WebApplicationFactory<api::Program>
{
    public const string Csp = "default-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'";
    public static readonly byte[] CardKey = Enumerable.Range(40, 32).Select(i => (byte)i).ToArray();
    public const string StaffKey = "browser-test-staff-key";

    public static readonly SupervisionOffice Office = new("市局执法监督科", "jdk@example.gov.cn", "0795-1234567");
    public static readonly SiteSettings Site = new("宜春市市场监督管理局行政执法公示平台", "https://zfgs.example.gov.cn", "/api",
        new RetentionSettings(new RetentionPeriod(5, RetentionUnit.Years), new RetentionPeriod(2, RetentionUnit.Years)), true, Office);
    public static readonly Body Body = new("yichun-amr", "宜春市市场监督管理局", "行政机关", "11360900MB1766311A", "宜春市袁州区宜阳大道 1 号",
        "0795-3210000", "工作日", [], [], [], new Remedies("宜春市人民政府", "宜春市袁州区人民法院"), [], null);

    public static Officer Officer(string certificate = "36090012345", string name = "李明") => new(name, certificate, "yichun-amr", "执法稽查局", "科员",
        ["市场监管综合执法"], "宜春市袁州区", OfficerStatus.Active, null);

    public string Root { get; } = Directory.CreateTempSubdirectory("feedback-browser-").FullName;
    public string SiteFolder => Path.Combine(Root, "site");
    public string DataFolder => Path.Combine(Root, "data");
    public Uri BaseAddress => ClientOptions.BaseAddress;

    public PortalServer(IReadOnlyList<Officer> officers)
    {
        Directory.CreateDirectory(DataFolder);
        Directory.CreateDirectory(Path.Combine(SiteFolder, "assets"));
        WriteRegistry(officers, Site.BaseUrl);
        File.WriteAllText(Path.Combine(DataFolder, "shell.html"), """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{title}}</title><link rel="stylesheet" href="/assets/site.css"></head>
            <body><header><a href="/">执法公示平台</a></header><main id="main"><h1>{{title}}</h1>
            <!--content-->
            </main></body></html>
            """);
        foreach (var asset in new[] { "cards.css", "rating.js" })
            File.Copy(Path.Combine(RepoRoot(), "site", "Assets", asset), Path.Combine(SiteFolder, "assets", asset));
        File.WriteAllText(Path.Combine(SiteFolder, "assets", "site.css"), "body { font-family: sans-serif; margin: 1rem; }\n");
        UseKestrel(0);
        StartServer();
        // Now that the address is known, the cards' links point here (the API takes up the new registry by itself).
        WriteRegistry(officers, BaseAddress.ToString().TrimEnd('/'));
    }

    private void WriteRegistry(IReadOnlyList<Officer> officers, string baseUrl) =>
        new PortalRegistry(Site.Title, baseUrl, new DateOnly(2026, 3, 15), Site.Retention, Office,
            [new RegistryBody(Body.Slug, Body.Name, Body.Phone, null)],
            officers.Select(o => new RegistryOfficer(o.Certificate, o.Name, o.BodySlug, o.Unit, o.Position, o.Categories, o.Region, o.Status, o.ValidUntil)).ToList(),
            []).Save(DataFolder);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Portal:Data", DataFolder);
        builder.UseSetting("Portal:Site", SiteFolder);
        builder.UseSetting("Portal:Database", Path.Combine(Root, "portal.db"));
        builder.UseSetting("Portal:CardKey", Convert.ToBase64String(CardKey));
        builder.UseSetting("Portal:Mail:Pickup", Path.Combine(Root, "mail"));
        builder.UseSetting("Portal:AdminKeys:0:Name", "监督科");
        builder.UseSetting("Portal:AdminKeys:0:Sha256", StaffKeys.HashOf(StaffKey));
        builder.UseSetting("Portal:AdminKeys:0:Body", "*");
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, StrictCsp>());
    }

    /// <summary>Staff print the officer's card; the link printed under its QR code.</summary>
    public async Task<string> CardLinkAsync(string certificate)
    {
        using var staff = new HttpClient { BaseAddress = BaseAddress };
        staff.DefaultRequestHeaders.Add(StaffKeys.Header, StaffKey);
        var html = await staff.GetStringAsync($"/api/admin/cards/{Body.Slug}/{certificate}");
        return System.Net.WebUtility.HtmlDecode(Regex.Match(html, "class=\"card-link\"><a href=\"([^\"]+)\"").Groups[1].Value);
    }

    /// <summary>Renders a page component as the build does and writes it where the site would have it.</summary>
    public async Task<Uri> WritePageAsync<T>(string path, Dictionary<string, object?> parameters) where T : IComponent
    {
        await using var services = new ServiceCollection().AddSingleton(HtmlEncoder.Create(UnicodeRanges.All)).BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<T>(ParameterView.FromDictionary(parameters))).ToHtmlString());
        var file = Path.Combine(SiteFolder, path.Trim('/'), "index.html");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, html);
        return new Uri(BaseAddress, path);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Enforcement.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Enforcement.sln not found");
    }

    private sealed class StrictCsp : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Response.Headers.ContentSecurityPolicy = Csp;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
