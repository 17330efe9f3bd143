namespace Enforcement.Search;

/// <summary>
/// Toneless pinyin of Han characters: ICU's Han-Latin transliteration (CLDR data) of every character
/// <see cref="QueryText.IsHan"/> covers, taken once into Search/Data/HanPinyin.txt (a test checks the table
/// against ICU4N itself). Compiling ICU's rules took ~0.9 s in every process that spelled a name; the table
/// loads in milliseconds. Each character is read on its own: a pinyin-input slip (兴望 for 兴旺) or a homophone
/// (眼睛店 for 眼镜店) then has the same syllables as what was meant.
/// </summary>
public static class Pinyin
{
    private static readonly Lazy<string?[]> Table = new(Load);

    /// <summary>One syllable per character: pinyin for Han, the character itself (lower-cased) otherwise.</summary>
    public static string[] Syllables(string text)
    {
        var result = new string[text.Length];
        for (var i = 0; i < text.Length; i++) result[i] = Of(text[i]);
        return result;
    }

    public static string Of(char c)
    {
        if (!QueryText.IsHan(c)) return char.ToLowerInvariant(c).ToString();
        return Table.Value[c] ?? c.ToString();
    }

    /// <summary>Lines of <c>syllable&lt;TAB&gt;characters</c>; a Han character ICU has no reading for is not listed.</summary>
    private static string?[] Load()
    {
        var table = new string?[char.MaxValue + 1];
        foreach (var line in SearchData.Lines("HanPinyin.txt"))
        {
            var tab = line.IndexOf('\t');
            if (tab <= 0) continue;
            var syllable = line[..tab];
            foreach (var c in line.AsSpan(tab + 1)) table[c] = syllable;
        }
        return table;
    }
}
