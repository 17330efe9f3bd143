using System.Text.RegularExpressions;
using Enforcement.Redaction;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Enforcement.Core.Tests.Redaction;

/// <summary>
/// A pattern tried only near its words (刘芳女士, 陈建华的询问笔录, 以上笔录属实。刘芳) finds exactly what a scan of every
/// position finds: the same names, where real text puts them and where random text puts the words, prepositions,
/// breaks and spaces they depend on.
/// </summary>
public sealed class NearWordsTests
{
    private static readonly NearWords[] Patterns = [.. LabelledValues.PatternsNearWords];

    /// <summary>Each pattern as it was before: the same, tried at every position.</summary>
    private static Regex Scan(NearWords near)
    {
        var pattern = near.Pattern.ToString();
        Assert.StartsWith(@"\G", pattern);
        return new Regex(pattern[2..], near.Pattern.Options);
    }

    private static string Differences(string text)
    {
        var problems = new List<string>();
        foreach (var near in Patterns)
        {
            var expected = Scan(near).Matches(text).Select(m => (m.Index, m.Length)).ToList();
            var actual = near.Matches(text).Select(m => (m.Index, m.Length)).ToList();
            if (!expected.SequenceEqual(actual))
                problems.Add($"{near.Pattern}: expected [{string.Join(", ", expected)}], found [{string.Join(", ", actual)}] in \"{text}\"");
        }
        return string.Join("\n", problems);
    }

    private static readonly string[] Pieces =
    [
        .. Patterns.SelectMany(p => p.Words).Distinct(),
        "刘芳", "陈建华", "欧阳振华", "王", "小", "的", "对", "经", "通过", "登记在", "其中", "在", "到", "位于", "家", "日", "12", "3",
        "询问", "调查", "微信", "银行", "执业医师", "居民", "证人", "情况", "购买", "就餐", "平台", "称", "说", "（", "）", "(", ")",
        "，", "。", "；", "：", "、", " ", "  ", "\u3000", "\n", "\r\n", "\t", "以上", "当事人", "店内",
    ];

    private static Gen<string> Text =>
        from count in Gen.Choose(0, 24)
        from pieces in Gen.Elements(Pieces).ArrayOf(count)
        select string.Concat(pieces);

    [Property(MaxTest = 3000)]
    public Property Random_text_from_the_patterns_own_words_gives_the_same_matches() =>
        Prop.ForAll(Text.ToArbitrary(), text => Differences(text).Length == 0);

    [Theory]
    [InlineData("经刘芳签字确认，对陈建华的询问笔录，证人证言（史玉兰）")]
    [InlineData("以上笔录属实。  刘芳\n以上记录无误 陈建华（签名）")]
    [InlineData("刘芳通过12315平台投诉\n陈建华在当事人店内购买了白酒")]
    [InlineData("2025年3月12日，刘芳投诉称，在王建国家中查获，登记在黄翠兰名下，通过卢雪梅的农业银行存折")]
    // As far from its word as a match starts: four characters of name, 的 and eight more before 存折.
    [InlineData("，欧阳振华的宜春市区农村商业存折")]
    public void Written_cases_give_the_same_matches(string text) => Assert.Equal("", Differences(TextFolding.FoldNumerals(text)));

    [Fact]
    public void The_corpus_of_real_shapes_gives_the_same_matches()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "Redaction", "Corpus");
        var texts = Directory.GetFiles(dir, "*.md").Select(f => TextFolding.FoldNumerals(File.ReadAllText(f))).ToList();
        Assert.NotEmpty(texts);
        Assert.All(texts, t => Assert.Equal("", Differences(t)));
    }

    [Fact]
    public void Each_written_case_is_found_at_all()
    {
        // Not only agreement: the patterns do find these names near their words.
        var text = TextFolding.FoldNumerals("经刘芳签字确认，对陈建华的询问笔录。以上笔录属实。欧阳振华\n李春生通过12315平台投诉");
        var found = Patterns.SelectMany(p => p.Matches(text)).Select(m => m.Value).ToList();
        // 经刘芳, 对陈建华: the preposition is matched with the name, and read apart from it later.
        Assert.Contains(found, v => v.EndsWith("刘芳", StringComparison.Ordinal));
        Assert.Contains(found, v => v.EndsWith("陈建华", StringComparison.Ordinal));
        Assert.Contains("欧阳振华", found);
        Assert.Contains("李春生", found);
    }
}
