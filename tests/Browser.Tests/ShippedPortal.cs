extern alias api;

using Enforcement.Site.Build;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Enforcement.Browser.Tests;

/// <summary>
/// The shipped content/ built as the site build does (on 2026-12-03), served with the API by its local preview on
/// Kestrel: the real pages, the real search. Without the preview it is the API as deploy/zfgs-api.service runs it,
/// on its own address, where staff open the console.
/// </summary>
internal sealed class ShippedPortal : WebApplicationFactory<api::Program>
{
    public string Root { get; } = Directory.CreateTempSubdirectory("shipped-browser-").FullName;

    private readonly bool preview;

    public ShippedPortal(bool preview = true)
    {
        this.preview = preview;
        var repo = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../.."));
        var result = SiteBuilder.Run(new BuildOptions(Path.Combine(repo, "content"), Path.Combine(Root, "out"),
            new DateOnly(2026, 12, 3)));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        UseKestrel(0);
        StartServer();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Portal:Data", Path.Combine(Root, "out", "data"));
        if (preview) builder.UseSetting("Portal:Site", Path.Combine(Root, "out", "site"));
        builder.UseSetting("Portal:Database", Path.Combine(Root, "portal.db"));
        builder.UseSetting("Portal:Mail:Pickup", Path.Combine(Root, "mail"));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
