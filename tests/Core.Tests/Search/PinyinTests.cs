using System.Text;
using Enforcement.Search;
using ICU4N.Text;

namespace Enforcement.Core.Tests.Search;

/// <summary>
/// The pinyin table (core/Search/Data/HanPinyin.txt) must say what ICU's Han-Latin transliteration says for
/// every character the search treats as Han. On a difference the test writes the table ICU gives, to replace it.
/// </summary>
public sealed class PinyinTests
{
    private static IEnumerable<char> HanCharacters() =>
        Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(QueryText.IsHan);

    /// <summary>What Pinyin.Of answered when it asked ICU itself.</summary>
    private static string FromIcu(Transliterator hanLatin, char c)
    {
        var latin = hanLatin.Transliterate(c.ToString()).Trim();
        return latin.Length == 0 || latin == c.ToString() ? c.ToString() : latin;
    }

    [Fact]
    public void The_table_gives_what_ICU_Han_Latin_gives_for_every_Han_character()
    {
        var hanLatin = Transliterator.GetInstance("Han-Latin; Latin-ASCII");
        var expected = HanCharacters().ToDictionary(c => c, c => FromIcu(hanLatin, c));
        var wrong = expected.Where(e => Pinyin.Of(e.Key) != e.Value).Take(5).ToList();
        if (wrong.Count == 0) return;

        // The table as ICU gives it: one line per syllable, then its characters.
        var table = new StringBuilder();
        foreach (var g in expected.Where(e => e.Value != e.Key.ToString()).GroupBy(e => e.Value, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            table.Append(g.Key).Append('\t').Append(string.Concat(g.Select(e => e.Key).Order())).Append('\n');
        var path = Path.Combine(Path.GetTempPath(), "HanPinyin.txt");
        File.WriteAllText(path, table.ToString(), new UTF8Encoding(false));
        Assert.Fail($"{string.Join("，", wrong.Select(w => $"{w.Key}: table {Pinyin.Of(w.Key)}, ICU {w.Value}"))}. " +
                    $"ICU's table is written to {path}: copy it to core/Search/Data/HanPinyin.txt.");
    }

    [Theory]
    [InlineData('张', "zhang")]
    [InlineData('曾', "ceng")]
    [InlineData('重', "zhong")]
    [InlineData('A', "a")]
    [InlineData('，', "，")]
    public void One_syllable_per_character_read_out_of_context(char c, string syllable) => Assert.Equal(syllable, Pinyin.Of(c));

    [Theory]
    [InlineData("jiahe", "jia he")]
    [InlineData("xingwang", "xing wang")]
    [InlineData("lvyuan", "lu yuan")]          // ü typed v, as on keyboards; the table writes lu
    [InlineData("XiAn", "xian")]               // fewest syllables first: 西安 typed as one word reads xi an second
    public void Pinyin_typed_without_its_characters_splits_into_syllables(string typed, string first) =>
        Assert.Equal(first, string.Join(" ", Pinyin.Segmentations(typed)[0]));

    [Theory]
    [InlineData("iphone")]
    [InlineData("abc123")]
    [InlineData("")]
    public void Letters_that_are_not_pinyin_do_not_split(string typed) => Assert.Empty(Pinyin.Segmentations(typed));
}
