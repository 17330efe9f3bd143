namespace Enforcement.Site.Tests.Pages;

public sealed class BodyPageTests(TestSite site) : IClassFixture<TestSite>
{
    [Fact]
    public void Body_page_has_every_section_the_rules_ask_for()
    {
        var doc = site.Page("/bodies/test-amr/");
        var headings = doc.QuerySelectorAll("main h2").Select(h => h.TextContent).ToList();
        foreach (var expected in new[] { "主体信息", "职责", "权责清单", "随机抽查事项清单", "救济渠道", "执法流程", "执法人员" })
            Assert.Contains(expected, headings);

        var powers = doc.QuerySelectorAll("#powers tbody tr").Select(tr => Html.TextOf(tr)).ToList();
        Assert.Equal(2, powers.Count);
        Assert.Contains(powers, p => p.Contains("对销售超过保质期食品的行政处罚") && p.Contains("行政处罚") && p.Contains("《中华人民共和国食品安全法》第一百二十四条"));
        Assert.Contains("食品经营者落实主体责任情况检查", doc.QuerySelector("#inspections")!.TextContent);
        Assert.Contains("测试市人民政府(收到决定书之日起 60 日内)", doc.QuerySelector("#remedies")!.TextContent);
        var processLinks = doc.QuerySelectorAll("#processes a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/processes/general-penalty/", "/processes/five-separation/"], processLinks);
        Assert.Equal(4, doc.QuerySelectorAll("#officers tbody tr").Length);
        Assert.DoesNotContain(doc.QuerySelectorAll("a"), a => a.GetAttribute("href")!.Contains("/cards/")); // cards come from the API, for staff
        // 社会满意度: the API's public page, in the site's frame.
        Assert.Contains(doc.QuerySelectorAll("#officers a"), a => a.GetAttribute("href") == "/api/feedback/satisfaction/test-amr" && a.TextContent.Contains("社会满意度"));
    }

    [Fact]
    public void A_body_without_processes_or_inspections_leaves_those_sections_out()
    {
        var doc = site.Page("/bodies/test-miit/");
        Assert.Null(doc.QuerySelector("#inspections"));
        Assert.Null(doc.QuerySelector("#processes"));
        Assert.Contains("暂未公布执法人员", doc.QuerySelector("#officers")!.TextContent);
    }

    [Fact]
    public void The_internal_notify_address_is_published_nowhere()
    {
        foreach (var file in Directory.EnumerateFiles(site.SiteDir, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("fzk-internal@example.gov.cn", text);
            Assert.DoesNotContain("commerce-internal@example.gov.cn", text);
        }
        // The API needs it, from the data folder that is never published.
        Assert.Contains("fzk-internal@example.gov.cn", File.ReadAllText(Path.Combine(site.DataDir, "registry.json")));
    }
}
