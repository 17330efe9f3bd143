using Enforcement.Api.Feedback.Staff;

namespace Enforcement.Api.Feedback;

/// <summary>One month of a body's published satisfaction: how many rated, and the share satisfied when enough did.</summary>
public sealed record PublishedMonth(string Month, int Count, double? SatisfiedShare)
{
    public bool TooFew => SatisfiedShare is null;
}

/// <summary>
/// 社会满意度 as the public sees it (the 好差评 portals publish counts and satisfaction rates): per body and
/// month only, never per officer; a month with fewer than <see cref="MinimumSample"/> ratings shows its count
/// and 样本不足 instead of a rate that two or three visits would swing.
/// </summary>
public static class PublicSatisfaction
{
    public const int MinimumSample = 10;

    /// <summary>The body's months, newest first.</summary>
    public static IReadOnlyList<PublishedMonth> Months(IEnumerable<SatisfactionRow> bodyRows, string body) =>
        bodyRows.Where(r => r.Body == body && r.Certificate is null)
            .OrderByDescending(r => r.Month, StringComparer.Ordinal)
            .Select(r => new PublishedMonth(r.Month, r.Count, r.Count >= MinimumSample ? r.SatisfiedShare : null))
            .ToList();

    /// <summary>2026-03 → 2026年3月.</summary>
    public static string MonthLabel(string month) =>
        month.Length == 7 && int.TryParse(month[5..], out var m) ? $"{month[..4]}年{m}月" : month;

    /// <summary>0.8333 → 83.3%.</summary>
    public static string Percent(double share) => (share * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
