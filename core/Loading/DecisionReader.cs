using Enforcement.Content;
using Enforcement.Redaction;
using YamlDotNet.RepresentationModel;

namespace Enforcement.Loading;

internal static class DecisionReader
{
    /// <summary>The contract's values, then the words staff write for them (the error lists both).</summary>
    public static readonly Dictionary<string, PartyKind> PartyKinds = new()
    {
        ["organization"] = PartyKind.Organization,
        ["individual-business"] = PartyKind.IndividualBusiness,
        ["natural-person"] = PartyKind.NaturalPerson,
        ["单位"] = PartyKind.Organization,
        ["法人"] = PartyKind.Organization,
        ["法人或其他组织"] = PartyKind.Organization,
        ["其他组织"] = PartyKind.Organization,
        ["个体工商户"] = PartyKind.IndividualBusiness,
        ["个体户"] = PartyKind.IndividualBusiness,
        ["自然人"] = PartyKind.NaturalPerson,
        ["个人"] = PartyKind.NaturalPerson,
        ["公民"] = PartyKind.NaturalPerson,
    };

    public static readonly Dictionary<string, DecisionStatus> Statuses = new()
    {
        ["in-force"] = DecisionStatus.InForce,
        ["revoked"] = DecisionStatus.Revoked,
        ["amended"] = DecisionStatus.Amended,
        ["void"] = DecisionStatus.Void,
        ["有效"] = DecisionStatus.InForce,
        ["生效"] = DecisionStatus.InForce,
        ["已撤销"] = DecisionStatus.Revoked,
        ["撤销"] = DecisionStatus.Revoked,
        ["已变更"] = DecisionStatus.Amended,
        ["变更"] = DecisionStatus.Amended,
        ["无效"] = DecisionStatus.Void,
        ["确认无效"] = DecisionStatus.Void,
    };

    /// <summary>Keys whose line later checks (案件主办人, references) report; see <see cref="Decision.KeyLines"/>.</summary>
    private static readonly string[] LinedKeys = ["body", "caseLead", "caseValue", "officers", "power", "discretion", "penalties"];

    /// <summary>Every key a decision's front matter may have; any other is reported (<see cref="YamlMap.RejectUnknownKeys"/>).</summary>
    private static readonly string[] Keys =
    [
        "number", "title", "body", "party", "decided", "published", "category", "violation", "basis", "penalties", "status",
        "withdrawn", "expires", "redact", "keep", "power", "discretion", "caseLead", "officers", "caseValue",
    ];

    public static Decision Read(string sourcePath, int year, string slug, YamlMap m, string text)
    {
        m.RejectUnknownKeys(Keys);
        var partyMap = m.Map("party", required: true);
        partyMap?.RejectUnknownKeys("kind", "name", "code", "representative");
        var party = partyMap is null
            ? new Party(PartyKind.Organization, "", null, null)
            : new Party(partyMap.RequiredEnum("kind", PartyKinds), partyMap.Required("name"),
                partyMap.Optional("code"), partyMap.Optional("representative"));
        var status = m.RequiredEnum("status", Statuses, DecisionStatus.InForce);
        var withdrawnMap = m.Map("withdrawn");
        withdrawnMap?.RejectUnknownKeys("on", "reason");
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
                .Select(p =>
                {
                    p.RejectUnknownKeys("kind", "amount");
                    return new Penalty(p.Required("kind"), p.OptionalDecimal("amount"));
                }).ToList(),
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
            KeyLines = LinedKeys.Where(m.Has).ToDictionary(k => k, m.LineOf),
            Keep = Keep(m, party, text),
        };
    }

    /// <summary>
    /// keep: strings staff publish on purpose although they look personal. Each must occur in the decision (a
    /// stale entry would silently allow whatever comes to match it later) and must not be the natural-person
    /// party's own name or ID number, which are never published.
    /// </summary>
    private static IReadOnlyList<string> Keep(YamlMap m, Party party, string text)
    {
        var keep = m.StringList("keep");
        if (keep.Count == 0) return keep;
        var body = TextFolding.Key(text);
        var node = m.Node("keep") as YamlSequenceNode;
        for (var i = 0; i < keep.Count; i++)
        {
            var key = TextFolding.Key(keep[i]);
            var at = node is not null && i < node.Children.Count ? node.Children[i] : null;
            if (!body.Contains(key, StringComparison.Ordinal))
                m.Error($"keep[{i}]", "正文中没有这段文字 (keep entry does not occur in the text)", at);
            else if (party.Kind == PartyKind.NaturalPerson
                     && (key == TextFolding.Key(party.Name) || party.Code is { } c && key.Contains(TextFolding.Key(c), StringComparison.Ordinal)))
                m.Error($"keep[{i}]", "不能保留自然人当事人的姓名或证件号码 (a natural-person party's name or ID cannot be kept)", at);
        }
        return keep;
    }
}
