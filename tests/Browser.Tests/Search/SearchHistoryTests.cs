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
}
