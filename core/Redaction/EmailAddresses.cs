using System.Text.RegularExpressions;

namespace Enforcement.Redaction;

/// <summary>E-mail addresses in width-folded text (＠ and full-width letters already folded to ASCII).</summary>
public static partial class EmailAddresses
{
    // Local part may carry Markdown's escaping backslash (zhang\_san@...); a space either side of @ is a common
    // typing slip. Lengths are bounded so a long run of letters cannot make the match expensive.
    [GeneratedRegex(
        @"(?<![A-Za-z0-9._%+\\-])[A-Za-z0-9_%+\\-](?:[A-Za-z0-9._%+\\-]{0,62}[A-Za-z0-9_%+\-])? ?@ ?(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>Every address in <paramref name="foldedText"/>: start, length.</summary>
    public static IEnumerable<(int Start, int Length)> Find(string foldedText)
    {
        if (foldedText.IndexOf('@') < 0) yield break;
        for (var m = Pattern().Match(foldedText); m.Success; m = m.NextMatch())
            yield return (m.Index, m.Length);
    }

    /// <summary>The form addresses are compared in: lower case, no spaces, no Markdown escapes.</summary>
    public static string Normalize(string address) =>
        string.Concat(TextFolding.FoldWidth(address).Where(c => c is not (' ' or '\\'))).ToLowerInvariant();
}
