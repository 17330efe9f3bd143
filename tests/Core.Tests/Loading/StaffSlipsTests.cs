using Enforcement.Content;
using System.Text;
using Enforcement.Validation;

namespace Enforcement.Core.Tests.Loading;

/// <summary>
/// Content as staff write it on a Chinese Windows machine: saved by Notepad in GBK or UTF-16, a full-width colon
/// from the input method, the body by its name, an amount with a thousands comma, a misspelt key, a date as a
/// document writes it. Each is either read as meant or named with its file, line and the fix, and never
/// published wrong (a comma in braces once published a fine of 50,000 as 罚款 50 元).
/// </summary>
public sealed class StaffSlipsTests : IDisposable
{
    private const string File = "decisions/2025/a.md";
    private readonly ContentTree _tree = new();

    public void Dispose() => _tree.Dispose();

    private ContentError Single()
    {
        var result = _tree.Load();
        Assert.False(result.Succeeded);
        return Assert.Single(result.Errors, e => e.File == File);
    }

    private string Decision => System.IO.File.ReadAllText(Path.Combine(_tree.Root, File));

    [Fact]
    public void A_file_saved_in_GBK_is_named_with_the_line_it_stops_being_UTF8_and_the_fix()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        System.IO.File.WriteAllBytes(Path.Combine(_tree.Root, File), Encoding.GetEncoding("GB18030").GetBytes(Decision));
        var error = Single();
        Assert.Equal(2, error.Line);
        Assert.Contains("不是 UTF-8 编码", error.Message);
        Assert.Contains("另存为", error.Message);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-8-bom")]
    public void A_file_saved_as_Notepads_Unicode_or_with_a_byte_order_mark_reads_as_written(string encoding)
    {
        var bytes = encoding == "utf-16"
            ? [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Decision)]
            : (byte[])[.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Decision)];
        System.IO.File.WriteAllBytes(Path.Combine(_tree.Root, File), bytes);
        var result = _tree.Load();
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal("某公司案", result.Content!.Decisions.Single().Title);
    }

    [Theory]
    [InlineData("title: 某公司案", "title：某公司案", "全角冒号")]
    [InlineData("title: 某公司案", "title:某公司案", "冒号后缺少空格")]
    public void A_colon_typed_by_the_input_method_or_without_a_space_is_named_on_its_line(string written, string slip, string says)
    {
        _tree.Replace(File, written, slip);
        var error = Single();
        Assert.Equal(3, error.Line);
        Assert.Contains(says, error.Message);
        Assert.Contains("'title'", error.Message);
    }

    [Theory]
    [InlineData("\tcategory: 食品安全", "Tab 缩进")]
    [InlineData("\u3000\u3000category: 食品安全", "全角空格")]
    public void A_line_indented_with_a_tab_or_a_full_width_space_is_named_on_its_line(string slip, string says)
    {
        _tree.Replace(File, "category: 食品安全", slip);
        var result = _tree.Load();
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.File == File && e.Line == 8 && e.Message.Contains(says));
    }

    [Fact]
    public void A_thousands_comma_inside_braces_is_an_error_that_says_so_and_outside_them_reads_as_the_number()
    {
        _tree.Replace(File, "{kind: 罚款, amount: 5000}", "{kind: 罚款, amount: 50,000}");
        var error = Single();
        Assert.Equal("penalties[0].000", error.Key);
        Assert.Contains("写作 50000", error.Message);

        _tree.Replace(File, "  - {kind: 罚款, amount: 50,000}", "  - kind: 罚款\n    amount: 50,000");
        var result = _tree.Load();
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(50000m, result.Content!.Decisions.Single().Penalties[0].Amount);
    }

    [Fact]
    public void A_misspelt_key_is_an_error_naming_the_key_it_should_be_since_a_misspelt_redact_would_publish_its_names()
    {
        _tree.Replace(File, "status: in-force", "status: in-force\nredcat: [李春生]");
        var error = Single();
        Assert.Equal("redcat", error.Key);
        Assert.Contains("是否应为 'redact'", error.Message);
        Assert.Equal(15, error.Line);
    }

    [Fact]
    public void A_misspelt_key_in_an_officers_list_is_an_error_since_a_lapsed_certificate_would_check_as_valid()
    {
        _tree.Replace("officers/amr.yml", "  validUntil: 2028-12-31", "  validuntil: 2024-12-31");
        var result = _tree.Load();
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("officers/amr.yml", "[0].validuntil"), (error.File, error.Key));
        Assert.Contains("是否应为 'validUntil'", error.Message);
    }

    [Theory]
    [InlineData("site.yml", "  naturalPerson: 2y", "  naturalperson: 1y", "retention.naturalperson", "naturalPerson")]
    [InlineData("site.yml", "title: 测试平台", "title: 测试平台\nmaskPartyName: false", "maskPartyName", "maskPartyNames")]
    [InlineData("bodies/amr.yml", "notify: fzk@example.gov.cn", "notfy: fzk@example.gov.cn", "notfy", "notify")]
    [InlineData("bodies/amr.yml", "  litigation: 测试市中心区人民法院", "  litigation: 测试市中心区人民法院\n  litigaton: 另一法院", "remedies.litigaton", "litigation")]
    [InlineData("bodies/amr.yml", "basis: 食品安全法第一百二十四条}", "basis: 食品安全法第一百二十四条, uint: 稽查局}", "powers[0].uint", "unit")]
    [InlineData("processes/general.yml", "    timeLimit: 15 个工作日", "    timelimit: 15 个工作日", "steps[1].timelimit", "timeLimit")]
    [InlineData("processes/general.yml", "{to: done, label: 通过}", "{to: done, lable: 通过}", "steps[1].next[1].lable", "label")]
    [InlineData("disclosure/amr.yml", "    remedy: 行政复议", "    remedy: 行政复议\n    officehours: 工作日", "services[0].officehours", "officeHours")]
    [InlineData("disclosure/amr.yml", "legalReview:", "legalreview:", "legalreview", "legalReview")]
    public void A_misspelt_key_in_any_settings_file_is_an_error_naming_the_key_it_should_be_not_a_setting_quietly_left_out(
        string file, string written, string slip, string keyPath, string meant)
    {
        _tree.Write("disclosure/amr.yml", """
            services:
              - name: 食品经营许可
                basis: 食品安全法第三十五条
                agency: 行政审批科
                timeLimit: 10 个工作日
                supervision: 法规科
                accountability: 依法追究
                remedy: 行政复议
            legalReview:
              - {item: 较大数额罚款, scope: 10 万元以上, basis: 行政处罚法第五十八条, reviewer: 法规科}
            """);
        Assert.True(_tree.Load().Succeeded);
        _tree.Replace(file, written, slip);
        var result = _tree.Load();
        var error = Assert.Single(result.Errors);
        Assert.Equal((file, keyPath), (error.File, error.Key));
        Assert.Contains($"是否应为 '{meant}'", error.Message);
    }

    [Fact]
    public void A_list_typed_with_full_width_hyphens_is_named_with_why_it_is_not_a_list()
    {
        _tree.Replace("bodies/amr.yml", "duties: [负责市场综合监督管理]", "duties:\n  － 负责市场综合监督管理\n  － 负责食品安全");
        var result = _tree.Load();
        var error = Assert.Single(result.Errors);
        Assert.Equal(("bodies/amr.yml", "duties"), (error.File, error.Key));
        Assert.Contains("半角减号加空格 '- '", error.Message);
        Assert.Contains("全角的 '－'", error.Message);
    }

    [Fact]
    public void A_value_written_in_Chinese_reads_as_the_value_it_names()
    {
        _tree.Replace(File, "party: {kind: organization, name: 某公司, code: 91360902MA35L7XXXX}", "party: {kind: 自然人, name: 王小明}");
        _tree.Replace(File, "status: in-force", "status: 已撤销\nwithdrawn: {on: 2025-04-01, reason: 复议撤销}");
        _tree.Replace("officers/amr.yml", "  status: suspended", "  status: 暂停");
        _tree.Replace("processes/general.yml", "kind: decision", "kind: 判断");
        var result = _tree.Load();
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var decision = result.Content!.Decisions.Single();
        Assert.Equal((PartyKind.NaturalPerson, DecisionStatus.Revoked), (decision.Party.Kind, decision.Status));
        Assert.Equal(OfficerStatus.Suspended, result.Content.Officers.Single(o => o.Name == "王芳").Status);
        Assert.Equal(StepKind.Decision, result.Content.Processes.Single().Steps[1].Kind);
    }

    [Fact]
    public void A_value_not_known_in_either_language_is_named_with_the_values_and_their_Chinese_words()
    {
        _tree.Replace(File, "kind: organization", "kind: 公司");
        var error = Single();
        Assert.Equal("party.kind", error.Key);
        Assert.Contains("organization（单位、法人", error.Message);
        Assert.Contains("natural-person（自然人、个人、公民）", error.Message);
    }

    [Fact]
    public void A_body_written_by_its_name_is_one_error_giving_the_slug_to_write()
    {
        _tree.Replace(File, "body: amr", "body: 测试市市场监督管理局");
        var error = Single();
        Assert.Equal("body", error.Key);
        Assert.Contains("'amr'", error.Message);
        Assert.Equal(4, error.Line);
    }

    [Theory]
    [InlineData("2025年3月1日")]
    [InlineData("2025/3/1")]
    public void A_date_written_as_a_document_writes_it_is_named_with_the_form_to_write(string written)
    {
        _tree.Replace(File, "decided: 2025-03-01", $"decided: {written}");
        var error = Single();
        Assert.Contains("应写作 2025-03-01", error.Message);
        // The file's line, counting the front matter's opening ---.
        Assert.Equal(6, error.Line);
    }

    [Fact]
    public void An_amount_in_words_is_named_as_a_number_in_yuan()
    {
        _tree.Replace(File, "amount: 5000", "amount: 5千");
        Assert.Contains("以元计的数字", Single().Message);
    }
}
