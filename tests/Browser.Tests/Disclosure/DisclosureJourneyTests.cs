using Enforcement.Browser.Tests.Feedback;
using Enforcement.Site.Build;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Enforcement.Browser.Tests.Disclosure;

/// <summary>
/// The shipped content built by the real build and served by the API's preview on Kestrel: a resident on a
/// phone reads the yearly figures, finds a shop's 双随机 result through search, and lands on its row.
/// </summary>
public sealed class DisclosureJourneyTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IAsyncLifetime
{
    private readonly string root = Directory.CreateTempSubdirectory("disclosure-browser-").FullName;
    private WebApplicationFactory<Enforcement.Api.PortalOptions>? factory;
    private Uri address = default!;

    public Task InitializeAsync()
    {
        var content = Path.Combine(RepositoryRoot(), "content");
        var result = SiteBuilder.Run(new BuildOptions(content, Path.Combine(root, "out"), new DateOnly(2026, 12, 1)));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => e.ToString()).Concat(result.Leaks.Select(l => l.ToString()))));
        factory = new WebApplicationFactory<Enforcement.Api.PortalOptions>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Portal:Data", Path.Combine(root, "out", "data"));
            web.UseSetting("Portal:Site", Path.Combine(root, "out", "site"));
            web.UseSetting("Portal:Database", Path.Combine(root, "portal.db"));
            web.UseSetting("Portal:Mail:Pickup", Path.Combine(root, "mail"));
        });
        factory.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        factory.StartServer();
        address = new Uri(factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (factory is not null) await factory.DisposeAsync();
        Directory.Delete(root, recursive: true);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Enforcement.sln"))) return dir.FullName;
        throw new InvalidOperationException("Enforcement.sln not found");
    }

    [Fact]
    public async Task On_a_phone_the_figures_read_without_sideways_scrolling_and_a_shops_result_is_found_by_search()
    {
        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = address.ToString(), ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "执法数据" }).First.ClickAsync();
        // Each year's figures at a glance; the first cell of 2025 (all bodies) leads to the year's page.
        await page.GetByRole(AriaRole.Row, new() { Name = "2025 年" }).GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("全部执法主体 2025 年行政执法数据");
        // The chart is drawn (no script needed) and its bars carry their numbers.
        var chart = page.Locator("#categories svg");
        await Assertions.Expect(chart).ToBeVisibleAsync();
        Assert.Contains("食品安全", await chart.TextContentAsync());
        // The page itself never scrolls sideways; a wide chart or table scrolls in its own box.
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));

        await page.GotoAsync("/search/");
        // The filters are folded on a phone: a tap on 筛选和排序 opens them.
        await page.GetByText("筛选和排序").ClickAsync();
        await page.SelectOptionAsync("#kind", "inspection");
        await page.FillAsync("#q", "兴旺水果店");
        var hit = page.Locator("#search-results a").First;
        // The first search opens the index: allow a slow machine more than the default five seconds.
        await Assertions.Expect(hit).ToContainTextAsync("立案查处", new() { Timeout = 20_000 });
        await hit.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("2026年商品和服务明码标价情况双随机抽查");
        Assert.EndsWith("#result-3", page.Url);
        // The operator is a natural person: the row shows 陈某某, and the case links to its decision.
        var row = page.Locator("#result-3");
        await Assertions.Expect(row).ToContainTextAsync("陈某某");
        await row.GetByRole(AriaRole.Link, new() { Name = "宜市监处罚〔2026〕66号" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("兴旺水果店");
    }
}
