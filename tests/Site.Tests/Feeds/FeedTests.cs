using System.Xml.Linq;

namespace Enforcement.Site.Tests.Feeds;

public sealed class FeedTests(TestSite site) : IClassFixture<TestSite>
{
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private List<string> SitemapUrls() =>
        XDocument.Parse(site.Text("/sitemap.xml")).Descendants(Sm + "loc").Select(l => l.Value).ToList();

    [Fact]
    public void Sitemap_lists_absolute_urls_of_pages_that_exist()
    {
        var urls = SitemapUrls();
        Assert.Contains("https://zfgs.example.gov.cn/", urls);
        Assert.Contains("https://zfgs.example.gov.cn/decisions/2025/food-12/", urls);
        Assert.Contains("https://zfgs.example.gov.cn/officers/36090012345/", urls);
        Assert.Contains("https://zfgs.example.gov.cn/guide/", urls);
        Assert.All(urls, u => Assert.True(site.Exists(u["https://zfgs.example.gov.cn".Length..]), u));
    }

    [Fact]
    public void Sitemap_leaves_out_withdrawn_ended_and_future_decisions_and_the_error_pages()
    {
        var urls = SitemapUrls();
        Assert.DoesNotContain(urls, u => u.Contains("food-7") || u.Contains("food-3") || u.Contains("future-1"));
        Assert.DoesNotContain(urls, u => u.EndsWith("404.html") || u.EndsWith("410.html"));
    }

    [Fact]
    public void Atom_feed_has_the_public_decisions_newest_first()
    {
        var feed = XDocument.Parse(site.Text("/feed.xml")).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        var ids = feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value).ToList();
        Assert.Equal(
        [
            "https://zfgs.example.gov.cn/decisions/2025/food-20/",
            "https://zfgs.example.gov.cn/decisions/2025/prepaid-3/",
            "https://zfgs.example.gov.cn/decisions/2025/food-12/",
            "https://zfgs.example.gov.cn/decisions/2024/energy-1/",
        ], ids);
        Assert.Equal("2025-09-01T00:00:00+08:00", feed.Element(Atom + "updated")!.Value);
        Assert.DoesNotContain("本局执法人员对当事人经营场所进行检查", site.Text("/feed.xml"));
    }

    [Fact]
    public void Robots_points_to_the_sitemap()
    {
        Assert.Contains("Sitemap: https://zfgs.example.gov.cn/sitemap.xml", site.Text("/robots.txt").Split('\n'));
    }

    [Fact]
    public void Card_links_plain_searches_correction_links_and_status_links_are_sent_to_the_api_before_any_static_file()
    {
        var lines = site.Text("/_redirects").Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var first = lines.FindIndex(l => l.EndsWith("410!", StringComparison.Ordinal));
        foreach (var (page, query) in new[] { ("/officers/:cert/", "token=:token"), ("/search/", "q=:q"), ("/corrections/", "decision=:decision"),
            ("/corrections/", "certificate=:certificate"), ("/corrections/status/", "ticket=:ticket") })
        {
            var at = lines.FindIndex(l => l.StartsWith(page + "  " + query, StringComparison.Ordinal));
            Assert.True(at >= 0, $"no API rule for {page}?{query}");
            Assert.True(first < 0 || at < first);
            Assert.Matches(@"https://[^ ]+/api/[^ ]+ +200!$", lines[at]);
        }
    }

    [Fact]
    public void Ended_decisions_and_inspections_answer_410_through_netlify_redirects_and_nothing_else_does()
    {
        var rules = site.Text("/_redirects").Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(r => r[^1].StartsWith("410", StringComparison.Ordinal)).ToList();
        Assert.Equal(
        [
            ["/decisions/2022/food-3", "/410.html", "410!"],
            ["/decisions/2022/food-3/*", "/410.html", "410!"],
            ["/inspections/2022/old-2022", "/410.html", "410!"],
            ["/inspections/2022/old-2022/*", "/410.html", "410!"],
        ], rules);
        Assert.True(site.Exists("/410.html"));
        Assert.False(site.Exists("/inspections/2022/old-2022/index.html"));
    }
}
