using System.Text.Encodings.Web;
using System.Text.Unicode;
using Enforcement.Content;
using Enforcement.Registry;
using Enforcement.Site.Pages.Corrections;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace Enforcement.Browser.Tests.Corrections;

/// <summary>
/// The API on Kestrel (a real port) with the local site preview on: the correction pages rendered from their
/// components, the enhancement script, and a stand-in decision page carrying the "申请更正" link.
/// </summary>
internal sealed class PreviewPortal : IAsyncDisposable
{
    public const string Decision = "宜市监处罚〔2025〕12号";
    public const string DecisionTitle = "宜春市某某食品有限公司销售超过保质期食品案";
    public const string DecisionPage = "/decisions/2025/yichun-food-12/";

    private readonly string root = Directory.CreateTempSubdirectory("corrections-browser-").FullName;
    // Any type of the API's assembly names its entry point; "Program" alone is ambiguous here, since the
    // site's generator has a Program too.
    private WebApplicationFactory<Enforcement.Api.PortalOptions>? factory;

    public string Pickup => Path.Combine(root, "mail");
    private string Data => Path.Combine(root, "data");
    private string Site => Path.Combine(root, "site");
    public Uri Address { get; private set; } = default!;

    /// <summary>The API's services, for what staff do on its machine (staff accounts).</summary>
    public IServiceProvider Services => factory!.Services;

    public static SiteSettings Settings(string baseUrl) => new(
        "宜春市市场监督管理局行政执法公示平台", baseUrl, "/api",
        new RetentionSettings(new RetentionPeriod(5, RetentionUnit.Years), new RetentionPeriod(2, RetentionUnit.Years)),
        true, new SupervisionOffice("市局执法监督科", "jdk@example.gov.cn", "0795-1234567"));

    public static async Task<PreviewPortal> StartAsync()
    {
        var portal = new PreviewPortal();
        await portal.BuildAsync();
        return portal;
    }

    private async Task BuildAsync()
    {
        Directory.CreateDirectory(Data);
        // The site's frame for the API's pages, with its stylesheet as the build writes it: the form opened from a link is one.
        File.WriteAllText(Path.Combine(Data, "shell.html"), """
            <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{title}}</title><link rel="stylesheet" href="/assets/site.css"></head>
            <body><main id="main"><h1>{{title}}</h1><!--content--></main></body></html>
            """);
        WriteRegistry("http://placeholder.invalid");

        var settings = Settings("http://placeholder.invalid");
        await WritePageAsync<CorrectionsPage>("corrections/index.html", settings);
        await WritePageAsync<CorrectionStatusPage>("corrections/status/index.html", settings);
        Directory.CreateDirectory(Path.Combine(Site, "assets"));
        // The site's own scripts and styles, as the built site serves them (forget-post.js: the console's).
        foreach (var asset in new[] { "corrections.js", "site.css", "forget-post.js" })
            File.Copy(Path.Combine(AppContext.BaseDirectory, "Assets", asset), Path.Combine(Site, "assets", asset));
        // Stand-in for the decision page (another feature's), around the real "申请更正" link component.
        var link = await RenderAsync<CorrectionLink>(new() { ["Decision"] = Decision });
        var decisionFolder = Path.Combine(Site, DecisionPage.Trim('/'));
        Directory.CreateDirectory(decisionFolder);
        File.WriteAllText(Path.Combine(decisionFolder, "index.html"), $"""
            <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{DecisionTitle}</title></head>
            <body><main><h1>{DecisionTitle}</h1><p>文书号：{Decision}</p><p>{link}</p></main></body></html>
            """);

        factory = new WebApplicationFactory<Enforcement.Api.PortalOptions>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Portal:Data", Data);
            web.UseSetting("Portal:Site", Site);
            web.UseSetting("Portal:Database", Path.Combine(root, "db", "portal.db"));
            web.UseSetting("Portal:Mail:Pickup", Pickup);
            web.UseSetting("Portal:Mail:PollInterval", "00:00:00.2");
        });
        factory.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = new Uri(address);
        // Now that the port is known, the e-mailed links can point at it; the API re-reads the registry.
        WriteRegistry(Address.ToString().TrimEnd('/'));
    }

    private void WriteRegistry(string baseUrl)
    {
        new PortalRegistry("宜春市市场监督管理局行政执法公示平台", baseUrl, new DateOnly(2026, 3, 1),
            new RetentionSettings(new RetentionPeriod(5, RetentionUnit.Years), new RetentionPeriod(2, RetentionUnit.Years)),
            new SupervisionOffice("市局执法监督科", "jdk@example.gov.cn", "0795-1234567"),
            [new RegistryBody("yichun-amr", "宜春市市场监督管理局", "0795-3210000", "fzk@example.gov.cn")],
            [],
            [new RegistryDecision(Decision, DecisionTitle, DecisionPage, "yichun-amr", new DateOnly(2025, 3, 8), new DateOnly(2030, 3, 8), false)])
            .Save(Data);
        // The registry is reloaded when its timestamp changes; make sure this write is seen as new.
        File.SetLastWriteTimeUtc(Path.Combine(Data, PortalRegistry.FileName), DateTime.UtcNow.AddSeconds(baseUrl.Length));
    }

    private async Task WritePageAsync<T>(string path, SiteSettings settings) where T : IComponent
    {
        var file = Path.Combine(Site, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, await RenderAsync<T>(new() { ["Site"] = settings }));
    }

    private static async Task<string> RenderAsync<T>(Dictionary<string, object?> parameters) where T : IComponent
    {
        var services = new ServiceCollection().AddLogging().AddSingleton(HtmlEncoder.Create(UnicodeRanges.All)).BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<T>(ParameterView.FromDictionary(parameters))).ToHtmlString());
    }

    /// <summary>Waits for the outbox to deliver the e-mail whose subject names the ticket, and returns its private link.</summary>
    public Task<string> ConfirmationLinkAsync(string ticket) =>
        MailedLinkAsync(ticket, mail => mail.Subject?.Contains(ticket, StringComparison.Ordinal) == true);

    /// <summary>Waits for the lost-link e-mail (every request's link again) and returns the ticket's new link.</summary>
    public Task<string> LostLinkAsync(string ticket) => MailedLinkAsync(ticket, mail => mail.Subject == "您的更正申请进度链接");

    private async Task<string> MailedLinkAsync(string ticket, Func<MimeMessage, bool> wanted)
    {
        for (var tries = 0; tries < 100; tries++)
        {
            foreach (var file in Directory.Exists(Pickup) ? Directory.GetFiles(Pickup, "*.eml") : [])
            {
                var mail = await MimeMessage.LoadAsync(file);
                if (!wanted(mail)) continue;
                var link = (mail.TextBody ?? "").Split('\n').Select(l => l.Trim())
                    .FirstOrDefault(l => l.Contains($"/corrections/status/?ticket={Uri.EscapeDataString(ticket)}&", StringComparison.Ordinal));
                if (link is not null) return link;
            }
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException($"no e-mail with a link for {ticket}");
    }

    public async ValueTask DisposeAsync()
    {
        if (factory is not null) await factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(root, recursive: true); } catch (IOException) { }
    }
}
