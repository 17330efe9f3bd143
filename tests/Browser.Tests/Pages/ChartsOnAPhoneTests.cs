using Enforcement.Browser.Tests.Feedback;

namespace Enforcement.Browser.Tests.Pages;

/// <summary>
/// 执法数据 on a phone: every bar chart is on the screen whole, the longest bar and its figure included, with its
/// words still at a readable size (not a wide chart shrunk to fit).
/// </summary>
[Trait("Category", "Slow")]
public sealed class ChartsOnAPhoneTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Theory]
    [InlineData("/statistics/2025/", 360)]
    [InlineData("/statistics/2025/", 320)]
    [InlineData("/statistics/2025/yichun-amr/", 360)]
    public async Task Every_chart_and_every_figure_on_it_is_within_the_screen(string path, int width)
    {
        using var portal = new ShippedPortal();
        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = portal.ClientOptions.BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = 740 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);

        var charts = await page.Locator("svg.bar-chart").EvaluateAllAsync<double[][]>("""
            svgs => svgs.map(svg => {
              const r = svg.getBoundingClientRect();
              const texts = [...svg.querySelectorAll('text')].map(t => t.getBoundingClientRect());
              return [r.left, r.right, Math.max(...texts.map(t => t.right)), Math.min(...texts.map(t => t.height)), svg.parentElement.scrollWidth - svg.parentElement.clientWidth];
            })
            """);
        Assert.NotEmpty(charts);
        Assert.All(charts, c =>
        {
            Assert.True(c[0] >= 0 && c[1] <= width, $"a chart on {path} spans {c[0]:0}–{c[1]:0} px of {width} px");
            Assert.True(c[2] <= width, $"a figure on {path} ends at {c[2]:0} px of {width} px");
            Assert.True(c[4] <= 0, $"a chart on {path} scrolls sideways by {c[4]:0} px");
            Assert.True(c[3] >= 13, $"a chart's words on {path} are {c[3]:0.#} px tall: shrunk to fit");
        });
    }
}
