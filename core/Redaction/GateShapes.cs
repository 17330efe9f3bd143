using System.Text.RegularExpressions;

namespace Enforcement.Redaction;

/// <summary>
/// The leak gate's own, broader idea of what may be personal, independent of what redaction looks for: any
/// run of 15 or more digits (grouped or not, in any numerals) that no label calls public, and passport-shaped
/// codes. Anything here that is published on purpose belongs in PublicData or a decision's keep: list.
/// </summary>
public static partial class GateShapes
{
    public const string LongNumber = "长数字串";
    public const string Passport = "护照号码";

    // Digit groups joined by single spaces, dashes or line breaks (a browser shows a break as a space), 15+ digits
    // in all; not inside a longer code of letters and digits.
    [GeneratedRegex(@"(?<![A-Za-z0-9])\d(?:(?:[ \-]|\r?\n)?\d){14,}(?![A-Za-z0-9])")]
    private static partial Regex LongDigits();

    // Chinese passports: E or G and eight digits (EA1234567 for the newest).
    [GeneratedRegex(@"(?<![A-Za-z0-9])(?:E[A-HJ-NP-Z]?\d{7,8}|G\d{8})(?![A-Za-z0-9])")]
    private static partial Regex PassportPattern();

    /// <summary>Every suspicious shape in a numerals-folded text that is neither public by its label nor a public number.</summary>
    /// <param name="known">Spans already reported as something more specific (two phones side by side are not one long number).</param>
    public static IEnumerable<(int Start, int End, string Kind)> Find(string folded, PublicNumbers publicNumbers, IReadOnlyList<(int Start, int End)> known)
    {
        for (var m = LongDigits().Match(folded); m.Success; m = m.NextMatch())
        {
            if (known.Any(k => k.Start < m.Index + m.Length && m.Index < k.End)) continue;
            var digits = string.Concat(m.ValueSpan.ToArray().Where(char.IsAsciiDigit));
            if (NumberLabels.Before(folded, m.Index) == LabelContext.Public || publicNumbers.Contains(digits)) continue;
            yield return (m.Index, m.Index + m.Length, LongNumber);
        }
        for (var m = PassportPattern().Match(folded); m.Success; m = m.NextMatch())
            if (NumberLabels.Before(folded, m.Index) != LabelContext.Public && !publicNumbers.Contains(m.ValueSpan))
                yield return (m.Index, m.Index + m.Length, Passport);
    }
}
