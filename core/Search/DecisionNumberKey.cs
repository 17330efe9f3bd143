using System.Text;

namespace Enforcement.Search;

/// <summary>
/// The exact-match form of a 文书号: width-folded, 繁→简, brackets unified and spaces dropped, so that
/// 宜市监处罚〔2025〕12号, 宜市监处罚[2025]12号 and 宜市監處罰（２０２５）12號 are one key.
/// </summary>
public static class DecisionNumberKey
{
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
