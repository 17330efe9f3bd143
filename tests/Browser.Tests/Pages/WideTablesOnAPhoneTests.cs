using Enforcement.Browser.Tests.Feedback;

namespace Enforcement.Browser.Tests.Pages;

/// <summary>
/// The lists a citizen reads on a phone (officers, 权责清单, 随机抽查事项, 双随机 tasks, 法制审核目录, 执法事项, yearly figures) are one card
/// per row at 360 px, each value named, none wider than the screen: eight or nine columns scrolled sideways put
/// what a person checks (an officer's standing, a power's basis) off-screen.
/// </summary>
public sealed class WideTablesOnAPhoneTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Theory]
    [InlineData("/officers/", "table.officer-table", "状态")]
    [InlineData("/bodies/yichun-amr/", "table:has(caption:text-matches('随机抽查事项清单'))", "抽查比例")]
    [InlineData("/bodies/yichun-amr/", "table:has(caption:text-matches('权责清单'))", "实施依据")]
    [InlineData("/inspections/", "table.inspection-list", "发现问题")]
    [InlineData("/bodies/yichun-amr/legal-review/", "table.cards-on-phone", "审核机构")]
    [InlineData("/bodies/yichun-amr/services/", "table.cards-on-phone", "办理时限")]
    [InlineData("/statistics/", "table.figures-index", "全部执法主体")]
    public async Task Each_row_is_a_card_with_its_values_named_within_the_screen(string path, string table, string label)
    {
        using var portal = new ShippedPortal();
        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = portal.ClientOptions.BaseAddress.ToString(), ViewportSize = new() { Width = 360, Height = 740 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);

        var cell = page.Locator(table).First.Locator($"tbody tr:first-child td[data-label=\"{label}\"]");
        var box = await cell.EvaluateAsync<double[]>("td => { const r = td.getBoundingClientRect(); return [r.left, r.right, td.closest('table').scrollWidth]; }");
        Assert.True(box[0] >= 0 && box[1] <= 360, $"{label} on {path} spans {box[0]:0}–{box[1]:0} px of a 360 px screen");
        Assert.True(box[2] <= 360, $"the table on {path} is {box[2]:0} px wide on a 360 px screen");
        Assert.Equal($"\"{label}：\"", await cell.EvaluateAsync<string>("td => getComputedStyle(td, '::before').content"));
    }
}
