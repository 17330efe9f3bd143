using Enforcement.Api.Infrastructure;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Corrections;

/// <summary>Checks "Portal:Corrections" when the API starts, naming the key that is wrong.</summary>
internal sealed class CorrectionOptionsValidator : IValidateOptions<CorrectionOptions>
{
    public ValidateOptionsResult Validate(string? name, CorrectionOptions o)
    {
        var settings = new SettingChecks(CorrectionOptions.Section);

        settings.Check(o.DeadlineWorkingDays is >= 1 and <= 365, "DeadlineWorkingDays", "1 to 365 working days");
        settings.Check(o.ConfirmDays is >= 1 and <= 365, "ConfirmDays", "1 to 365 days");
        settings.Check(o.DigestHour is >= 0 and <= 23, "DigestHour", "an hour of the day, 0 to 23 (China time)");
        settings.Check(o.ConfirmMailsPerAddressPerDay >= 1, "ConfirmMailsPerAddressPerDay", "at least 1");
        settings.Check(o.JobInterval > TimeSpan.Zero, "JobInterval", "a positive interval, e.g. 00:05:00");
        return settings.Result;
    }
}
