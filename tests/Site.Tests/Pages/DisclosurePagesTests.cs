namespace Enforcement.Site.Tests.Pages;

/// <summary>事前公开: the body page's lists and its sub-pages (服务指南, 行政裁量基准, 法制审核目录).</summary>
public sealed class DisclosurePagesTests(TestSite site) : IClassFixture<TestSite>
{
    [Fact]
    public void Body_page_lists_powers_with_their_unit_and_every_random_inspection_field()
    {
        var doc = site.Page("/bodies/test-amr/");
        var power = doc.GetElementById("power-food-124");
        Assert.NotNull(power);
        Assert.Contains("执法稽查局", power!.TextContent);
        var headers = doc.QuerySelectorAll("#inspections thead th").Select(th => th.TextContent).ToList();
        Assert.Equal(["抽查事项", "抽查主体", "抽查依据", "抽查对象", "抽查内容", "抽查比例", "抽查方式", "抽查频次", "实施机构"], headers);
        var row = Html.TextOf(doc.QuerySelector("#inspections tbody tr"));
        Assert.Contains("测试市市场监督管理局", row);
        Assert.Contains("进货查验记录、食品贮存条件", row);
        Assert.Contains("食品安全监督管理科", row);

        var links = doc.QuerySelectorAll("#disclosure a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/bodies/test-amr/services/", links);
        Assert.Contains("/bodies/test-amr/discretion/", links);
        Assert.Contains("/bodies/test-amr/legal-review/", links);
    }

    [Fact]
    public void Service_guide_gives_every_field_and_falls_back_to_the_body_for_office_details()
    {
        var doc = site.Page("/bodies/test-amr/services/");
        Assert.Equal(2, doc.QuerySelectorAll("#matters tbody tr").Length);
        var guide = doc.GetElementById("service-1")!;
        var terms = guide.QuerySelectorAll("dt").Select(dt => dt.TextContent).ToList();
        foreach (var term in new[] { "事项名称", "依据", "受理机构", "办理时限", "监督方式", "责任追究", "救济渠道", "办公时间", "办公地址", "联系电话" })
            Assert.Contains(term, terms);
        var facts = Html.TextOf(guide);
        Assert.Contains("0795-3210088", facts);           // its own phone
        Assert.Contains("测试市中心大道 1 号", facts);      // the body's address, none of its own
        // The second guide names its power, which links to the power's row on the body page.
        Assert.Contains(site.Page("/bodies/test-amr/services/").QuerySelectorAll("#service-2 a"),
            a => a.GetAttribute("href") == "/bodies/test-amr/#power-food-124");
    }

    [Fact]
    public void Discretion_standard_shows_circumstances_beside_the_penalty_range()
    {
        var doc = site.Page("/bodies/test-amr/discretion/");
        var standard = doc.GetElementById("expired-food")!;
        Assert.Equal("销售超过保质期的食品", standard.QuerySelector("h2")!.TextContent);
        var rows = standard.QuerySelectorAll("tbody tr").Select(tr => string.Join("|", tr.Children.Select(c => c.TextContent))).ToList();
        Assert.Equal(["从轻|货值金额不足一万元且主动改正|五万元以上六万五千元以下罚款", "从重|货值金额一万元以上|货值金额十倍以上二十倍以下罚款"], rows);
    }

    [Fact]
    public void Legal_review_catalogue_and_empty_lists_say_so()
    {
        Assert.Contains("较大数额罚款", Html.TextOf(site.Page("/bodies/test-amr/legal-review/").QuerySelector("tbody")));
        Assert.Contains("暂未公布重大执法决定法制审核目录清单", site.Page("/bodies/test-miit/legal-review/").QuerySelector("main")!.TextContent);
        Assert.Contains("暂未公布行政裁量基准", site.Page("/bodies/test-miit/discretion/").QuerySelector("main")!.TextContent);
    }

    [Fact]
    public void Decision_links_to_its_power_its_standard_and_its_officers()
    {
        var doc = site.Page("/decisions/2025/food-12/");
        var summary = doc.QuerySelector("table.summary")!;
        string? Link(string row) => summary.QuerySelectorAll("tr").Single(tr => tr.QuerySelector("th")!.TextContent == row).QuerySelector("a")?.GetAttribute("href");
        Assert.Equal("/bodies/test-amr/#power-food-124", Link("权责事项"));
        Assert.Equal("/bodies/test-amr/discretion/#expired-food", Link("裁量基准"));
        Assert.Equal("/officers/36090012345/", Link("案件主办人"));
        var officers = summary.QuerySelectorAll("tr").Single(tr => tr.QuerySelector("th")!.TextContent == "执法人员").QuerySelectorAll("a").Select(a => a.TextContent).ToList();
        Assert.Equal(["李明", "陈静"], officers);
        // A decision whose content names none of these shows none of the rows.
        Assert.DoesNotContain(site.Page("/decisions/2025/food-20/").QuerySelectorAll("table.summary th"), th => th.TextContent is "权责事项" or "裁量基准" or "案件主办人");
    }

    [Fact]
    public void Officer_shows_the_case_lead_level_and_the_public_decisions_led()
    {
        var doc = site.Page("/officers/36090012345/");
        Assert.Contains("高级（自 2024年1月1日 起）", Html.TextOf(doc.QuerySelector("dl.facts")));
        Assert.Equal(["/decisions/2025/food-12/"], doc.QuerySelectorAll("#led a").Select(a => a.GetAttribute("href")).ToList());
        Assert.Null(site.Page("/officers/36090012346/").GetElementById("led"));

        var list = site.Page("/officers/");
        var row = list.QuerySelectorAll("tbody tr").Single(tr => tr.TextContent.Contains("36090012348"));
        Assert.Equal("初级", row.QuerySelectorAll("td").Last().TextContent);
    }
}
