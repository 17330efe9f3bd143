using Enforcement.Content;

namespace Enforcement.Loading;

internal static class InspectionReader
{
    public static readonly Dictionary<string, InspectionOutcome> Outcomes = new()
    {
        ["未发现问题"] = InspectionOutcome.NoProblem,
        ["发现问题已责令改正"] = InspectionOutcome.Corrected,
        ["立案查处"] = InspectionOutcome.CaseFiled,
    };

    /// <summary>双随机 draws market entities; a natural person is never an inspected unit.</summary>
    public static readonly Dictionary<string, PartyKind> UnitKinds = new()
    {
        ["organization"] = PartyKind.Organization,
        ["individual-business"] = PartyKind.IndividualBusiness,
        ["单位"] = PartyKind.Organization,
        ["法人"] = PartyKind.Organization,
        ["其他组织"] = PartyKind.Organization,
        ["个体工商户"] = PartyKind.IndividualBusiness,
        ["个体户"] = PartyKind.IndividualBusiness,
    };

    /// <summary>Every key a task and a result may have; any other is reported (a misspelt redact: would publish what it lists).</summary>
    private static readonly string[] TaskKeys = ["title", "body", "plan", "item", "checks", "date", "published", "drawn", "officers", "results"];
    private static readonly string[] ResultKeys = ["unit", "kind", "code", "operator", "outcome", "decision", "note", "redact"];

    public static InspectionTask Read(string sourcePath, int year, string slug, YamlMap m)
    {
        m.RejectUnknownKeys(TaskKeys);
        var date = m.RequiredDate("date");
        var published = m.RequiredDate("published");
        if (date != default && published != default && published < date)
            m.Error("published", "公示日期早于抽查日期 (published is before the inspection date)");
        var drawn = m.Has("drawn") ? m.OptionalInt("drawn", min: 1) ?? 0 : Missing(m, "drawn");
        var results = m.MapList("results", required: true).Select(ReadResult).ToList();
        if (drawn > 0 && results.Count > drawn)
            m.Error("results", $"公示了 {results.Count} 户的结果，但只抽取了 {drawn} 户 (more results than units drawn)", m.Node("results"));
        return new InspectionTask(
            SourcePath: sourcePath,
            Year: year,
            Slug: slug,
            Title: m.Required("title"),
            BodySlug: m.Required("body"),
            Plan: m.Required("plan"),
            Item: m.Required("item"),
            Checks: m.StringList("checks", required: true),
            Date: date,
            Published: published,
            Drawn: drawn,
            Officers: m.StringList("officers"),
            Results: results)
        {
            KeyLines = Lines(m),
        };
    }

    private static Dictionary<string, int> Lines(YamlMap m)
    {
        var lines = new[] { "body", "item", "officers" }.Where(m.Has).ToDictionary(k => k, m.LineOf);
        var i = 0;
        foreach (var r in m.MapList("results"))
        {
            if (r.Has("decision")) lines[$"results[{i}].decision"] = r.LineOf("decision");
            i++;
        }
        return lines;
    }

    private static int Missing(YamlMap m, string key)
    {
        m.Error(key, "缺少必填项 (required key is missing)");
        return 0;
    }

    private static InspectionResult ReadResult(YamlMap m)
    {
        m.RejectUnknownKeys(ResultKeys);
        var outcome = m.RequiredEnum("outcome", Outcomes);
        var decision = m.Optional("decision");
        if (outcome == InspectionOutcome.CaseFiled && decision is null && m.Has("outcome"))
            m.Error("decision", "结果为 立案查处 时必须填写处罚决定书文书号 (required when a case was filed)");
        if (outcome != InspectionOutcome.CaseFiled && decision is not null)
            m.Error("decision", "只有结果为 立案查处 时才填写文书号 (only for 立案查处)", m.Node("decision"));
        return new InspectionResult(
            Unit: m.Required("unit"),
            Kind: m.RequiredEnum("kind", UnitKinds),
            Code: m.Optional("code"),
            Operator: m.Optional("operator"),
            Outcome: outcome,
            Decision: decision,
            Note: m.Optional("note") ?? "",
            Redact: m.StringList("redact"));
    }
}
