namespace Enforcement.Corrections;

/// <summary>
/// Working days: Monday to Friday, less public holidays, plus the weekend days that are worked in their place
/// (调休上班日). Both lists come from configuration, since the State Council fixes them year by year.
/// </summary>
public sealed class WorkingCalendar(IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> makeupWorkdays)
{
    private readonly HashSet<DateOnly> holidays = [.. holidays];
    private readonly HashSet<DateOnly> makeupWorkdays = [.. makeupWorkdays];

    public static readonly WorkingCalendar WeekdaysOnly = new([], []);

    public bool IsWorkingDay(DateOnly day) =>
        makeupWorkdays.Contains(day) || (!holidays.Contains(day) && day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));

    /// <summary>The day on which <paramref name="days"/> working days after <paramref name="start"/> have passed;
    /// the start day itself does not count.</summary>
    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var day = start;
        for (var counted = 0; counted < days;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) counted++;
        }
        return day;
    }
}
