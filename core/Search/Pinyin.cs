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

    private static readonly Lazy<HashSet<string>> Spellings = new(() =>
        Table.Value.OfType<string>().Where(s => s.All(char.IsAsciiLetterLower)).ToHashSet(StringComparer.Ordinal));

    /// <summary>The longest syllable (zhuang, shuang).</summary>
    private const int MaxSyllable = 6;

    /// <summary>
    /// The ways pinyin typed without its characters (jiahe, xingwang: an input method left off) splits into
    /// syllables, at most <paramref name="max"/> of them, fewest syllables first (xian before xi an). ü may be
    /// typed v, as on keyboards (lv for 绿); the table writes it u.
    /// </summary>
    public static IReadOnlyList<string[]> Segmentations(string latin, int max = 16)
    {
        var text = latin.ToLowerInvariant().Replace('v', 'u');
        var found = new List<string[]>();
        if (text.Length == 0 || !text.All(char.IsAsciiLetterLower)) return found;
        var path = new List<string>();
        Split(0);
        return found.OrderBy(s => s.Length).ToList();

        void Split(int at)
        {
            if (found.Count >= max) return;
            if (at == text.Length) { found.Add([.. path]); return; }
            for (var length = Math.Min(MaxSyllable, text.Length - at); length >= 1; length--)
            {
                var syllable = text.Substring(at, length);
                if (!Spellings.Value.Contains(syllable)) continue;
                path.Add(syllable);
                Split(at + length);
                path.RemoveAt(path.Count - 1);
            }
        }
    }

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

    // The table read the other way round, syllable to characters: for homophones.
    private static readonly Lazy<Dictionary<string, string>> CharactersBySyllable = new(() =>
        Enumerable.Range(0, char.MaxValue + 1).Where(c => Table.Value[c] is not null)
            .GroupBy(c => Table.Value[c]!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Concat(g.Select(c => (char)c)), StringComparer.Ordinal));

    /// <summary>The other characters read as <paramref name="c"/> is (期 and 七 for 其): what a pinyin input method offers in its place.</summary>
    public static string Homophones(char c) =>
        QueryText.IsHan(c) && Table.Value[c] is { } syllable && CharactersBySyllable.Value.TryGetValue(syllable, out var all)
            ? all.Replace(c.ToString(), "", StringComparison.Ordinal) : "";

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
