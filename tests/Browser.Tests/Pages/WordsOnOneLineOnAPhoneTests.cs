using Enforcement.Browser.Tests.Feedback;

namespace Enforcement.Browser.Tests.Pages;

/// <summary>Short phrases a phone broke in the middle at 390 px: 已撤 / 下 in a withdrawal's title, 行政处 / 罚决定 in the year's figures.</summary>
public sealed class WordsOnOneLineOnAPhoneTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    // For each element, "lines|text": the lines the first run of the words takes in its text (all of it without words; 0: not there).
    private const string Lines = """
        ([selector, words]) => Array.from(document.querySelectorAll(selector)).map(e => {
          const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
          let text = '', nodes = [];
          for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push([n, text.length]); text += n.data; }
          const at = text.indexOf(words ?? text.trim());
          if (at < 0) return '0|' + e.innerText;
          const end = at + (words ?? text.trim()).length;
          const where = i => { const [n, start] = nodes.filter(([n, s]) => s <= i).pop(); return [n, Math.min(i - start, n.data.length)]; };
          const range = document.createRange();
          range.setStart(...where(at));
          range.setEnd(...where(end));
          return new Set(Array.from(range.getClientRects(), c => Math.round(c.top))).size + '|' + e.innerText;
        })
        """;

    [Theory]
    [InlineData(360)]
    [InlineData(390)]
    public async Task A_withdrawals_title_and_the_years_figures_keep_their_words_whole(int width)
    {
        using var portal = new ShippedPortal();
        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = portal.ClientOptions.BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = 740 } });
        var page = await context.NewPageAsync();
        var broken = new List<string>();

        await page.GotoAsync("/decisions/2026/amr-2026-037/");
        foreach (var run in await page.EvaluateAsync<string[]>(Lines, new[] { "h1", "已撤下" }))
            if (!run.StartsWith("1|", StringComparison.Ordinal)) broken.Add($"已撤下 (lines|title): {run}");

        await page.GotoAsync("/statistics/2025/");
        foreach (var run in await page.EvaluateAsync<string[]>(Lines, new[] { "#summary table th", null }))
            if (!run.StartsWith("1|", StringComparison.Ordinal)) broken.Add($"a label (lines|label): {run}");

        Assert.True(broken.Count == 0, $"at {width} px: " + string.Join("; ", broken));
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
    }
}
