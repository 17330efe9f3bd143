using Enforcement.Content;

namespace Enforcement.Loading;

internal static class SiteReader
{
    private static readonly string[] Keys =
        ["title", "baseUrl", "apiUrl", "apiOrigin", "retention", "maskPartyNames", "supervision", "caseLeadLimits"];

    public static SiteSettings Read(YamlMap map)
    {
        map.RejectUnknownKeys(Keys);
        var baseUrl = map.Required("baseUrl").TrimEnd('/');
        if (baseUrl.Length > 0 && !(Uri.TryCreate(baseUrl, UriKind.Absolute, out var u) && u.Scheme is "http" or "https"))
            map.Error("baseUrl", $"应为绝对地址 (must be an absolute http(s) URL, got '{baseUrl}')");
        var retention = map.Map("retention")?.RejectUnknownKeys("default", "naturalPerson", "inspections");
        var supervision = map.Map("supervision", required: true)?.RejectUnknownKeys("name", "email", "phone");
        var apiOrigin = map.Optional("apiOrigin")?.TrimEnd('/');
        if (apiOrigin is not null && !(Uri.TryCreate(apiOrigin, UriKind.Absolute, out var a) && a.Scheme is "http" or "https"))
            map.Error("apiOrigin", $"应为绝对地址 (must be an absolute http(s) URL, got '{apiOrigin}')");
        return new SiteSettings(
            Title: map.Required("title"),
            BaseUrl: baseUrl,
            ApiUrl: (map.Optional("apiUrl") ?? "/api").TrimEnd('/'),
            Retention: new RetentionSettings(
                Period(retention, "default", new RetentionPeriod(5, RetentionUnit.Years)),
                Period(retention, "naturalPerson", new RetentionPeriod(2, RetentionUnit.Years))),
            MaskPartyNames: map.OptionalBool("maskPartyNames") ?? true,
            Supervision: supervision is null
                ? new SupervisionOffice("", "", "")
                : new SupervisionOffice(supervision.Required("name"), supervision.Required("email"), supervision.Required("phone")))
        {
            ApiOrigin = apiOrigin,
            CaseLeadLimits = CaseLeadLimitsReader.Read(map.Map("caseLeadLimits")),
            InspectionRetention = Period(retention, "inspections", new RetentionPeriod(3, RetentionUnit.Years)),
        };
    }

    private static RetentionPeriod Period(YamlMap? map, string key, RetentionPeriod fallback)
    {
        var text = map?.Optional(key);
        if (text is null) return fallback;
        if (RetentionPeriod.TryParse(text, out var p)) return p;
        map!.Error(key, $"期限格式错误 (bad period '{text}', expected e.g. 5y, 3m or 30d)");
        return fallback;
    }
}
