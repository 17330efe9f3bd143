namespace Enforcement.Publicity;

/// <summary>Today's date in China Standard Time, which publicity periods are counted in.</summary>
public static class ChinaCalendar
{
    public static DateOnly Today(TimeProvider? clock = null)
    {
        var now = (clock ?? TimeProvider.System).GetUtcNow();
        TimeZoneInfo zone;
        try { zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"); }
        catch (TimeZoneNotFoundException) { return DateOnly.FromDateTime(now.UtcDateTime.AddHours(8)); } // no tz database: CST has no DST
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
    }
}
