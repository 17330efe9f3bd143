using Enforcement.Browser.Tests.Feedback;

namespace Enforcement.Browser.Tests.Processes;

/// <summary>A process chart read on a phone: it scrolls sideways in its box, opens at the process's first step, and its caption stays put.</summary>
public sealed class ProcessChartOnAPhoneTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task On_a_phone_the_chart_opens_at_its_first_step_and_the_page_does_not_scroll_sideways()
    {
        using var portal = new ShippedPortal();
        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = portal.ClientOptions.BaseAddress.ToString(), ViewportSize = new() { Width = 360, Height = 740 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/processes/general-penalty/");
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.Load);

        var shown = await page.EvaluateAsync<double[]>("""
            (() => {
              const frame = document.querySelector('.process__scroll').getBoundingClientRect();
              const start = document.querySelector('.chart-node--start').getBoundingClientRect();
              const caption = document.querySelector('.process__chart figcaption').getBoundingClientRect();
              return [start.left - frame.left, frame.right - start.right, caption.left, caption.right];
            })()
            """);
        Assert.True(shown[0] >= 0 && shown[1] >= 0, $"the first step is cut off: {shown[0]:0} px from the left edge, {shown[1]:0} px from the right");
        // The caption (how to read the chart) stays in sight: it does not scroll with the chart.
        Assert.True(shown[2] >= 0 && shown[3] <= 360, $"the caption spans {shown[2]:0}–{shown[3]:0} px of a 360 px screen");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
    }
}
