using System.Text.Json;

namespace Enforcement.Site.Tests.Pages;

/// <summary>年度行政执法数据: pages with charts beside their tables, and the same figures as CSV and JSON.</summary>
public sealed class StatisticsPagesTests(TestSite site) : IClassFixture<TestSite>
{
    [Fact]
    public void Index_links_every_year_for_all_bodies_and_each_body()
    {
        var links = site.Page("/statistics/").QuerySelectorAll("tbody a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/statistics/2025/", links);
        Assert.Contains("/statistics/2025/test-amr/", links);
        Assert.Contains("/statistics/2024/test-miit/", links);
        // 2026's only decision is published after the build day: nothing counts yet, but the year exists for none.
        Assert.DoesNotContain("/statistics/2026/", links);
    }

    [Fact]
    public void Index_gives_each_years_figures_at_a_glance_named_by_body()
    {
        // The same figures as the year's page (Figures_of_one_body_and_year_…), without opening it; on a phone the
        // cell is named by its body (cards-on-phone), as the column head does on a wide screen.
        var cell = site.Page("/statistics/").QuerySelector("td:has(a[href='/statistics/2025/test-amr/'])")!;
        var lines = new List<string> { "" };
        foreach (var node in cell.ChildNodes)
            if (node is AngleSharp.Dom.IElement { LocalName: "br" }) lines.Add("");
            else lines[^1] += node.TextContent;
        Assert.Equal(["处罚决定 2 件", "罚没 57,000.50 元", "双随机抽查 3 户"], lines.Select(l => string.Join(" ", l.Split(' ', StringSplitOptions.RemoveEmptyEntries))));
        Assert.Equal("测试市市场监督管理局", cell.GetAttribute("data-label"));
    }

    [Fact]
    public void Figures_of_one_body_and_year_are_computed_from_the_content()
    {
        var doc = site.Page("/statistics/2025/test-amr/");
        string Row(string label) => Html.TextOf(doc.QuerySelectorAll("#summary tr").Single(tr => tr.QuerySelector("th")!.TextContent == label).QuerySelector("td"));
        Assert.Equal("2 件", Row("行政处罚决定"));
        Assert.Equal("55,000 元", Row("罚款金额"));
        Assert.Equal("2,000.50 元", Row("没收金额"));
        Assert.Equal("1 项", Row("双随机抽查任务"));
        Assert.Equal("4 户", Row("抽取户数"));
        Assert.Equal("3 户", Row("公示结果户数"));
        Assert.Equal("2 户（66.7%）", Row("发现问题户数"));
        Assert.Equal("1 户", Row("立案查处"));
        // The revoked decision of 2024 counts only as withdrawn, in its own year.
        var y2024 = site.Page("/statistics/2024/test-amr/");
        Assert.Contains("1 件", Html.TextOf(y2024.QuerySelectorAll("#summary tr").Single(tr => tr.TextContent.Contains("撤回的决定"))));
    }

    [Fact]
    public void Each_chart_is_svg_with_labels_on_its_bars_and_a_table_with_the_same_figures()
    {
        var doc = site.Page("/statistics/2025/");
        var pair = doc.QuerySelector("#penalties .figure-pair")!;
        var svg = pair.QuerySelector("svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.False(string.IsNullOrWhiteSpace(svg.QuerySelector("title")!.TextContent));
        var texts = svg.QuerySelectorAll("text").Select(t => t.TextContent).ToList();
        var table = pair.QuerySelectorAll("tbody tr").Select(tr => (tr.QuerySelector("th")!.TextContent, tr.QuerySelector("td")!.TextContent)).ToList();
        Assert.NotEmpty(table);
        foreach (var (label, value) in table)
        {
            Assert.Contains(label, texts);
            Assert.Contains(value, texts);
        }
        Assert.Equal(table.Count, svg.QuerySelectorAll("rect").Length);
        Assert.Empty(doc.QuerySelectorAll("script:not([src])"));
        // The page of all bodies compares them and links to each.
        Assert.Contains(doc.QuerySelectorAll("#bodies a"), a => a.GetAttribute("href") == "/statistics/2025/test-commerce/");
    }

    [Fact]
    public void Csv_opens_in_a_spreadsheet_and_matches_the_page()
    {
        var bytes = File.ReadAllBytes(Path.Combine(site.SiteDir, "statistics/2025/test-amr/figures.csv"));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("年度,执法主体,指标,分项,数值,单位", lines[0]);
        Assert.Contains("2025,测试市市场监督管理局,罚款金额,,55000,元", lines);
        Assert.Contains("2025,测试市市场监督管理局,处罚决定按违法类别,食品安全,2,件", lines);
    }

    [Fact]
    public void Json_is_open_data_with_the_same_figures()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.SiteDir, "statistics/2025/figures.json")));
        var root = json.RootElement;
        Assert.Equal(2025, root.GetProperty("year").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("body").ValueKind);
        Assert.Equal(3, root.GetProperty("decisions").GetInt32());
        Assert.Equal(58000m, root.GetProperty("fines").GetDecimal());
        Assert.Equal(3, root.GetProperty("inspections").GetProperty("unitsInspected").GetInt32());
    }
}
