namespace Enforcement.Content;

public enum RetentionUnit { Years, Months, Days }

/// <summary>A whole number of years (5y), months (3m) or days (30d).</summary>
public readonly record struct RetentionPeriod(int Amount, RetentionUnit Unit)
{
    /// <summary>The first day on which a period that began on <paramref name="start"/> has completed.</summary>
    public DateOnly AddTo(DateOnly start) => Unit switch
    {
        // DateOnly.AddYears/AddMonths clamp to the month's end (29 Feb + 1y = 28 Feb), as 民法典 counts
        // a period that ends in a month without that day.
        RetentionUnit.Years => start.AddYears(Amount),
        RetentionUnit.Months => start.AddMonths(Amount),
        _ => start.AddDays(Amount),
    };

    public static bool TryParse(string? text, out RetentionPeriod period)
    {
        period = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = text.Trim();
        if (t.Length < 2) return false;
        RetentionUnit? unit = char.ToLowerInvariant(t[^1]) switch
        {
            'y' => RetentionUnit.Years,
            'm' => RetentionUnit.Months,
            'd' => RetentionUnit.Days,
            _ => null,
        };
        if (unit is null || !int.TryParse(t[..^1], System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var amount) || amount <= 0)
            return false;
        period = new RetentionPeriod(amount, unit.Value);
        return true;
    }

    public override string ToString() => Amount + Unit switch
    {
        RetentionUnit.Years => "y",
        RetentionUnit.Months => "m",
        _ => "d",
    };
}
