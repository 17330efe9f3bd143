using Enforcement.Time;

namespace Enforcement.Core.Tests.Time;

public sealed class ChinaTimeTests
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public void Today_is_counted_in_china_standard_time()
    {
        // 2025-03-07 16:30 UTC is already 8 March 00:30 in Beijing.
        var clock = new FixedClock(new DateTimeOffset(2025, 3, 7, 16, 30, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2025, 3, 8), ChinaTime.Today(clock));
        Assert.Equal(new DateTimeOffset(2025, 3, 8, 0, 30, 0, TimeSpan.FromHours(8)), ChinaTime.Now(clock));
        Assert.Equal(TimeSpan.FromHours(8), ChinaTime.Now(clock).Offset);
    }

    [Fact]
    public void The_day_turns_at_midnight_in_china_not_in_utc()
    {
        Assert.Equal(new DateOnly(2025, 3, 7), ChinaTime.DayOf(new DateTimeOffset(2025, 3, 7, 15, 59, 59, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2025, 3, 8), ChinaTime.DayOf(new DateTimeOffset(2025, 3, 7, 16, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("2026-03-15T10:00:00+08:00", "2026-03-16T00:00:00+08:00")]
    [InlineData("2026-03-15T00:00:00+08:00", "2026-03-16T00:00:00+08:00")]
    [InlineData("2026-03-15T23:59:59+08:00", "2026-03-16T00:00:00+08:00")]
    [InlineData("2026-03-15T17:00:00+00:00", "2026-03-17T00:00:00+08:00")] // 16 March 01:00 in China
    [InlineData("2026-12-31T20:00:00+08:00", "2027-01-01T00:00:00+08:00")]
    public void The_next_midnight_is_the_start_of_the_next_day_in_china(string at, string midnight) =>
        Assert.Equal(DateTimeOffset.Parse(midnight, System.Globalization.CultureInfo.InvariantCulture),
            ChinaTime.NextMidnight(DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Summer_and_winter_are_both_utc_plus_8()
    {
        // No daylight saving: the offset is the same in July as in January.
        Assert.Equal(new DateOnly(2026, 7, 1), ChinaTime.DayOf(new DateTimeOffset(2026, 6, 30, 16, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 1, 1), ChinaTime.DayOf(new DateTimeOffset(2025, 12, 31, 16, 0, 0, TimeSpan.Zero)));
    }
}
