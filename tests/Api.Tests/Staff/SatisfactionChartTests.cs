using Enforcement.Api.Feedback.Staff;
using Enforcement.Api.Staff;

namespace Enforcement.Api.Tests.Staff;

public class SatisfactionChartTests
{
    private static SatisfactionRow Month(string month, int count, int satisfied) => new(month, "b", null, null, count, 4, satisfied, 0, 0);

    [Fact]
    public void Bars_run_oldest_to_newest_and_their_height_is_the_share_satisfied()
    {
        var d = SatisfactionChart.Draw([Month("2026-03", 10, 5), Month("2026-01", 4, 4), Month("2026-02", 3, 0)]);
        Assert.Equal(["2026-01", "2026-02", "2026-03"], d.Bars.Select(b => b.Month)); // as the table beside it writes them
        Assert.True(d.Bars[0].X < d.Bars[1].X && d.Bars[1].X < d.Bars[2].X);
        var full = d.Grid.Single(g => g.Label == "100%").Y;
        var zero = d.Grid.Single(g => g.Label == "0%").Y;
        Assert.Equal(full, d.Bars[0].Y);                                   // 100%: reaches the top line
        Assert.Equal(0, d.Bars[1].Height);                                 // 0%: no bar, the label still says so
        Assert.Equal((zero - full) / 2, d.Bars[2].Height, 1);              // 50%
        Assert.Equal(["100.0%", "0.0%", "50.0%"], d.Bars.Select(b => b.Rate));
        Assert.Equal("10 条", d.Bars[2].Count);
        Assert.All(d.Bars, b => Assert.True(b.X >= d.PlotLeft && b.X + b.Width <= d.PlotRight));
    }

    [Fact]
    public void No_months_draws_the_axes_only() => Assert.Empty(SatisfactionChart.Draw([]).Bars);
}
