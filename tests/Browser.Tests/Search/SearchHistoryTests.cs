using Enforcement.Browser.Tests.Feedback;
using Microsoft.Playwright;

namespace Enforcement.Browser.Tests.Search;

/// <summary>
/// Back through searches, in Chromium: what the page shows (the results and the filters' boxes) is the search its
/// address names.
/// </summary>
public sealed class SearchHistoryTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Back_to_a_search_without_a_filter_shows_the_filter_unset_not_as_last_chosen()
    {
        using var portal = new ShippedPortal();
        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = portal.ClientOptions.BaseAddress.ToString(), ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/officers/");
        // The header's box, then the results page's filters: one result of 2024, opened.
        await page.GetByLabel("搜索处罚决定").FillAsync("过期");
        await page.GetByLabel("搜索处罚决定").PressAsync("Enter");
        await page.Locator(".search-hit").First.WaitForAsync();
        await page.GetByText("筛选和排序").ClickAsync();
        await page.Locator("#year").SelectOptionAsync("2024");
        await page.GetByRole(AriaRole.Button, new() { Name = "按条件筛选" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("year=2024"));
        await page.Locator(".search-hit a").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/decisions/"));

        await page.GoBackAsync();
        Assert.Equal("2024", await page.Locator("#year").InputValueAsync());
        await page.GoBackAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/search/\?q=[^&]+$"));
        // Results of every year under it: the box says so, and the next search does not add the year unseen.
        Assert.Equal("", await page.Locator("#year").InputValueAsync());
        await page.GetByText("筛选和排序").ClickAsync();
        await page.Locator("#sort").SelectOptionAsync("date");
        await page.GetByRole(AriaRole.Button, new() { Name = "按条件筛选" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("sort=date"));
        Assert.DoesNotContain("year=2024", page.Url);
    }

    /// <summary>Types the words into the search page's own box and presses its button, as a person does.</summary>
    private static async Task SearchAsync(IPage page, string words)
    {
        await page.GetByLabel("关键词").FillAsync(words);
        await page.Locator("#search-form").GetByRole(AriaRole.Button, new() { Name = "搜索", Exact = true }).ClickAsync();
    }

    [Fact]
    public async Task With_javascript_back_from_the_next_page_returns_to_the_first_and_then_to_the_empty_search()
    {
        using var portal = new ShippedPortal();
        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = portal.ClientOptions.BaseAddress.ToString(), ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.GotoAsync("/search/");
        await SearchAsync(page, "罚款最多的");
        var status = page.Locator("#search-status");
        await Assertions.Expect(status).ToContainTextAsync("第 1 页");
        var first = await page.Locator(".search-hit h2").First.InnerTextAsync();
        await page.Locator("#search-next").ClickAsync();
        await Assertions.Expect(status).ToContainTextAsync("第 2 页");
        Assert.Contains("page=2", page.Url);

        await page.GoBackAsync();
        await Assertions.Expect(status).ToContainTextAsync("第 1 页");
        Assert.EndsWith("/search/?q=" + Uri.EscapeDataString("罚款最多的"), page.Url);
        Assert.Equal(first, await page.Locator(".search-hit h2").First.InnerTextAsync());

        // Back again: the search page as it was opened, not the home page.
        await page.GoBackAsync();
        await Assertions.Expect(page.Locator(".search-hit")).ToHaveCountAsync(0);
        Assert.EndsWith("/search/", page.Url);
        Assert.Equal("", await page.GetByLabel("关键词").InputValueAsync());
        Assert.Equal("", await status.InnerTextAsync());
        Assert.Equal("", await page.Locator("#search-note").InnerTextAsync());

        // And Forward to the second page again.
        await page.GoForwardAsync();
        await page.GoForwardAsync();
        await Assertions.Expect(status).ToContainTextAsync("第 2 页");
        Assert.Equal("罚款最多的", await page.GetByLabel("关键词").InputValueAsync());
    }

    [Fact]
    public async Task With_javascript_back_from_a_filter_chosen_shows_the_results_and_the_box_without_it()
    {
        using var portal = new ShippedPortal();
        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = portal.ClientOptions.BaseAddress.ToString(), ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search/");
        await SearchAsync(page, "过期");
        var status = page.Locator("#search-status");
        await Assertions.Expect(status).ToContainTextAsync("找到");
        var all = await status.InnerTextAsync();
        await page.GetByText("筛选和排序").ClickAsync();
        await page.Locator("#year").SelectOptionAsync("2024");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("year=2024"));
        await Assertions.Expect(status).Not.ToHaveTextAsync(all);

        await page.GoBackAsync();
        await Assertions.Expect(status).ToHaveTextAsync(all);
        Assert.Equal("", await page.Locator("#year").InputValueAsync());
        Assert.DoesNotContain("year=", page.Url);
    }
}
