namespace Enforcement.Content;

/// <summary>content/site.yml: portal-wide settings.</summary>
public sealed record SiteSettings(
    string Title,
    string BaseUrl,
    string ApiUrl,
    RetentionSettings Retention,
    bool MaskPartyNames,
    SupervisionOffice Supervision);

/// <summary>How long a decision stays published, by party kind.</summary>
public sealed record RetentionSettings(RetentionPeriod Default, RetentionPeriod NaturalPerson);

/// <summary>执法监督机构: receives ratings and complaints; never the officer's own unit.</summary>
public sealed record SupervisionOffice(string Name, string Email, string Phone);
