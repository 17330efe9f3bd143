using System.Globalization;
using System.Text.RegularExpressions;

namespace Enforcement.Corrections;

/// <summary>A request's public number: GZ (更正) - year - sequence within the year, e.g. GZ-2026-000123.</summary>
public readonly partial record struct CorrectionTicket(int Year, int Sequence)
{
    public const string Prefix = "GZ";

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Prefix}-{Year:D4}-{Sequence:D6}");

    /// <summary>Reads a ticket as people type it: surrounding blanks and lower case are forgiven.</summary>
    public static bool TryParse(string? text, out CorrectionTicket ticket)
    {
        ticket = default;
        var match = text is null ? null : Pattern().Match(text.Trim());
        if (match is not { Success: true }) return false;
        var sequence = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if (sequence == 0) return false;
        ticket = new CorrectionTicket(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), sequence);
        return true;
    }

    [GeneratedRegex(@"^GZ-(\d{4})-(\d{6,9})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
