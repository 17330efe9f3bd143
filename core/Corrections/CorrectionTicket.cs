using System.Globalization;
using System.Text.RegularExpressions;

namespace Enforcement.Corrections;

/// <summary>A request's public number: GZ (更正) - year - sequence within the year, e.g. GZ-2026-000123.</summary>
public readonly partial record struct CorrectionTicket(int Year, int Sequence)
{
    public const string Prefix = "GZ";

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Prefix}-{Year:D4}-{Sequence:D6}");

    /// <summary>
    /// Reads a ticket as people type it: blanks and lower case are forgiven, and so are a Chinese keyboard's
    /// full-width letters, digits and dashes (ＧＺ－２０２６－０００００１), other dashes, and none (GZ2026000001).
    /// </summary>
    public static bool TryParse(string? text, out CorrectionTicket ticket)
    {
        ticket = default;
        var match = text is null ? null : Pattern().Match(Folded(text));
        if (match is not { Success: true }) return false;
        var sequence = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if (sequence == 0) return false;
        ticket = new CorrectionTicket(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), sequence);
        return true;
    }

    /// <summary>Full-width forms to ASCII; blanks and anything a dash may be typed as left out.</summary>
    private static string Folded(string text)
    {
        var folded = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            var ascii = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
            if (char.IsWhiteSpace(ascii) || ascii is '-' or '_' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\u30FC') continue;
            folded.Append(ascii);
        }
        return folded.ToString();
    }

    // [0-9], not \d: \d also matches other scripts' digits (٢٠٢٦), which int.Parse then refuses with an exception.
    [GeneratedRegex(@"^GZ([0-9]{4})([0-9]{6,9})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
