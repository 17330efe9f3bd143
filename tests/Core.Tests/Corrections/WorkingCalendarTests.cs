using Enforcement.Corrections;

namespace Enforcement.Core.Tests.Corrections;

public class WorkingCalendarTests
{
    [Theory]
    [InlineData("2026-03-02", 5, "2026-03-09")] // Monday → next Monday
    [InlineData("2026-03-06", 5, "2026-03-13")] // Friday → next Friday
    [InlineData("2026-03-07", 5, "2026-03-13")] // accepted on a Saturday: counting starts on Monday
    [InlineData("2026-03-08", 1, "2026-03-09")] // Sunday + 1 → Monday
    [InlineData("2026-03-04", 0, "2026-03-04")]
    public void Weekends_are_skipped(string start, int days, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), WorkingCalendar.WeekdaysOnly.AddWorkingDays(DateOnly.Parse(start), days));

    [Fact]
    public void Holidays_are_skipped_and_makeup_workdays_count()
    {
        // National Day 2026: 1–7 October off, Saturday 10 October worked in their place.
        var holidays = Enumerable.Range(1, 7).Select(d => new DateOnly(2026, 10, d));
        var calendar = new WorkingCalendar(holidays, [new DateOnly(2026, 10, 10)]);

        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 10, 5)));   // a Monday, but a holiday
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 10, 10)));   // a Saturday, but worked
        // Accepted 30 September (Wed): 1 Oct–7 Oct off; 8 (Thu), 9 (Fri), 10 (Sat, worked), 12 (Mon), 13 (Tue).
        Assert.Equal(new DateOnly(2026, 10, 13), calendar.AddWorkingDays(new DateOnly(2026, 9, 30), 5));
    }

    [Fact]
    public void The_deadline_is_always_a_working_day_after_the_start()
    {
        var start = new DateOnly(2026, 1, 1);
        for (var i = 0; i < 28; i++)
        {
            var day = start.AddDays(i);
            var deadline = WorkingCalendar.WeekdaysOnly.AddWorkingDays(day, 5);
            Assert.True(WorkingCalendar.WeekdaysOnly.IsWorkingDay(deadline));
            Assert.InRange(deadline.DayNumber - day.DayNumber, 5, 9);
        }
    }
}
