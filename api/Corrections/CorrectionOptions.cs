using Enforcement.Corrections;

namespace Enforcement.Api.Corrections;

/// <summary>The "Portal:Corrections" configuration section.</summary>
public sealed class CorrectionOptions
{
    public const string Section = "Portal:Corrections";

    /// <summary>The body answers within this many working days of acceptance.</summary>
    public int DeadlineWorkingDays { get; set; } = 5;

    /// <summary>An unconfirmed request lapses after this many days.</summary>
    public int ConfirmDays { get; set; } = CorrectionLimits.DefaultConfirmDays;

    /// <summary>Public holidays (法定节假日) that fall on weekdays, e.g. "2026-10-01".</summary>
    public List<DateOnly> Holidays { get; set; } = [];

    /// <summary>Weekend days worked in their place (调休上班日).</summary>
    public List<DateOnly> Workdays { get; set; } = [];

    /// <summary>The hour (China time) from which the day's overdue digest goes out to each body.</summary>
    public int DigestHour { get; set; } = 9;

    /// <summary>
    /// Confirmation e-mails one address may be sent per day (China time). Anyone can file a request naming any
    /// address, so without a cap the form would mail a stranger as often as someone liked.
    /// </summary>
    public int ConfirmMailsPerAddressPerDay { get; set; } = 5;

    /// <summary>Lost-link mails (all of an address's progress links, mailed again) one address may be sent per day.</summary>
    public int LinkMailsPerAddressPerDay { get; set; } = 3;

    /// <summary>How often lapsing and the overdue digest are checked.</summary>
    public TimeSpan JobInterval { get; set; } = TimeSpan.FromMinutes(5);

    public WorkingCalendar Calendar() => new(Holidays, Workdays);
}
