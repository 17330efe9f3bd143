using System.Text.RegularExpressions;

namespace Enforcement.Redaction;

/// <summary>
/// A 决定书 pasted from a PDF keeps its page footers (— 2 —, 第2页 共3页, 2/3) on lines of their own, and converters
/// leave comments there (&lt;!-- page 2 --&gt;); such a line may fall inside an ID or a phone number
/// (3609021985⏎— 2 —⏎03121235). In source text it reads as nothing, so the number around it is one number; so does a
/// blank line inside an ID. Same length, so positions carry over.
/// </summary>
internal static partial class PageBreaks
{
    [GeneratedRegex(@"(?<=\n)[ \t\u3000]*(?:[-—–]{1,2}[ \t\u3000]*[0-9]{1,3}[ \t\u3000]*[-—–]{1,2}|第[ \t\u3000]*[0-9]{1,3}[ \t\u3000]*页(?:[ \t\u3000,/]*共[ \t\u3000]*[0-9]{1,3}[ \t\u3000]*页)?|[0-9]{1,3}[ \t\u3000]*/[ \t\u3000]*[0-9]{1,3}|<!--[^\n]*?-->)[ \t\u3000]*\r?\n")]
    private static partial Regex FooterLine();

    // 360902⏎⏎198503121235: an ID whose two parts a blank line holds apart.
    [GeneratedRegex(@"(?<![0-9])(?<a>[0-9]{1,17})[ \t\u3000]*\r?\n(?<blank>[ \t\u3000]*\r?\n)[ \t\u3000]*(?<b>[0-9]{1,17}[0-9Xx])(?![0-9])")]
    private static partial Regex SplitByABlankLine();

    /// <summary>
    /// <paramref name="text"/> with each footer line and its line break turned into zero-width spaces, and so the blank line
    /// inside an ID number. A blank line otherwise ends a paragraph, and digits on either side of it are joined only where
    /// they make a valid ID (check digit and all), which a date or an amount after a phone number does not.
    /// </summary>
    public static string Blanked(string text)
    {
        if (text.IndexOf('\n') < 0) return text;
        char[]? chars = null;
        for (var m = FooterLine().Match(text); m.Success; m = m.NextMatch())
            Array.Fill(chars ??= text.ToCharArray(), '\u200B', m.Index, m.Length);
        for (var m = SplitByABlankLine().Match(text); m.Success; m = m.NextMatch())
            if (m.Groups["a"].Length + m.Groups["b"].Length == 18 && IdNumbers.IsValid18(m.Groups["a"].Value + m.Groups["b"].Value.ToUpperInvariant()))
                Array.Fill(chars ??= text.ToCharArray(), '\u200B', m.Groups["blank"].Index, m.Groups["blank"].Length);
        return chars is null ? text : new string(chars);
    }
}
