using Enforcement.Browser.Tests.Feedback;

namespace Enforcement.Browser.Tests.Pages;

/// <summary>The red navigation on a small phone: every section in sight and tappable, in two rows, not three.</summary>
public sealed class NavigationOnAPhoneTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Theory]
    [InlineData(360)]
    [InlineData(320)]
    public async Task Every_section_is_on_the_screen_in_two_rows(int width)
    {
        using var portal = new ShippedPortal();
        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = portal.ClientOptions.BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = 740 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/decisions/");

        var links = await page.Locator(".site-nav a").EvaluateAllAsync<double[][]>(
            "links => links.map(a => { const r = a.getBoundingClientRect(); return [r.left, r.right, r.top, r.height, a.scrollWidth - a.clientWidth]; })");
        Assert.Equal(9, links.Length);
        Assert.All(links, l => Assert.True(l[0] >= 0 && l[1] <= width && l[4] <= 0, $"a link spans {l[0]:0}–{l[1]:0} px of {width} px, {l[4]:0} px of its text cut"));
        Assert.Equal(2, links.Select(l => Math.Round(l[2])).Distinct().Count());
        Assert.All(links, l => Assert.True(l[3] >= 40, $"a link is {l[3]:0} px tall: too small a target"));
    }
}
