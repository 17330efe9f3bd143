namespace Enforcement.Content;

/// <summary>content/site.yml: portal-wide settings.</summary>
public sealed record SiteSettings(
    string Title,
    string BaseUrl,
    string ApiUrl,
    RetentionSettings Retention,
    bool MaskPartyNames,
    SupervisionOffice Supervision)
{
    /// <summary>
    /// site.yml apiOrigin (added key): the API's own origin, e.g. https://api.example.gov.cn, for the Netlify
    /// rules that send plain form GETs to it (Netlify does not chain one proxy rule into another).
    /// </summary>
    public string? ApiOrigin { get; init; }

    /// <summary>site.yml caseLeadLimits: what case value each 案件主办人 level may lead.</summary>
    public CaseLeadLimits CaseLeadLimits { get; init; } = CaseLeadLimits.Default;

    /// <summary>site.yml retention.inspections: how long 双随机 results stay published.</summary>
    public RetentionPeriod InspectionRetention { get; init; } = new(3, RetentionUnit.Years);
}

/// <summary>How long a decision stays published, by party kind.</summary>
public sealed record RetentionSettings(RetentionPeriod Default, RetentionPeriod NaturalPerson);

/// <summary>执法监督机构: receives ratings and complaints; never the officer's own unit.</summary>
public sealed record SupervisionOffice(string Name, string Email, string Phone)
{
    /// <summary>The phone as a link to tap (tel:0795-1234567).</summary>
    public string Tel => TelUri(Phone);

    /// <summary>The office's name, or 执法监督机构 when site.yml names none: what a sentence telling people where to turn says.</summary>
    public string Called => Name.Length > 0 ? Name : "执法监督机构";

    /// <summary>
    /// A tel: link takes digits, + and dashes only: spaces and brackets go, and an extension (转 802) is left off,
    /// since its digits run on would dial another number.
    /// </summary>
    private static string TelUri(string phone) => "tel:" + new string(phone
        .TakeWhile(c => char.IsAsciiDigit(c) || c is '+' or '-' or ' ' or '(' or ')' or '（' or '）')
        .Where(c => char.IsAsciiDigit(c) || c is '+' or '-').ToArray());
}
