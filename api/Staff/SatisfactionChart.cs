using Enforcement.Api.Feedback.Staff;

namespace Enforcement.Api.Staff;

/// <summary>One month's bar: where it stands, and the words written on it (the rate above, the month and count below).</summary>
public sealed record ChartBar(double X, double Y, double Width, double Height, string Rate, string Month, string Count);

/// <summary>A chart's drawing: its size, its bars oldest first, and the horizontal lines at 0, 50 and 100%.</summary>
public sealed record ChartDrawing(double Width, double Height, double PlotLeft, double PlotRight, IReadOnlyList<ChartBar> Bars, IReadOnlyList<(double Y, string Label)> Grid);

/// <summary>
/// The share satisfied per month as bars, drawn on the server: each bar carries its own numbers (rate above,
/// month and number of ratings below), so the chart reads without a legend, without JavaScript and on paper.
/// </summary>
public static class SatisfactionChart
{
    public const double Width = 640, Height = 220;
    private const double Left = 44, Right = 8, Top = 22, Bottom = 40, MaxBar = 56;

    public static ChartDrawing Draw(IEnumerable<SatisfactionRow> months)
    {
        var rows = months.OrderBy(m => m.Month, StringComparer.Ordinal).ToList();
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var slot = rows.Count == 0 ? plotWidth : plotWidth / rows.Count;
        var barWidth = Math.Min(MaxBar, slot * 0.6);
        var bars = rows.Select((r, i) =>
        {
            var height = Math.Round(r.SatisfiedShare * plotHeight, 1);
            return new ChartBar(
                X: Math.Round(Left + i * slot + (slot - barWidth) / 2, 1),
                Y: Math.Round(Top + plotHeight - height, 1),
                Width: Math.Round(barWidth, 1),
                Height: height,
                // Written as the table beside the chart writes them (2026-12, 87.5%), not 2026.12 and 88%.
                Rate: Feedback.PublicSatisfaction.Percent(r.SatisfiedShare),
                Month: r.Month,
                Count: $"{r.Count} 条");
        }).ToList();
        var grid = new[] { 0.0, 0.5, 1.0 }.Select(f => (Math.Round(Top + plotHeight * (1 - f), 1), $"{f * 100:0}%")).ToList();
        return new ChartDrawing(Width, Height, Left, Width - Right, bars, grid);
    }
}
