using Enforcement.Content;
using Enforcement.Loading;
using Enforcement.Validation;

namespace Enforcement.Core.Tests.Loading;

public sealed class ContentLoaderTests : IDisposable
{
    private readonly ContentTree _tree = new();

    public void Dispose() => _tree.Dispose();

    private IReadOnlyList<ContentError> Errors()
    {
        var result = _tree.Load();
        Assert.False(result.Succeeded);
        Assert.Null(result.Content);
        return result.Errors;
    }

    private ContentError Single(string file, string key)
    {
        var errors = Errors();
        var match = errors.Where(e => e.File == file && e.Key == key).ToList();
        Assert.True(match.Count == 1, $"expected one error at {file} {key}, got:\n{string.Join("\n", errors)}");
        // What staff see names the file and the key.
        Assert.Contains(file, match[0].ToString());
        if (key.Length > 0) Assert.Contains(key, match[0].ToString());
        return match[0];
    }

    [Fact]
    public void A_valid_tree_loads_with_every_value_read()
    {
        var result = _tree.Load();
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var content = result.Content!;
        Assert.Equal("https://zfgs.example.gov.cn", content.Site.BaseUrl);
        Assert.Equal(new RetentionPeriod(2, RetentionUnit.Years), content.Site.Retention.NaturalPerson);
        Assert.Equal("fzk@example.gov.cn", content.Bodies.Single().Notify);
        Assert.Equal([OfficerStatus.Active, OfficerStatus.Suspended], content.Officers.Select(o => o.Status));
        Assert.Equal(new DateOnly(2028, 12, 31), content.Officers[0].ValidUntil);
        var steps = content.Processes.Single().Steps;
        Assert.Equal([StepKind.Start, StepKind.Decision, StepKind.End], steps.Select(s => s.Kind));
        Assert.Equal([new ProcessTransition("start", "补充"), new ProcessTransition("done", "通过")], steps[1].Next);
        var decision = content.Decisions.Single();
        Assert.Equal(("decisions/2025/a.md", 2025, "a"), (decision.SourcePath, decision.Year, decision.Slug));
        Assert.Equal([new Penalty("罚款", 5000m), new Penalty("警告", null)], decision.Penalties);
        Assert.Equal(new DateOnly(2025, 3, 8), decision.Published);
        Assert.Equal("正文。", decision.Text.Trim());
        Assert.Equal("关于", content.Pages.Single().Title);
    }

    [Fact]
    public void Unknown_body_slug_in_a_decision()
    {
        _tree.Replace("decisions/2025/a.md", "body: amr", "body: amr2");
        Assert.Contains("amr2", Single("decisions/2025/a.md", "body").Message);
    }

    [Fact]
    public void Officers_file_for_a_body_that_does_not_exist()
    {
        _tree.Write("officers/nobody.yml", "- {name: 张三, certificate: \"1\", unit: 科, categories: [综合], region: 市, status: active}\n");
        Single("officers/nobody.yml", "");
    }

    [Fact]
    public void Body_naming_a_process_that_does_not_exist()
    {
        _tree.Replace("bodies/amr.yml", "processes: [general]", "processes: [general, missing]");
        Single("bodies/amr.yml", "processes[1]");
    }

    [Fact]
    public void Duplicate_decision_number()
    {
        _tree.Write("decisions/2025/b.md", ContentTree.ValidFiles["decisions/2025/a.md"]);
        Assert.Contains("decisions/2025/a.md", Single("decisions/2025/b.md", "number").Message);
    }

    [Fact]
    public void Duplicate_certificate_across_bodies()
    {
        _tree.Write("bodies/commerce.yml", ContentTree.ValidFiles["bodies/amr.yml"].Replace("市场监督管理局", "商务局"));
        _tree.Write("officers/commerce.yml", "- {name: 孙磊, certificate: \"36090012345\", unit: 科, categories: [综合], region: 市, status: active}\n");
        Assert.Contains("36090012345", Single("officers/commerce.yml", "certificate").Message);
    }

