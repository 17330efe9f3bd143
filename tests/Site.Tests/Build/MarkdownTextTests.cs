using AngleSharp.Dom;
using Enforcement.Site.Build;

namespace Enforcement.Site.Tests.Build;

public sealed class MarkdownTextTests
{
    private static IDocument Render(string markdown, int offset = 0) => Html.Parse(MarkdownText.ToHtml(markdown, offset));

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JavaScript:alert(1))")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[x](vbscript:msgbox)")]
    [InlineData("[x](//evil.example/)")]
    [InlineData("<javascript:alert(1)>")]
    public void Unsafe_link_targets_lose_their_link_but_keep_their_words(string markdown)
    {
        var doc = Render(markdown);
        Assert.Empty(doc.QuerySelectorAll("a"));
    }

    [Fact]
    public void A_table_in_a_decisions_text_scrolls_in_a_named_region_a_keyboard_reaches()
    {
        var box = Render("| 物品 | 数量 |\n| --- | --- |\n| 白酒 | 12瓶 |\n").QuerySelector("table")?.ParentElement;
        Assert.NotNull(box);
        Assert.Equal("region", box.GetAttribute("role"));
        Assert.Equal("0", box.GetAttribute("tabindex"));
        Assert.Equal("决定书中的表格", box.GetAttribute("aria-label"));
    }

    [Theory]
    [InlineData("[x](https://www.samr.gov.cn/)", "https://www.samr.gov.cn/")]
    [InlineData("[x](/decisions/)", "/decisions/")]
    [InlineData("[x](#part-2)", "#part-2")]
    [InlineData("[x](mailto:office@example.gov.cn)", "mailto:office@example.gov.cn")]
    public void Safe_links_stay(string markdown, string href) =>
        Assert.Equal(href, Render(markdown).QuerySelector("a")?.GetAttribute("href"));

    [Fact]
    public void Raw_html_is_text_and_images_from_elsewhere_than_https_are_dropped()
    {
        var doc = Render("<img src=x onerror=alert(1)>\n\n![图](http://tracker.example/p.png) ![章](/assets/seal.png)");
        Assert.Single(doc.QuerySelectorAll("img"));
        Assert.Equal("/assets/seal.png", doc.QuerySelector("img")!.GetAttribute("src"));
        Assert.DoesNotContain(doc.All, e => e.HasAttribute("onerror"));
    }

    [Fact]
    public void Headings_shift_by_the_offset_and_stop_at_h6()
    {
        var doc = Render("# 一\n\n## 二\n\n##### 五", offset: 2);
        Assert.Equal(["H3", "H4", "H6"], doc.QuerySelectorAll("h1,h2,h3,h4,h5,h6").Select(h => h.TagName));
    }
}
