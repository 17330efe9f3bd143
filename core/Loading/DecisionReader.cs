using Enforcement.Content;

namespace Enforcement.Loading;

internal static class DecisionReader
{
    public static readonly Dictionary<string, PartyKind> PartyKinds = new()
    {
        ["organization"] = PartyKind.Organization,
        ["individual-business"] = PartyKind.IndividualBusiness,
        ["natural-person"] = PartyKind.NaturalPerson,
    };

    public static readonly Dictionary<string, DecisionStatus> Statuses = new()
    {
        ["in-force"] = DecisionStatus.InForce,
        ["revoked"] = DecisionStatus.Revoked,
        ["amended"] = DecisionStatus.Amended,
        ["void"] = DecisionStatus.Void,
    };

    /// <summary>Keys whose line later checks (案件主办人, references) report; see <see cref="Decision.KeyLines"/>.</summary>
    private static readonly string[] LinedKeys = ["caseLead", "caseValue", "officers", "power", "discretion", "penalties"];

    /// <param name="lineOffset">Lines before the YAML starts in the file (the front matter's opening ---).</param>
    public static Decision Read(string sourcePath, int year, string slug, YamlMap m, string text, int lineOffset = 0)
    {
        var partyMap = m.Map("party", required: true);
        var party = partyMap is null
            ? new Party(PartyKind.Organization, "", null, null)
            : new Party(partyMap.RequiredEnum("kind", PartyKinds), partyMap.Required("name"),
                partyMap.Optional("code"), partyMap.Optional("representative"));
        var status = m.RequiredEnum("status", Statuses, DecisionStatus.InForce);
        var withdrawnMap = m.Map("withdrawn");
        Withdrawal? withdrawn = withdrawnMap is null ? null : new Withdrawal(withdrawnMap.RequiredDate("on"), withdrawnMap.Required("reason"));
        if (status != DecisionStatus.InForce && withdrawn is null)
            m.Error("withdrawn", $"状态为 {m.Optional("status")} 时必须填写 withdrawn.on 与 withdrawn.reason (required unless in-force)");

        var decided = m.RequiredDate("decided");
        var published = m.RequiredDate("published");
        if (decided != default && published != default && published < decided)
            m.Error("published", "公示日期早于决定日期 (published is before decided)");

        return new Decision(
            SourcePath: sourcePath,
            Year: year,
            Slug: slug,
            Number: m.Required("number"),
            Title: m.Required("title"),
            BodySlug: m.Required("body"),
            Party: party,
            Decided: decided,
            Published: published,
            Category: m.Required("category"),
            Violation: m.Required("violation"),
            Basis: m.Required("basis"),
            Penalties: m.MapList("penalties", required: true)
                .Select(p => new Penalty(p.Required("kind"), p.OptionalDecimal("amount"))).ToList(),
            Status: status,
            Withdrawn: withdrawn,
            Expires: m.OptionalDate("expires"),
            Redact: m.StringList("redact"),
            Text: text)
        {
            Power = m.Optional("power"),
            Discretion = m.Optional("discretion"),
            CaseLead = m.Optional("caseLead"),
            CaseOfficers = m.StringList("officers"),
            CaseValue = m.OptionalDecimal("caseValue"),
            KeyLines = LinedKeys.Where(m.Has).ToDictionary(k => k, k => m.LineOf(k) + lineOffset),
        };
    }
}