    [Theory]
    [InlineData("decisions/2025/a.md", "number: 测市监处罚〔2025〕1号\n", "number")]
    [InlineData("decisions/2025/a.md", "title: 某公司案\n", "title")]
    [InlineData("decisions/2025/a.md", "violation: 销售过期食品\n", "violation")]
    [InlineData("decisions/2025/a.md", "published: 2025-03-08\n", "published")]
    [InlineData("decisions/2025/a.md", "party: {kind: organization, name: 某公司, code: 91360902MA35L7XXXX}\n", "party")]
    [InlineData("bodies/amr.yml", "name: 测试市市场监督管理局\n", "name")]
    [InlineData("bodies/amr.yml", "duties: [负责市场综合监督管理]\n", "duties")]
    [InlineData("site.yml", "title: 测试平台\n", "title")]
    [InlineData("processes/general.yml", "title: 一般程序\n", "title")]
    public void Missing_required_key(string file, string line, string key)
    {
        _tree.Replace(file, line, "");
        Assert.Contains("required", Single(file, key).Message);
    }

    [Fact]
    public void Missing_required_key_inside_a_list_names_its_position()
    {
        _tree.Replace("officers/amr.yml", "  certificate: \"36090012346\"\n", "");
        Single("officers/amr.yml", "[1].certificate");
    }

    [Fact]
    public void Empty_required_value()
    {
        _tree.Replace("decisions/2025/a.md", "category: 食品安全", "category: \"\"");
        Single("decisions/2025/a.md", "category");
    }

    [Theory]
    [InlineData("decided: 2025-03-01", "decided: 2025-02-30", "decided")]
    [InlineData("published: 2025-03-08", "published: 2025/03/08", "published")]
    public void Bad_dates_in_a_decision(string oldText, string newText, string key)
    {
        _tree.Replace("decisions/2025/a.md", oldText, newText);
        Assert.Contains("YYYY-MM-DD", Single("decisions/2025/a.md", key).Message);
    }

    [Fact]
    public void Bad_date_of_an_officer()
    {
        _tree.Replace("officers/amr.yml", "validUntil: 2028-12-31", "validUntil: 明年");
        Single("officers/amr.yml", "[0].validUntil");
    }

    [Fact]
    public void Bad_withdrawal_date()
    {
        _tree.Replace("decisions/2025/a.md", "status: in-force", "status: revoked\nwithdrawn: {on: 2025-06-31, reason: 复议撤销}");
        Single("decisions/2025/a.md", "withdrawn.on");
    }

    [Fact]
    public void Published_before_decided()
    {
        _tree.Replace("decisions/2025/a.md", "published: 2025-03-08", "published: 2025-02-01");
        Single("decisions/2025/a.md", "published");
    }

    [Fact]
    public void Revoked_without_when_and_why()
    {
        _tree.Replace("decisions/2025/a.md", "status: in-force", "status: revoked");
        Single("decisions/2025/a.md", "withdrawn");
    }

    [Fact]
    public void Process_step_pointing_nowhere()
    {
        _tree.Replace("processes/general.yml", "{to: done, label: 通过}", "{to: archive, label: 通过}");
        Assert.Contains("archive", Single("processes/general.yml", "steps[1].next[1]").Message);
    }

    [Fact]
    public void Duplicate_step_id()
    {
        _tree.Replace("processes/general.yml", "{id: done, label: 结案, kind: end}", "{id: check, label: 结案, kind: end}");
        Single("processes/general.yml", "steps[2].id");
    }

    [Theory]
    [InlineData("decisions/2025/a.md", "kind: organization", "kind: company", "party.kind")]
    [InlineData("decisions/2025/a.md", "status: in-force", "status: cancelled", "status")]
    [InlineData("officers/amr.yml", "status: suspended", "status: retired", "[1].status")]
    [InlineData("processes/general.yml", "kind: decision", "kind: loop", "steps[1].kind")]
    [InlineData("bodies/amr.yml", "category: 行政处罚", "category: 行政奖励", "powers[0].category")]
    [InlineData("bodies/amr.yml", "kind: 行政机关", "kind: 事业单位", "kind")]
    public void Unknown_enum_value(string file, string oldText, string newText, string key)
    {
        _tree.Replace(file, oldText, newText);
        Assert.Contains("unknown value", Single(file, key).Message);
    }

