using Enforcement.Search;

namespace Enforcement.Core.Tests.Search;

public sealed class ChineseAnalyzerTests
{
    private static List<string> Terms(string text)
    {
        using var analyzer = new ChineseAnalyzer();
        return AnalyzedToken.Analyze(analyzer, "all", text).Select(t => t.Term).ToList();
    }

    [Fact]
    public void Traditional_and_simplified_give_the_same_terms() =>
        Assert.Equal(Terms("食品安全风险"), Terms("食品安全風險"));

    [Fact]
    public void Full_width_letters_and_digits_fold_to_lower_case_half_width() =>
        Assert.Equal(Terms("abc123 型号ke-1700"), Terms("ＡＢＣ１２３ 型号ＫＥ－１７００"));

    [Fact]
    public void Chinese_text_gives_bigrams_and_single_characters()
    {
        var terms = Terms("罚款");
        Assert.Contains("罚款", terms);
        Assert.Contains("罚", terms);
        Assert.Contains("款", terms);
    }

    [Fact]
    public void Offsets_point_into_the_original_traditional_text()
    {
        using var analyzer = new ChineseAnalyzer();
        const string text = "存在風險。";
        var token = AnalyzedToken.Analyze(analyzer, "all", text).Single(t => t.Term == "风险");
        Assert.Equal("風險", text[token.Start..token.End]);
    }

    [Fact]
    public void A_query_keeps_bigrams_and_drops_the_single_characters_they_cover()
    {
        using var analyzer = new ChineseAnalyzer();
        var kept = AnalyzedToken.ForQuery(AnalyzedToken.Analyze(analyzer, "all", "风险"));
        Assert.Equal(["风险"], kept.Select(t => t.Term));
        Assert.Equal(["罚"], AnalyzedToken.ForQuery(AnalyzedToken.Analyze(analyzer, "all", "罚")).Select(t => t.Term));
    }

    [Fact]
    public void The_OpenCC_table_is_loaded_whole()
    {
        // TSCharacters alone has 4,113 entries (a handful map a character to itself and are skipped).
        Assert.True(TraditionalToSimplified.Count > 4000, $"only {TraditionalToSimplified.Count} entries");
        Assert.Equal("发展与后来的台湾", TraditionalToSimplified.Fold("發展與後來的臺灣"));
    }
}
