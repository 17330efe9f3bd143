namespace Enforcement.Time;

/// <summary>
/// China Standard Time, the one clock of the portal: dates in the content, publicity periods, deadlines and
/// daily limits are all whole days here. "Now" always comes from a <see cref="TimeProvider"/>, so tests fix it.
/// </summary>
/// <remarks>
/// A fixed UTC+8, not the tz database's Asia/Shanghai: China has kept UTC+8 without daylight saving since
/// 1991, so the two agree for every date the portal handles, and a fixed offset gives the same answer on
/// machines without tzdata (slim containers), where a zone lookup would throw or silently fall back.
/// </remarks>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The moment <paramref name="at"/>, as read on a clock in China.</summary>
    public static DateTimeOffset At(DateTimeOffset at) => at.ToOffset(Offset);

    /// <summary>The date in China at the moment <paramref name="at"/>.</summary>
    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(At(at).DateTime);

    public static DateTimeOffset Now(TimeProvider clock) => At(clock.GetUtcNow());

    public static DateOnly Today(TimeProvider clock) => DayOf(clock.GetUtcNow());

    /// <summary>A day as the portal's pages and mails write it for people: 2028年12月31日.</summary>
    public static string Written(DateOnly day) => $"{day.Year}年{day.Month}月{day.Day}日";

    /// <summary>A moment as pages write it beside days written so: 2026年12月7日 20:54, on a clock in China.</summary>
    public static string Written(DateTimeOffset at) =>
        $"{Written(DayOf(at))} {At(at).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>The first moment of <paramref name="day"/> in China: where a daily count starts.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new(day, TimeOnly.MinValue, Offset);

    /// <summary>The first moment of the day after <paramref name="at"/> in China: when a daily limit lifts.</summary>
    public static DateTimeOffset NextMidnight(DateTimeOffset at) => StartOf(DayOf(at).AddDays(1));
}
