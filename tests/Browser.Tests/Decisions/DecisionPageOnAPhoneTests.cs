using Enforcement.Browser.Tests.Feedback;

namespace Enforcement.Browser.Tests.Decisions;

/// <summary>
/// A decision read on a phone: the summary table fits the screen, nothing cut off mid-character; a wide table in the
/// decision's text (a 扣押物品清单 of ten columns) scrolls in its own box and the page does not widen.
/// </summary>
public sealed class DecisionPageOnAPhoneTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Theory]
    [InlineData(360)]
    [InlineData(390)]
    public async Task The_summary_table_of_a_companys_decision_fits_a_phone(int width)
    {
        using var portal = new ShippedPortal();
        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = portal.ClientOptions.BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = 740 } });
        var page = await context.NewPageAsync();
        // A company's decision: an 18-character 统一社会信用代码 and a long 违法行为.
        await page.GotoAsync("/decisions/2026/amr-2026-071/");
        var overflow = await page.EvaluateAsync<int>("(() => { const t = document.querySelector('table.summary'); return t.scrollWidth - t.parentElement.clientWidth; })()");
        Assert.True(overflow <= 0, $"the summary table is {overflow} px wider than the screen allows at {width} px");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
    }

    [Fact]
    public async Task A_wide_table_in_a_decisions_text_scrolls_in_its_own_box_and_the_page_keeps_the_phones_width()
    {
        using var portal = new ShippedPortal();
        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = portal.ClientOptions.BaseAddress.ToString(), ViewportSize = new() { Width = 390, Height = 740 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/decisions/2025/amr-2025-012/");
        var table = page.Locator("main table:has-text('扣押数量')");
        Assert.True(await table.EvaluateAsync<bool>("t => t.scrollWidth > t.parentElement.clientWidth"), "the table is wider than the phone: it should scroll");
        Assert.Equal("auto", await table.EvaluateAsync<string>("t => getComputedStyle(t.parentElement).overflowX"));
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page widened past the phone's screen");
    }
}
