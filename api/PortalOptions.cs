namespace Enforcement.Api;

/// <summary>The "Portal" configuration section (docs/INTERFACES.md; every key is in the README's table).</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>The build's out/data folder.</summary>
    public string Data { get; set; } = "out/data";

    /// <summary>Optional: the build's out/site folder, served at / for a local preview.</summary>
    public string? Site { get; set; }

    /// <summary>SQLite database file, used unless <see cref="Postgres"/> is set.</summary>
    public string Database { get; set; } = "portal.db";

    /// <summary>
    /// Optional: a PostgreSQL connection string (Npgsql). Set, the API keeps its state there instead of the
    /// SQLite file, and several instances may share it.
    /// </summary>
    public string? Postgres { get; set; }

    /// <summary>
    /// Optional: a folder every instance shares for the keys that protect the staff console's session cookies
    /// and form tokens; without it each instance keeps its own, and a session lives on one instance only.
    /// </summary>
    public string? KeysFolder { get; set; }

    /// <summary>
    /// Optional: the staff console's address as staff open it (https://api.zfgs.example.gov.cn/staff/), for the
    /// links in mails to bodies and the supervision office; without it the mails give the path under the API's address.
    /// </summary>
    public string? ConsoleUrl { get; set; }

    /// <summary>Base64 HMAC key for card tokens; a development key is used when absent.</summary>
    public string? CardKey { get; set; }

    /// <summary>SHA-256 hashes (hex) of staff API keys, each with the body it may act for ("*" for all).</summary>
    public List<AdminKeyOptions> AdminKeys { get; set; } = [];

    public MailOptions Mail { get; set; } = new();

    public RateLimitOptions RateLimits { get; set; } = new();
}

public sealed class AdminKeyOptions
{
    public string Name { get; set; } = "";
    public string Sha256 { get; set; } = "";
    /// <summary>A body slug, or "*" for the supervision office, which sees everything.</summary>
    public string Body { get; set; } = "*";
}

public sealed class MailOptions
{
    /// <summary>Folder for .eml files when no SMTP host is set.</summary>
    public string Pickup { get; set; } = "mail";
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public string? User { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "noreply@localhost";
    /// <summary>How often the outbox is drained.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
}

public sealed class RateLimitOptions
{
    /// <summary>Submissions (feedback, corrections) a client address may make per window.</summary>
    public int SubmitPermits { get; set; } = 10;
    public TimeSpan SubmitWindow { get; set; } = TimeSpan.FromMinutes(10);
    /// <summary>Searches a client address may make per window.</summary>
    public int SearchPermits { get; set; } = 120;
    public TimeSpan SearchWindow { get; set; } = TimeSpan.FromMinutes(1);
}
