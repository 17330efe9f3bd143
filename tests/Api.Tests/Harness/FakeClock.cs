using System.Globalization;

namespace Enforcement.Api.Tests.Harness;

/// <summary>The one clock the tests move by hand; timers still run on real time.</summary>
public sealed class FakeClock(DateTimeOffset start) : TimeProvider
{
    private long ticks = start.UtcTicks;

    /// <summary>Starts at a China-time moment, e.g. "2026-03-02 10:00".</summary>
    public FakeClock(string chinaTime) : this(China(chinaTime)) { }

    public DateTimeOffset Now
    {
        get => GetUtcNow();
        set => Interlocked.Exchange(ref ticks, value.UtcTicks);
    }

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref ticks, by.Ticks);

    /// <summary>Sets the clock to a China-time moment, e.g. "2026-03-10 09:30".</summary>
    public void Set(string chinaTime) => Now = China(chinaTime);

    private static DateTimeOffset China(string chinaTime) =>
        DateTimeOffset.Parse(chinaTime + " +08:00", CultureInfo.InvariantCulture);
}
