using System.Globalization;

namespace Enforcement.Api.Tests.Corrections;

/// <summary>A clock the test moves by hand; timers still run on real time.</summary>
internal sealed class FakeClock(DateTimeOffset start) : TimeProvider
{
    private long ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref ticks, by.Ticks);

    /// <summary>Sets the clock to a China-time moment, e.g. ("2026-03-10 09:30").</summary>
    public void Set(string chinaTime) =>
        Interlocked.Exchange(ref ticks, DateTimeOffset.Parse(chinaTime + " +08:00", CultureInfo.InvariantCulture).UtcTicks);
}
