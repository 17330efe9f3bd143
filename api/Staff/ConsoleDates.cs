using System.Globalization;

namespace Enforcement.Api.Staff;

/// <summary>A date typed into a console filter where the browser offers no date picker.</summary>
public static class ConsoleDates
{
    // 2026-03-01, 2026-3-1, 2026/3/1, 2026.3.1, 2026年3月1日.
    private static readonly string[] Shapes = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日"];

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), Shapes, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
