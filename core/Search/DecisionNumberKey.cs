using System.Text;
using System.Text.RegularExpressions;

namespace Enforcement.Search;

/// <summary>
/// The exact-match form of a 文书号: width-folded, 繁→简, brackets unified and spaces dropped, so that
/// 宜市监处罚〔2025〕12号, 宜市监处罚[2025]12号 and 宜市監處罰（２０２５）12號 are one key.
/// </summary>
public static partial class DecisionNumberKey
{
    [GeneratedRegex(@"^(?<prefix>[^0-9]*?)(?<year>(?:19|20)[0-9]{2})(?<serial>[0-9]{1,6})$")]
    private static partial Regex LoosePattern();

    /// <summary>
    /// The tolerant key of a 文书号: <see cref="Normalize"/>, then brackets, 第, 年, 号 and the separators people type between
    /// year and serial (2025-12, 2025/12, 2025_12, 2025、12) dropped and 处罚 read as 罚, as "prefix|year|serial".
    /// 宜市监处罚2025第12号 and 宜市监罚（2025）12号 meet 宜市监处罚〔2025〕12号 here. Null when the
    /// text is not shaped like a 文书号 (a four-digit year, then a serial; a prefix, brackets or 号 to tell it from a number).
    /// </summary>
    public static string? Loose(string number)
    {
        var key = DigitsForNumerals(Normalize(number));
        var marked = key.Contains('[') || key.Contains('号') || key.Contains('第');
        var bare = new StringBuilder(key.Length);
        foreach (var c in key.Replace("处罚", "罚"))
            if (c is not ('[' or ']' or '第' or '年' or '号' or '字' or '-' or '.' or ',' or ':' or '：' or '/' or '\\' or '_' or '、' or '—')) bare.Append(c);
        var m = LoosePattern().Match(bare.ToString());
        if (!m.Success || (m.Groups["prefix"].Length == 0 && !marked)) return null;
        return $"{m.Groups["prefix"].Value}|{m.Groups["year"].Value}|{int.Parse(m.Groups["serial"].Value)}";
    }

    // 〔二〇二四〕, 二〇二四年: a year in Chinese numerals; 〔2024〕六号, 第十二号: a serial.
    [GeneratedRegex(@"(?<=\[)[〇零一二三四五六七八九]{4}(?=\])|[〇零一二三四五六七八九]{4}(?=年)")]
    private static partial Regex YearInNumerals();

    [GeneratedRegex(@"(?<=[\]年第0-9])[〇零一二两三四五六七八九十百千]+(?=号)")]
    private static partial Regex SerialInNumerals();

    private static readonly System.Buffers.SearchValues<char> ChineseDigits = System.Buffers.SearchValues.Create("〇零一二两三四五六七八九十百千");

    /// <summary>宜市监处罚〔2024〕六号, 〔二〇二四〕6号: the year and the serial said in Chinese numerals, as digits.</summary>
    private static string DigitsForNumerals(string key)
    {
        if (key.AsSpan().IndexOfAny(ChineseDigits) < 0) return key;
        key = YearInNumerals().Replace(key, m => string.Concat(m.Value.Select(c => (char)('0' + "〇一二三四五六七八九".IndexOf(c is '零' ? '〇' : c)))));
        return SerialInNumerals().Replace(key, m => ChineseAmount.Parse(m.Value) is { } n && n is > 0 and < 1_000_000
            ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : m.Value);
    }

    /// <summary>
    /// The keys a typed 文书号 is also looked up by, beside its loose key (which they do not repeat), when it says it is one
    /// (罚 or 处 in its prefix, or brackets, 第 or 号 typed): the place written out or shortened otherwise (宜春市监处罚,
    /// 宜春市市监处罚, 樟树市监处罚 for 宜市监处罚, 樟市监处罚), the organ with its 局 (宜春市商务局罚) or without its 罚
    /// (宜市监处〔2025〕12号). Each is the prefix's first character and its end (宜 and 市监罚: a place's first character is the
    /// one numbers keep). Not the end alone (市监罚): it is every place's, and would list their decisions of the same number
    /// beside the one whose place was typed; typed without its place, the number's own loose key is that. A bare year and
    /// number (2024 19) has no prefix and no key.
    /// </summary>
    public static IReadOnlyList<string> NearKeys(string typed) => Loose(typed) is { } loose ? NearKeys(typed, loose) : [];

    /// <summary><see cref="NearKeys(string)"/> for a number whose <see cref="Loose"/> key is known (every query reads one).</summary>
    public static IReadOnlyList<string> NearKeys(string typed, string loose)
    {
        var bar = loose.IndexOf('|');
        var prefix = loose[..bar];
        var key = Normalize(typed);
        if (prefix.Length == 0 || !(prefix.Contains('罚') || prefix.Contains('处') || key.Contains('[') || key.Contains('号') || key.Contains('第'))) return [];
        prefix = prefix.Replace("市场监督管理", "市监").Replace("市场监管", "市监").Replace("局", "");
        if (prefix.EndsWith('处')) prefix = prefix[..^1];
        if (!prefix.EndsWith('罚')) prefix += "罚";
        var rest = loose[bar..];
        var keys = new List<string> { prefix + rest };
        for (var start = 2; prefix.Length - start >= 2; start++) keys.Add(prefix[0] + prefix[start..] + rest);
        return keys.Where(k => k != loose).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The keys a decision is found by: its loose key, the same with the prefix's first characters left off down to
    /// two (市监罚|2025|12 and 监罚|2025|12 for 宜市监罚: people leave off the place, 宜), and without the prefix
    /// (|2025|12, for 2025第12号 typed alone).
    /// </summary>
    public static IEnumerable<string> IndexKeys(string looseKey)
    {
        yield return looseKey;
        var bar = looseKey.IndexOf('|');
        for (var start = 1; bar - start >= 2; start++) yield return looseKey[start..];
        if (bar > 0) yield return looseKey[bar..];
    }

    public static string Normalize(string number)
    {
        var folded = TraditionalToSimplified.Fold(WellFormed(number).Normalize(NormalizationForm.FormKC));
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c)) continue;
            sb.Append(c switch
            {
                '〔' or '[' or '【' or '(' or '〈' or '《' or '﹝' or '⟦' or '〖' => '[',
                '〕' or ']' or '】' or ')' or '〉' or '》' or '﹞' or '⟧' or '〗' => ']',
                _ => char.ToLowerInvariant(c),
            });
        }
        return sb.ToString();
    }

    /// <summary>Replaces lone surrogates (which a browser may send) with U+FFFD; Unicode normalization rejects them.</summary>
    public static string WellFormed(string text) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));
}
