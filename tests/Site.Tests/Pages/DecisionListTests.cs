namespace Enforcement.Site.Tests.Pages;

public sealed class DecisionListTests(TestSite site) : IClassFixture<TestSite>
{
    private static List<string> Links(AngleSharp.Dom.IDocument doc) =>
        doc.QuerySelectorAll(".decision-list__title a").Select(a => a.GetAttribute("href")!).ToList();

    [Fact]
    public void Decisions_are_listed_newest_first_and_only_while_public()
    {
        Assert.Equal(
            ["/decisions/2025/food-20/", "/decisions/2025/prepaid-3/", "/decisions/2025/food-12/", "/decisions/2024/energy-1/"],
            Links(site.Page("/decisions/")));
    }

    [Fact]
    public void Each_year_has_its_own_list_and_the_years_link_to_them()
    {
        Assert.Equal(["/decisions/2024/energy-1/"], Links(site.Page("/decisions/2024/")));
        var years = site.Page("/decisions/").QuerySelectorAll("nav.years a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/decisions/", "/decisions/2025/", "/decisions/2024/"], years);
        // 2022 only has an ended decision, 2026 only one not yet public: neither gets a list.
        Assert.False(site.Exists("/decisions/2022/"));
        Assert.False(site.Exists("/decisions/2026/"));
    }

    [Fact]
    public void Home_shows_the_bodies_and_the_newest_decisions()
    {
        var doc = site.Page("/");
        Assert.Equal(3, doc.QuerySelectorAll("#bodies-heading + ul a").Length);
        Assert.Equal("/decisions/2025/food-20/", Links(doc).First());
        Assert.NotNull(doc.QuerySelector("main form[action='/search/'] input[name=q]"));
    }

    [Fact]
    public void Withdrawn_ended_and_future_decisions_are_in_no_list()
    {
        foreach (var url in new[] { "/", "/decisions/", "/decisions/2024/", "/bodies/test-amr/" })
        {
            var links = Links(site.Page(url));
            Assert.DoesNotContain("/decisions/2024/food-7/", links);
            Assert.DoesNotContain("/decisions/2022/food-3/", links);
            Assert.DoesNotContain("/decisions/2026/future-1/", links);
        }
    }
}

/// <summary>Paging needs more decisions than the fixture has: this class writes 45 into a copy of it.</summary>
public sealed class DecisionPagingTests : IDisposable
{
    private readonly string _root = Scratch.NewFolder();
    private readonly string _out;

    public DecisionPagingTests()
    {
        var content = Scratch.CopyOfFixture(_root);
        for (var i = 1; i <= 45; i++)
        {
            var day = new DateOnly(2025, 1, 1).AddDays(i);
            File.WriteAllText(Path.Combine(content, "decisions", "2025", $"bulk-{i:00}.md"), $"""
                ---
                number: 测市监处罚〔2025〕{100 + i}号
                title: 批量测试案件 {i:00}
                body: test-amr
                party: {"{"}kind: organization, name: 测试市批量{i:00}有限公司, code: 91360902MA35L{i:00}XXX{"}"}
                decided: {day:yyyy-MM-dd}
                published: {day:yyyy-MM-dd}
                category: 食品安全
                violation: 批量违法行为
                basis: 《中华人民共和国食品安全法》第一百二十四条
                penalties: [{"{"}kind: 罚款, amount: {i * 100}{"}"}]
                status: in-force
                ---
                批量正文。
                """);
        }
        _out = Path.Combine(_root, "out");
        var result = Enforcement.Site.Build.SiteBuilder.Run(new(content, _out, TestSite.Today));
        Assert.True(result.Succeeded);
    }

    public void Dispose() => Scratch.Delete(_root);

    private AngleSharp.Dom.IDocument Page(string url) =>
        Html.Parse(File.ReadAllText(Path.Combine(_out, "site", Enforcement.Site.Build.PageJob.ToFilePath(url))));

    [Fact]
    public void Forty_nine_decisions_make_three_pages_of_twenty_linked_in_order()
    {
        var first = Page("/decisions/");
        var second = Page("/decisions/page/2/");
        var third = Page("/decisions/page/3/");
        Assert.Equal(20, first.QuerySelectorAll(".decision-list li").Length);
        Assert.Equal(20, second.QuerySelectorAll(".decision-list li").Length);
        Assert.Equal(9, third.QuerySelectorAll(".decision-list li").Length);
        Assert.False(File.Exists(Path.Combine(_out, "site", "decisions", "page", "4", "index.html")));
        Assert.Equal("/decisions/page/2/", first.QuerySelector("a[rel=next]")?.GetAttribute("href"));
        Assert.Equal("/decisions/", second.QuerySelector("a[rel=prev]")?.GetAttribute("href"));
        Assert.Null(third.QuerySelector("a[rel=next]"));

        // Newest first across the page break: the last of page 1 is newer than the first of page 2.
        var lastOnFirst = first.QuerySelectorAll(".decision-list time").Last().GetAttribute("datetime")!;
        var firstOnSecond = second.QuerySelectorAll(".decision-list time").First().GetAttribute("datetime")!;
        Assert.True(string.CompareOrdinal(lastOnFirst, firstOnSecond) >= 0);
    }

    [Fact]
    public void A_years_list_is_paged_under_its_own_url()
    {
        Assert.Equal(20, Page("/decisions/2025/").QuerySelectorAll(".decision-list li").Length);
        Assert.Equal(8, Page("/decisions/2025/page/3/").QuerySelectorAll(".decision-list li").Length);
    }
}
