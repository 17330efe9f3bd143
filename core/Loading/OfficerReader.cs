using Enforcement.Content;

namespace Enforcement.Loading;

internal static class OfficerReader
{
    public static readonly Dictionary<string, OfficerStatus> Statuses = new()
    {
        ["active"] = OfficerStatus.Active,
        ["suspended"] = OfficerStatus.Suspended,
        ["revoked"] = OfficerStatus.Revoked,
        ["有效"] = OfficerStatus.Active,
        ["在岗"] = OfficerStatus.Active,
        ["暂停"] = OfficerStatus.Suspended,
        ["暂扣"] = OfficerStatus.Suspended,
        ["注销"] = OfficerStatus.Revoked,
        ["吊销"] = OfficerStatus.Revoked,
        ["撤销"] = OfficerStatus.Revoked,
    };

    /// <summary>
    /// An officer's keys; any other is reported: a misspelt validUntil or caseLead would have an officer whose
    /// certificate has lapsed checked as valid when a shopkeeper scans the card.
    /// </summary>
    private static readonly string[] Keys =
        ["name", "certificate", "unit", "position", "categories", "region", "status", "validUntil", "caseLead", "caseLeadSince"];

    public static Officer Read(string bodySlug, YamlMap m)
    {
        m.RejectUnknownKeys(Keys);
        return new Officer(
            Name: m.Required("name"),
            Certificate: m.Required("certificate"),
            BodySlug: bodySlug,
            Unit: m.Required("unit"),
            Position: m.Optional("position") ?? "",
            Categories: m.StringList("categories", required: true),
            Region: m.Required("region"),
            Status: m.RequiredEnum("status", Statuses),
            ValidUntil: m.OptionalDate("validUntil"))
        {
            CaseLead = m.Has("caseLead") ? m.RequiredEnum("caseLead", CaseLeadLimits.Names) : null,
            CaseLeadSince = m.OptionalDate("caseLeadSince"),
        };
    }
}