    [Fact]
    public void Yaml_syntax_error_gives_file_and_line()
    {
        _tree.Write("bodies/amr.yml", ContentTree.ValidFiles["bodies/amr.yml"].Replace("duties: [负责市场综合监督管理]", "duties: [负责市场综合监督管理"));
        var error = Errors().Single(e => e.File == "bodies/amr.yml");
        Assert.Contains("YAML", error.Message);
        Assert.Equal(6, error.Line); // the line of "duties: [" whose bracket is never closed
        Assert.StartsWith("bodies/amr.yml:6:", error.ToString());
    }

    [Fact]
    public void Yaml_syntax_error_from_the_parser_gives_its_line()
    {
        _tree.Replace("bodies/amr.yml", "phone: 0795-3210000", "phone: 0795-3210000: 转 8001");
        var error = Errors().Single(e => e.File == "bodies/amr.yml");
        Assert.Contains("YAML", error.Message);
        Assert.Equal(5, error.Line);
    }

    [Fact]
    public void Yaml_syntax_error_in_front_matter_counts_lines_from_the_top_of_the_file()
    {
        _tree.Replace("decisions/2025/a.md", "category: 食品安全", "category: [食品安全");
        var error = Errors().Single(e => e.File == "decisions/2025/a.md");
        Assert.Contains("YAML", error.Message);
        Assert.Equal(8, error.Line); // "category:" is the 8th line of the file, counting the opening ---
    }

    [Fact]
    public void Decision_without_front_matter()
    {
        _tree.Write("decisions/2025/b.md", "只有正文，没有头信息。\n");
        Single("decisions/2025/b.md", "");
    }

    [Fact]
    public void Bad_amount()
    {
        _tree.Replace("decisions/2025/a.md", "amount: 5000", "amount: 五千");
        Single("decisions/2025/a.md", "penalties[0].amount");
    }

    [Fact]
    public void Bad_retention_period()
    {
        _tree.Replace("site.yml", "default: 5y", "default: 五年");
        Single("site.yml", "retention.default");
    }

    [Fact]
    public void Base_url_must_be_absolute()
    {
        _tree.Replace("site.yml", "baseUrl: https://zfgs.example.gov.cn/", "baseUrl: zfgs.example.gov.cn");
        Single("site.yml", "baseUrl");
    }

    [Fact]
    public void Free_page_taking_a_path_the_portal_serves()
    {
        _tree.Write("pages/officers.md", "---\ntitle: 人员\n---\n");
        Single("pages/officers.md", "");
    }

    [Fact]
    public void File_names_must_be_slugs()
    {
        _tree.Write("decisions/2025/Food 12.md", ContentTree.ValidFiles["decisions/2025/a.md"].Replace("1号", "2号"));
        Single("decisions/2025/Food 12.md", "");
    }

    [Fact]
    public void Decision_outside_a_year_folder()
    {
        _tree.Write("decisions/recent/b.md", ContentTree.ValidFiles["decisions/2025/a.md"].Replace("1号", "2号"));
        Single("decisions/recent", "");
    }

    [Fact]
    public void Missing_site_settings()
    {
        _tree.Delete("site.yml");
        Single("site.yml", "");
    }

    [Fact]
    public void Every_error_of_every_file_is_reported_in_one_run()
    {
        _tree.Replace("decisions/2025/a.md", "body: amr", "body: nobody")
            .Replace("decisions/2025/a.md", "decided: 2025-03-01", "decided: 2025-3-1")
            .Replace("officers/amr.yml", "status: suspended", "status: retired")
            .Replace("processes/general.yml", "next: [check]", "next: [nowhere]")
            .Replace("bodies/amr.yml", "kind: 行政机关", "kind: 其他");
        var errors = Errors();
        Assert.Contains(errors, e => e.File == "decisions/2025/a.md" && e.Key == "body");
        Assert.Contains(errors, e => e.File == "decisions/2025/a.md" && e.Key == "decided");
        Assert.Contains(errors, e => e.File == "officers/amr.yml" && e.Key == "[1].status");
        Assert.Contains(errors, e => e.File == "processes/general.yml" && e.Key == "steps[0].next[0]");
        Assert.Contains(errors, e => e.File == "bodies/amr.yml" && e.Key == "kind");
    }
}
