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
    /// The tolerant key of a 文书号: <see cref="Normalize"/>, then brackets, 第, 年, 号 dropped and 处罚 read as 罚, as
    /// "prefix|year|serial". 宜市监处罚2025第12号 and 宜市监罚（2025）12号 meet 宜市监处罚〔2025〕12号 here. Null when the
    /// text is not shaped like a 文书号 (a four-digit year, then a serial; a prefix, brackets or 号 to tell it from a number).
    /// </summary>
    public static string? Loose(string number)
    {
        var key = Normalize(number);
        var marked = key.Contains('[') || key.Contains('号') || key.Contains('第');
        var bare = new StringBuilder(key.Length);
        foreach (var c in key.Replace("处罚", "罚"))
            if (c is not ('[' or ']' or '第' or '年' or '号' or '字' or '-' or '.' or ',' or ':' or '：')) bare.Append(c);
        var m = LoosePattern().Match(bare.ToString());
        if (!m.Success || (m.Groups["prefix"].Length == 0 && !marked)) return null;
        return $"{m.Groups["prefix"].Value}|{m.Groups["year"].Value}|{int.Parse(m.Groups["serial"].Value)}";
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
