using Enforcement.Cards;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Enforcement.Api.Infrastructure;

/// <summary>
/// Checks the "Portal" section when the API starts (ValidateOnStart), so a typo stops the start with the key
/// named instead of surfacing as a 500 on the first request that needs it.
/// </summary>
internal sealed class PortalOptionsValidator : IValidateOptions<PortalOptions>
{
    public ValidateOptionsResult Validate(string? name, PortalOptions o)
    {
        var settings = new SettingChecks(PortalOptions.Section);

        settings.Check(!string.IsNullOrWhiteSpace(o.Data), "Data", "the build's out/data folder is required");
        settings.Check(!string.IsNullOrWhiteSpace(o.Database) || !string.IsNullOrWhiteSpace(o.Postgres), "Database",
            "the SQLite file is required when Portal:Postgres is not set");
        settings.Check(string.IsNullOrWhiteSpace(o.Postgres) || ValidConnectionString(o.Postgres), "Postgres",
            "a PostgreSQL connection string, e.g. Host=db;Database=portal;Username=portal;Password=...");
        settings.Check(string.IsNullOrWhiteSpace(o.CardKey) || CardToken.ParseKey(o.CardKey) is not null, "CardKey", "base64 of at least 16 bytes");
        for (var i = 0; i < o.AdminKeys.Count; i++)
        {
            var key = o.AdminKeys[i];
            settings.Check(!string.IsNullOrWhiteSpace(key.Name), $"AdminKeys:{i}:Name", "a name is required (it is written into every history entry)");
            settings.Check(key.Sha256.Trim().Length == 64 && key.Sha256.Trim().All(char.IsAsciiHexDigit), $"AdminKeys:{i}:Sha256",
                "the SHA-256 of the key as 64 hex digits");
        }
        settings.Check(string.IsNullOrWhiteSpace(o.ConsoleUrl) || Uri.TryCreate(o.ConsoleUrl, UriKind.Absolute, out var console) && console.Scheme is "http" or "https",
            "ConsoleUrl", "the console's absolute address, e.g. https://api.zfgs.example.gov.cn/staff/");
        settings.Check(MailboxAddress.TryParse(o.Mail.From, out _), "Mail:From", "an e-mail address");
        settings.Check(o.Mail.Port is > 0 and <= 65535, "Mail:Port", "a TCP port (1-65535)");
        settings.Check(o.Mail.PollInterval > TimeSpan.Zero, "Mail:PollInterval", "a positive interval, e.g. 00:00:02");
        settings.Check(!string.IsNullOrWhiteSpace(o.Mail.Host) || !string.IsNullOrWhiteSpace(o.Mail.Pickup), "Mail:Pickup", "a folder, when no Mail:Host is set");
        settings.Check(o.RateLimits.SubmitPermits > 0, "RateLimits:SubmitPermits", "at least 1");
        settings.Check(o.RateLimits.SubmitWindow > TimeSpan.Zero, "RateLimits:SubmitWindow", "a positive interval");
        settings.Check(o.RateLimits.SearchPermits > 0, "RateLimits:SearchPermits", "at least 1");
        settings.Check(o.RateLimits.SearchWindow > TimeSpan.Zero, "RateLimits:SearchWindow", "a positive interval");
        return settings.Result;
    }

    private static bool ValidConnectionString(string text)
    {
        try { return new Npgsql.NpgsqlConnectionStringBuilder(text).Host is { Length: > 0 }; }
        catch (ArgumentException) { return false; }
    }
}
