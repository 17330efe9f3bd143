using Enforcement.Browser.Tests.Feedback;

namespace Enforcement.Browser.Tests.Inspections;

/// <summary>A 双随机 task's results read on a phone, where search sends a shopkeeper (#result-N).</summary>
public sealed class InspectionResultsOnAPhoneTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Each_units_result_is_on_the_screen_beside_its_name_without_scrolling_sideways()
    {
        using var portal = new ShippedPortal();
        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = portal.ClientOptions.BaseAddress.ToString(), ViewportSize = new() { Width = 360, Height = 740 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/inspections/2025/amr-food-2025/");

        var table = await page.EvaluateAsync<double[]>("""
            (() => {
              const t = document.querySelector('table.inspection-results');
              const result = document.querySelector('#result-1 td[data-label="检查结果"]').getBoundingClientRect();
              return [t.scrollWidth - t.parentElement.clientWidth, result.right, result.width];
            })()
            """);
        Assert.True(table[0] <= 0, $"the results are {table[0]:0} px wider than their box");
        Assert.True(table[1] <= 360 && table[2] > 100, $"the first result's 检查结果 ends at {table[1]:0} px and is {table[2]:0} px wide");
        // Each value says what it is, as the hidden column heads did.
        Assert.Contains("检查结果：", await page.Locator("#result-1 td[data-label=\"检查结果\"]").EvaluateAsync<string>("td => getComputedStyle(td, '::before').content"));
    }
}
