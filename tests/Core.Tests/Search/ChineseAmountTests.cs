using Enforcement.Search;

namespace Enforcement.Core.Tests.Search;

/// <summary>Amounts as decisions and people write them, read and written.</summary>
public sealed class ChineseAmountTests
{
    [Theory]
    [InlineData("20000", 20000)]
    [InlineData("20,000", 20000)]
    [InlineData("两万", 20000)]
    [InlineData("一万五", 15000)]
    [InlineData("一千零五", 1005)]
    [InlineData("壹万零伍佰", 10500)]
    [InlineData("壹拾万", 100000)]
    public void Parses_amounts_as_written(string text, int expected) => Assert.Equal(expected, ChineseAmount.Parse(text));

    [Theory]
    [InlineData(20000, "20000", "20,000", "2万", "贰万", "二万", "两万")]
    [InlineData(15000, "15000", "15,000", "1.5万", "壹万伍仟", "一万五千")]
    [InlineData(100000, "100000", "100,000", "10万", "壹拾万", "拾万", "一十万", "十万")]
    [InlineData(10500, "10500", "10,500", "壹万零伍佰", "一万零五百")]
    [InlineData(3600, "3600", "3,600", "叁仟陆佰", "三千六百")]
    [InlineData(1005, "1005", "1,005", "壹仟零伍", "一千零五")]
    [InlineData(200000000, "200000000", "200,000,000")]
    public void Writes_each_form_a_decision_may_use(int yuan, params string[] expected) =>
        Assert.Equal(expected.Order(StringComparer.Ordinal), ChineseAmount.Forms(yuan).Order(StringComparer.Ordinal));

    [Fact]
    public void Fen_are_written_in_figures_only() => Assert.Equal(["1500.5", "1,500.50"], ChineseAmount.Forms(1500.5m));

    [Fact]
    public void Every_written_form_reads_back_as_the_same_amount()
    {
        var random = new Random(7);
        foreach (var yuan in Enumerable.Range(0, 2000).Select(_ => (long)Math.Pow(10, random.NextDouble() * 8)).Append(99_990_009))
            foreach (var form in ChineseAmount.Forms(yuan).Where(f => !f.EndsWith('万') || !char.IsAsciiDigit(f[0])))
                Assert.True(ChineseAmount.Parse(form) == yuan, $"{form} read as {ChineseAmount.Parse(form)}, not {yuan}");
    }
}
