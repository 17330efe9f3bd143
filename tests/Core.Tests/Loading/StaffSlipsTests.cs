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
