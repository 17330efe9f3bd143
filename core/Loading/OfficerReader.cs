using Enforcement.Content;

namespace Enforcement.Loading;

internal static class OfficerReader
{
    public static readonly Dictionary<string, OfficerStatus> Statuses = new()
    {
        ["active"] = OfficerStatus.Active,
        ["suspended"] = OfficerStatus.Suspended,
        ["revoked"] = OfficerStatus.Revoked,
    };

    public static Officer Read(string bodySlug, YamlMap m) => new Officer(
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
