using Enforcement.Browser.Tests.Feedback;
using Microsoft.Playwright;

namespace Enforcement.Browser.Tests.Processes;

/// <summary>
/// A process chart printed on A4: shrunk to fit one page, not 931 × 1521 px cut through a step onto the next page after
/// a page holding only its caption (five pages for /processes/general-penalty/); and no hint to scroll on paper.
/// </summary>
public sealed class ProcessChartInPrintTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    // A4 (210 × 297 mm) at 96 px an inch, less the 1 cm margins a browser prints with by default.
    private const double PageWidth = 210 / 25.4 * 96 - 2 * 96 / 2.54;
    private const double PageHeight = 297 / 25.4 * 96 - 2 * 96 / 2.54;

    [Fact]
    public async Task On_A4_the_chart_and_the_title_fit_the_first_page_and_the_caption_has_no_hint_to_scroll()
    {
        using var portal = new ShippedPortal();
        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = portal.ClientOptions.BaseAddress.ToString(), ViewportSize = new() { Width = (int)PageWidth, Height = (int)PageHeight } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/processes/general-penalty/");
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        var figure = await page.EvaluateAsync<double[]>("""
            (() => {
              const r = document.querySelector('.process__chart').getBoundingClientRect();
              return [r.top + window.scrollY, r.bottom + window.scrollY, r.right];
            })()
            """);
        Assert.True(figure[1] <= PageHeight, $"the chart runs from {figure[0]:0} to {figure[1]:0} px; an A4 page holds {PageHeight:0}");
        Assert.True(figure[2] <= PageWidth + 1, $"the chart is {figure[2]:0} px wide; an A4 page holds {PageWidth:0}");
        Assert.DoesNotContain("滑动", await page.Locator(".process__chart figcaption").InnerTextAsync());

        // And as Chromium prints it: the chart on the first of the pages, not five (title, caption, chart, cut chart, steps).
        var pdf = System.Text.Encoding.Latin1.GetString(await page.PdfAsync(new() { Format = "A4", Margin = new() { Top = "1cm", Bottom = "1cm", Left = "1cm", Right = "1cm" } }));
        var pages = int.Parse(System.Text.RegularExpressions.Regex.Match(pdf, @"/Count (\d+)").Groups[1].Value);
        Assert.True(pages <= 3, $"{pages} printed pages");
    }
}
