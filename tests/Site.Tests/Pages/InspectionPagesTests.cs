namespace Enforcement.Site.Tests.Pages;

/// <summary>双随机、一公开: /inspections/ and a task's page, redacted, taken down after their period.</summary>
public sealed class InspectionPagesTests(TestSite site) : IClassFixture<TestSite>
{
    [Fact]
    public void The_list_shows_public_tasks_and_not_one_whose_period_ended()
    {
        var doc = site.Page("/inspections/");
        var links = doc.QuerySelectorAll("tbody a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/inspections/2025/food-2025/", links);
        // Published 2022-06-01 with the default 3 years: down on 2025-06-01, before the build day.
        Assert.DoesNotContain("/inspections/2022/old-2022/", links);
        Assert.False(site.Exists("/inspections/2022/old-2022/"));
        var row = Html.TextOf(doc.QuerySelector("tbody tr"));
        Assert.Contains("4", row);  // drawn
        Assert.Contains("测试市市场监督管理局", row);
    }

    [Fact]
    public void A_task_gives_plan_items_checked_and_each_result_with_the_case_linked()
    {
        var doc = site.Page("/inspections/2025/food-2025/");
        var facts = Html.TextOf(doc.QuerySelector("dl.facts"));
        foreach (var expected in new[] { "测试市市场监督管理局2025年度抽查工作计划", "食品经营者落实主体责任情况检查", "2025年6月1日", "4 户", "李明" })
            Assert.Contains(expected, facts);
        Assert.Equal(["进货查验记录", "食品贮存条件"], doc.QuerySelectorAll("#task-heading ~ ul li").Select(li => li.TextContent).ToList());

        var rows = doc.QuerySelectorAll("#results tbody tr").ToList();
        Assert.Equal(3, rows.Count);
        Assert.Contains("立案查处", rows[0].TextContent);
        Assert.Equal("/decisions/2025/food-12/", rows[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("发现问题已责令改正", rows[1].TextContent);
        Assert.Contains("未发现问题", rows[2].TextContent);
    }

    [Fact]
    public void Results_are_redacted_like_decisions()
    {
        var rows = site.Page("/inspections/2025/food-2025/").QuerySelectorAll("#results tbody tr").ToList();
        // An individual business's operator is a natural person: masked, unless the unit's own name carries it.
        Assert.Contains("黄某某", rows[1].TextContent);
        Assert.DoesNotContain("黄小红", site.Text("/inspections/2025/food-2025/"));
        Assert.DoesNotContain("13912345678", site.Text("/inspections/2025/food-2025/"));
        Assert.Contains("刘大伟", rows[2].QuerySelectorAll("td")[2].TextContent);
    }

    [Fact]
    public void Task_pages_are_in_the_sitemap()
    {
        var sitemap = File.ReadAllText(Path.Combine(site.SiteDir, "sitemap.xml"));
        Assert.Contains("https://zfgs.example.gov.cn/inspections/2025/food-2025/", sitemap);
        Assert.Contains("https://zfgs.example.gov.cn/statistics/2025/", sitemap);
        Assert.DoesNotContain("/inspections/2022/", sitemap);
    }

    [Fact]
    public void The_feed_announces_public_tasks_by_their_counts_without_naming_a_unit()
    {
        var feed = System.Xml.Linq.XDocument.Parse(File.ReadAllText(Path.Combine(site.SiteDir, "inspections", "feed.xml")));
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = Assert.Single(feed.Root!.Elements(atom + "entry"));
        Assert.Equal("https://zfgs.example.gov.cn/inspections/2025/food-2025/", entry.Element(atom + "id")!.Value);
        Assert.Equal("测试市市场监督管理局食品经营者落实主体责任情况检查：抽取 4 户，公示 3 户结果，其中 2 户发现问题。", entry.Element(atom + "summary")!.Value);
        Assert.Contains(site.Page("/inspections/").QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/inspections/feed.xml");
    }

    [Theory]
    [InlineData("/inspections/", "/inspections/feed.xml")]
    [InlineData("/inspections/2025/food-2025/", "/inspections/feed.xml")]
    [InlineData("/decisions/", "/feed.xml")]
    [InlineData("/", "/feed.xml")]
    public void Each_page_offers_a_feed_reader_the_feed_of_its_own_records(string url, string feed)
    {
        // /inspections/ advertised the decisions' feed (最新处罚决定), its own only as a link in the text (QA audit 20).
        var link = Assert.Single(site.Page(url).QuerySelectorAll("head link[rel=alternate][type='application/atom+xml']"));
        Assert.Equal(feed, link.GetAttribute("href"));
        Assert.True(File.Exists(site.PathOf(feed)), feed);
    }
}
