namespace Enforcement.Content;

/// <summary>The three results a 双随机 check can have for one unit.</summary>
public enum InspectionOutcome { NoProblem, Corrected, CaseFiled }

/// <summary>
/// content/inspections/&lt;year&gt;/&lt;slug&gt;.yml: one 双随机、一公开 inspection task and what it found
/// (事后公开), as staff wrote it (not yet redacted).
/// </summary>
public sealed record InspectionTask(
    /// <summary>Path relative to content/, e.g. inspections/2025/food-q2.yml; used in error messages.</summary>
    string SourcePath,
    int Year,
    string Slug,
    string Title,
    string BodySlug,
    /// <summary>抽查计划: the yearly plan the task belongs to.</summary>
    string Plan,
    /// <summary>The body's 随机抽查事项 (its <c>randomInspections[].item</c>).</summary>
    string Item,
    /// <summary>检查内容: what was checked at every unit.</summary>
    IReadOnlyList<string> Checks,
    DateOnly Date,
    DateOnly Published,
    /// <summary>抽取户数: how many units were drawn.</summary>
    int Drawn,
    /// <summary>执法证号 of the officers drawn to inspect.</summary>
    IReadOnlyList<string> Officers,
    IReadOnlyList<InspectionResult> Results)
{
    public string Url => $"/inspections/{Year}/{Slug}/";

    /// <summary>One result's place: the task's page at the result's row (0-based <paramref name="index"/>).</summary>
    public string ResultUrl(int index) => $"{Url}#result-{index + 1}";

    /// <summary>Line in the file of keys that later checks report on (body, item, officers, results[i].decision).</summary>
    public IReadOnlyDictionary<string, int> KeyLines { get; init; } = new Dictionary<string, int>();
}

/// <summary>One inspected unit and what the check found.</summary>
public sealed record InspectionResult(
    string Unit,
    PartyKind Kind,
    string? Code,
    /// <summary>经营者 of an individual business: a natural person, masked where not part of the unit's name.</summary>
    string? Operator,
    InspectionOutcome Outcome,
    /// <summary>文书号 of the decision when a case was filed (立案查处).</summary>
    string? Decision,
    string Note,
    IReadOnlyList<string> Redact);
