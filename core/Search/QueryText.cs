using System.Text;

namespace Enforcement.Search;

/// <summary>The one folding applied before words are compared: NFKC (全角→半角), 繁→简, lower case, no spaces.</summary>
public static class QueryText
{
    public static string Normalize(string text)
    {
        var folded = TraditionalToSimplified.Fold(DecisionNumberKey.WellFormed(text).Normalize(NormalizationForm.FormKC));
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
            if (!char.IsWhiteSpace(c)) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }

    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';
}
