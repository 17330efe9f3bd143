using AngleSharp.Dom;
using Enforcement.Site.Build;

namespace Enforcement.Site.Tests.Build;

public sealed class MarkdownTextTests
{
    private static IDocument Render(string markdown, int under = 0) => Html.Parse(MarkdownText.ToHtml(markdown, under));

    private static IEnumerable<string> Headings(IDocument doc) => doc.QuerySelectorAll("h1,h2,h3,h4,h5,h6").Select(h => h.TagName);

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

    [Theory]
    [InlineData("# 行政处罚决定书\n\n## 违法事实\n\n### 证据")]
    [InlineData("## 违法事实\n\n### 证据\n\n## 处罚决定")]
    [InlineData("### 违法事实\n\n#### 证据")]
    public void The_texts_top_heading_lands_one_below_the_pages_whatever_level_staff_wrote(string markdown)
    {
        // The shipped decisions write ## under the page's h2 决定书全文: they were h4, a level skipped (QA audit 20).
        Assert.Equal("H3", Headings(Render(markdown, under: 2)).First());
        Assert.Equal("H2", Headings(Render(markdown, under: 1)).First());
    }

    [Fact]
    public void Deeper_headings_keep_their_nesting_without_skipping_a_level()
    {
        var doc = Render("## 违法事实\n\n#### 证据\n\n##### 证据一\n\n## 处罚决定\n\n### 履行方式", under: 2);
        Assert.Equal(["H3", "H4", "H5", "H3", "H4"], Headings(doc));
    }
}
