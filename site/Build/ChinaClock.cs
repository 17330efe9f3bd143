namespace Enforcement.Site.Build;

/// <summary>Dates in the content are China Standard Time; so is "today" when the build is not told otherwise.</summary>
internal static class ChinaClock
{
    public static DateOnly Today(DateTimeOffset now)
    {
        TimeZoneInfo zone;
        try { zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"); }
        // No tz database (some containers): China has kept UTC+8 without daylight saving since 1991.
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        { zone = TimeZoneInfo.CreateCustomTimeZone("CST", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time"); }
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
    }
}
