using Enforcement.Browser.Tests.Feedback;

namespace Enforcement.Browser.Tests.Pages;

/// <summary>A body's facts on a phone: each label on one line beside its value, nothing past the screen's edge.</summary>
[Trait("Category", "Slow")]
public sealed class FactsOnAPhoneTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Theory]
    [InlineData(360)]
    [InlineData(320)]
    public async Task Each_label_is_one_line_and_each_value_within_the_screen(int width)
    {
        using var portal = new ShippedPortal();
        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = portal.ClientOptions.BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = 740 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/bodies/yichun-amr/");

        var facts = await page.Locator("dl.facts").First.Locator("dt, dd").EvaluateAllAsync<double[][]>(
            """
            cells => cells.map(c => {
              const range = document.createRange(); range.selectNodeContents(c);
              const text = range.getBoundingClientRect();
              return [c.tagName === 'DT' ? 1 : 0, text.height, Math.max(text.right, c.getBoundingClientRect().right), parseFloat(getComputedStyle(c).lineHeight)];
            })
            """);
        Assert.NotEmpty(facts);
        Assert.All(facts.Where(f => f[0] == 1), dt => Assert.True(dt[1] < dt[3] * 1.5, $"a label is {dt[1]:0} px tall: wrapped"));
        Assert.All(facts, f => Assert.True(f[2] <= width, $"a fact ends at {f[2]:0} px of {width} px"));
    }
}
