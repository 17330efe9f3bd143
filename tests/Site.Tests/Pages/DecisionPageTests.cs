namespace Enforcement.Site.Tests.Pages;

public sealed class DecisionPageTests(TestSite site) : IClassFixture<TestSite>
{
    private const string Food12 = "/decisions/2025/food-12/";

    private Dictionary<string, string> Summary(string url) => site.Page(url)
        .QuerySelectorAll("table.summary tr")
        .ToDictionary(tr => Html.TextOf(tr.QuerySelector("th")), tr => Html.TextOf(tr.QuerySelector("td")));

    [Fact]
    public void Summary_table_comes_before_the_text_and_holds_every_required_field()
    {
        var doc = site.Page(Food12);
        var main = doc.QuerySelector("main")!;
        var table = main.QuerySelector("table.summary");
        var text = main.QuerySelector(".decision-text");
        Assert.NotNull(table);
        Assert.NotNull(text);
        Assert.True(table!.CompareDocumentPosition(text!).HasFlag(AngleSharp.Dom.DocumentPositions.Following));

        var summary = Summary(Food12);
        Assert.Equal("测市监处罚〔2025〕12号", summary["文书号"]);
        Assert.StartsWith("测试市某某食品有限公司", summary["当事人"]);
        Assert.Equal("销售超过保质期的食品", summary["违法行为"]);
        Assert.Contains("罚款 50,000 元", summary["处罚种类和金额"]);
        Assert.Contains("没收违法所得 1,200.50 元", summary["处罚种类和金额"]);
        Assert.Equal("《中华人民共和国食品安全法》第一百二十四条第一款第(五)项", summary["处罚依据"]);
        Assert.Equal("测试市市场监督管理局", summary["作出机关"]);
        Assert.Equal("2025年3月1日", summary["决定日期"]);
        Assert.Equal("2025年3月8日", summary["公示日期"]);
        // Published 2025-03-08 + 5 years: down on 2030-03-08, so the last day shown is the 7th.
        Assert.Equal("2030年3月7日", summary["公示截止"]);
    }

    [Fact]
    public void A_natural_persons_decision_shows_no_credit_code_and_ends_after_two_years()
    {
        var summary = Summary("/decisions/2025/food-20/");
        Assert.DoesNotContain("统一社会信用代码", summary.Keys);
        Assert.Contains("自然人", summary["当事人"]);
        Assert.Equal("2027年8月31日", summary["公示截止"]);
    }

    [Fact]
    public void Penalties_without_an_amount_read_as_their_kind()
    {
        var summary = Summary("/decisions/2025/prepaid-3/");
        Assert.Contains("警告", summary["处罚种类和金额"]);
        Assert.Contains("罚款 3,000 元", summary["处罚种类和金额"]);
    }

    [Fact]
    public void Decision_text_is_rendered_from_markdown_with_headings_under_the_pages_own()
    {
        var text = site.Page(Food12).QuerySelector(".decision-text")!;
        Assert.Equal("行政处罚决定书", Html.TextOf(text.QuerySelector("h3")));
        Assert.Equal("处罚决定", Html.TextOf(text.QuerySelector("h4")));
        Assert.Contains("本局执法人员对当事人经营场所进行检查", text.TextContent);
    }

    [Fact]
    public void Raw_html_and_script_links_in_staff_markdown_never_become_markup()
    {
        var doc = site.Page(Food12);
        // Only the layout's own script (the header's suggestions), none from the Markdown.
        Assert.Equal(["/assets/suggest.js"], doc.QuerySelectorAll("script").Select(s => s.GetAttribute("src")));
        Assert.Contains("<script>alert", doc.QuerySelector(".decision-text")!.TextContent);
        var hrefs = doc.QuerySelectorAll(".decision-text a").Select(a => a.GetAttribute("href")).ToList();
        Assert.DoesNotContain(hrefs, h => h!.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("https://www.samr.gov.cn/", hrefs);
        Assert.Contains("点此查看", doc.QuerySelector(".decision-text")!.TextContent);
    }

    [Fact]
    public void Decision_page_links_to_a_correction_request_prefilled_with_its_number()
    {
        var link = site.Page(Food12).QuerySelectorAll("a").Single(a => a.TextContent == "申请更正" && a.Closest("main") is not null);
        var href = link.GetAttribute("href")!;
        Assert.StartsWith("/corrections/?decision=", href);
        Assert.Equal("测市监处罚〔2025〕12号", Uri.UnescapeDataString(href["/corrections/?decision=".Length..]));
    }

    [Fact]
    public void Withdrawn_decision_leaves_a_notice_with_number_date_and_reason_but_no_party_or_text()
    {
        var html = site.Text("/decisions/2024/food-7/");
        var doc = Html.Parse(html);
        var main = Html.TextOf(doc.QuerySelector("main"));
        Assert.Contains("测市监处罚〔2024〕7号", main);
        Assert.Contains("2025年6月1日", main);
        Assert.Contains("经行政复议决定撤销", main);
        Assert.DoesNotContain("测试市撤销食品有限公司", html);
        Assert.DoesNotContain("撤销案件正文独有语句", html);
        Assert.DoesNotContain("发布虚假广告", html);
        Assert.Equal("noindex", doc.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        // 已撤下 kept on one line (it broke as 已撤 / 下 at 390 px).
        Assert.Equal("测市监处罚〔2024〕7号 已撤下", Html.TextOf(doc.QuerySelector("h1")));
        Assert.Equal("已撤下", doc.QuerySelector("h1 span.unbroken")?.TextContent);
    }

    [Fact]
    public void Ended_and_not_yet_public_decisions_have_no_page()
    {
        Assert.False(site.Exists("/decisions/2022/food-3/"));
        Assert.False(site.Exists("/decisions/2026/future-1/"));
        Assert.False(Directory.Exists(Path.Combine(site.SiteDir, "decisions", "2026")));
    }
}
