using Enforcement.Site.Build;

namespace Enforcement.Site.Tests.Build;

/// <summary>
/// The build's leak gate looks with its own, broader eyes: a long number redaction had no reason to mask stops
/// the build (file, line, kind; never the value) until the decision's keep: list allows it, and the report
/// lists what was kept.
/// </summary>
public sealed class LeakGateBuildTests : IDisposable
{
    private readonly string _root = Scratch.NewFolder();
    private readonly string _content;

    public LeakGateBuildTests() => _content = Scratch.CopyOfFixture(_root);

    public void Dispose() => Scratch.Delete(_root);

    private const string Code = "6901234567892123";

    private void WriteDecision(string keep) =>
        WriteDecision("food-30", "测市监处罚〔2025〕30号", keep, $"当事人销售的饼干不合格。\n\n外包装上另印有一串数字 {Code}，与进货记录一致。");

    private void WriteDecision(string slug, string number, string keep, string text) => File.WriteAllText(Path.Combine(_content, "decisions", "2025", slug + ".md"), $$"""
        ---
        number: {{number}}
        title: 测试市某某超市销售不合格食品案
        body: test-amr
        party:
          kind: organization
          name: 测试市某某超市有限公司
        decided: 2025-08-20
        published: 2025-09-01
        category: 食品安全
        violation: 销售不合格食品
        basis: 《中华人民共和国食品安全法》第一百二十四条
        penalties:
          - {kind: 罚款, amount: 5000}
        status: in-force
        {{keep}}---
        {{text}}
        """);

    private BuildResult Build(string? report = null) =>
        SiteBuilder.Run(new BuildOptions(_content, Path.Combine(_root, "out"), TestSite.Today, report));

    [Fact]
    public void A_long_number_nobody_called_public_stops_the_build_naming_file_line_and_kind()
    {
        WriteDecision(keep: "");
        var result = Build();
        Assert.False(result.Succeeded);
        var leak = Assert.Single(result.Leaks, l => l.Path == "site/decisions/2025/food-30/index.html");
        Assert.Equal("长数字串", leak.Kind);
        Assert.True(leak.Line > 0);
        Assert.DoesNotContain(Code, leak.ToString());
        Assert.False(Directory.Exists(Path.Combine(_root, "out")));
    }

    [Fact]
    public void A_witness_redaction_found_by_role_stops_the_build_where_another_decision_names_him_without_it()
    {
        // The gate searches every output for the names redaction read after their roles (证人刘志强): the same man in
        // another decision, written there with no role to mask him by, is a leak of the first decision's.
        WriteDecision("food-31", "测市监处罚〔2025〕31号", keep: "", "证人刘志强证实，当事人货架上的饼干已过保质期。");
        WriteDecision("food-32", "测市监处罚〔2025〕32号", keep: "", "经查，刘志强送来的散装白酒无标签。");
        var result = Build();
        Assert.False(result.Succeeded);
        var leak = Assert.Single(result.Leaks, l => l.Path == "site/decisions/2025/food-32/index.html");
        Assert.Equal("其他自然人姓名", leak.Kind);
        Assert.Equal("decisions/2025/food-31.md", leak.Source);
        Assert.DoesNotContain(result.Leaks, l => l.Path.Contains("food-31", StringComparison.Ordinal));
    }

    [Fact]
    public void Keep_allows_it_on_purpose_and_the_report_lists_it()
    {
        WriteDecision(keep: $"keep:\n  - \"{Code}\"\n");
        var report = Path.Combine(_root, "report.json");
        var result = Build(report);
        Assert.True(result.Succeeded, string.Join("\n", result.Leaks.Select(l => l.ToString()).Concat(result.Errors.Select(e => e.ToString()))));
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(report));
        var row = json.RootElement.EnumerateArray().Single(r => r.GetProperty("number").GetString() == "测市监处罚〔2025〕30号");
        var kept = Assert.Single(row.GetProperty("kept").EnumerateArray().ToList());
        Assert.Equal(Code, kept.GetProperty("text").GetString());
    }

    [Fact]
    public void What_the_gate_found_clean_is_scanned_again_once_the_content_changes()
    {
        WriteDecision(keep: $"keep:\n  - \"{Code}\"\n");
        Assert.True(Build().Succeeded);
        var again = Build();
        Assert.True(again.Succeeded); // every output as before: the gate's cache answers for them
        Assert.Equal(again.Summary!.Pages, again.Summary.PagesReused); // every page the very file it saw, unread

        // The page does not change (keep: only allows), but the content does: the gate looks again, page taken over or not.
        WriteDecision(keep: "");
        var result = Build();
        Assert.False(result.Succeeded);
        Assert.Contains(result.Leaks, l => l.Path == "site/decisions/2025/food-30/index.html" && l.Kind == "长数字串");
    }

    [Fact]
    public void A_keep_entry_that_is_not_in_the_text_is_a_content_error_with_file_key_and_line()
    {
        WriteDecision(keep: "keep:\n  - \"0795-0000000\"\n");
        var result = Build();
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal("decisions/2025/food-30.md", error.File);
        Assert.Equal("keep[0]", error.Key);
        Assert.True(error.Line > 0);
    }
}
