using Enforcement.Browser.Tests.Feedback;

namespace Enforcement.Browser.Tests.Decisions;

/// <summary>A decision read on a phone: the summary table fits the screen, nothing cut off mid-character.</summary>
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
}
