using Enforcement.Search;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Enforcement.Core.Tests.Search;

/// <summary>
/// The one filter must give exactly what Lucene's three filters gave (the index and every query depend on it):
/// the same terms, offsets, position increments and lengths, and types, token for token.
/// </summary>
public sealed class FoldingBigramFilterTests
{
    private sealed record Token(string Term, int Start, int End, int PositionIncrement, int PositionLength, string Type);

    private static List<Token> Tokens(string text, bool lucene)
    {
        var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, new StringReader(text)) { MaxTokenLength = 64 };
        TokenStream stream = lucene
            ? new CJKBigramFilter(new LowerCaseFilter(LuceneVersion.LUCENE_48, new CJKWidthFilter(tokenizer)), CJKScript.ALL, outputUnigrams: true)
            : new FoldingBigramFilter(tokenizer);
        using (stream)
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            var length = stream.AddAttribute<IPositionLengthAttribute>();
            var type = stream.AddAttribute<ITypeAttribute>();
            var tokens = new List<Token>();
            stream.Reset();
            while (stream.IncrementToken())
                tokens.Add(new Token(term.ToString(), offset.StartOffset, offset.EndOffset, increment.PositionIncrement, length.PositionLength, type.Type));
            stream.End();
            tokens.Add(new Token("(end)", offset.StartOffset, offset.EndOffset, 0, 0, ""));
            return tokens;
        }
    }

    private static void AssertSameAsLucene(string text) => Assert.Equal(Tokens(text, lucene: true), Tokens(text, lucene: false));

    [Theory]
    [InlineData("")]
    [InlineData("罚")]
    [InlineData("罚款")]
    [InlineData("当事人 罚款 5000 元")]
    [InlineData("ＡＢＣ１２３ 型号ＫＥ－１７００，Ｈｅｌｌｏ")]
    [InlineData("ｶﾞｷﾞﾊﾟﾋﾟ ｳﾞ ｱｲｳ ﾟ")]
    [InlineData("ひらがなカタカナ한국어漢字")]
    [InlineData("Σίσυφος İstanbul ÀÉÎ ǅ")]
    [InlineData("𠀀𠀁字 a𠀀b 𡃁")]
    [InlineData("字a字 字.字 1,000.50元 3.5% e-mail@x.cn")]
    [InlineData("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥甲乙丙丁")]
    public void Gives_what_Lucene_filters_give_on_awkward_text(string text) => AssertSameAsLucene(text);

    [Fact]
    public void Gives_what_Lucene_filters_give_on_every_shipped_decision()
    {
        var files = Directory.EnumerateFiles(Path.Combine(RelevanceSet.RepositoryRoot(), "content"), "*.md", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files) AssertSameAsLucene(File.ReadAllText(file));
    }

    private static readonly Gen<string> MixedText =
        Gen.Elements(
                "罚", "款", "風", "險", "a", "Z", "Ｑ", "９", "7", " ", "，", "。", ".", ",", "-", "@", "'", "_", "ｶ", "ﾞ", "ﾟ", "ﾊ", "ひ",
                "カ", "ー", "한", "글", "Σ", "İ", "É", "𠀀", "\uD800", "\n", "Ⅻ", "①", "ｍ²", "ﬁ", "ß", "～")
            .ListOf().Select(parts => string.Concat(parts));

    [Property(MaxTest = 500)]
    public Property Gives_what_Lucene_filters_give_on_random_mixed_text() =>
        Prop.ForAll(MixedText.ToArbitrary(), text => Tokens(text, lucene: true).SequenceEqual(Tokens(text, lucene: false)));
}
