using Enforcement.Content;
using Enforcement.Publicity;

namespace Enforcement.Inspections;

/// <summary>
/// A 双随机 task as it may be published: every string about an inspected unit has been through redaction.
/// Pages and the search index are made from this, never from <see cref="InspectionTask"/>.
/// </summary>
public sealed record PublicInspection(
    string Title,
    int Year,
    string Slug,
    string BodySlug,
    string Plan,
    string Item,
    IReadOnlyList<string> Checks,
    DateOnly Date,
    DateOnly Published,
    int Drawn,
    IReadOnlyList<string> Officers,
    IReadOnlyList<PublicInspectionResult> Results,
    PublicityState State,
    /// <summary>The first day it is no longer public.</summary>
    DateOnly PublicUntil)
{
    public string Url => $"/inspections/{Year}/{Slug}/";

    /// <summary>One result's place: the task's page at the result's row (0-based <paramref name="index"/>).</summary>
    public string ResultUrl(int index) => $"{Url}#result-{index + 1}";

    public int WithProblems => Results.Count(r => r.Outcome != InspectionOutcome.NoProblem);
}

/// <summary>One inspected unit's result, redacted.</summary>
public sealed record PublicInspectionResult(
    string Unit,
    PartyKind Kind,
    string? Code,
    string? Operator,
    InspectionOutcome Outcome,
    string? Decision,
    string Note)
{
    /// <summary>The result in the words of the rules.</summary>
    public string OutcomeLabel => Outcome switch
    {
        InspectionOutcome.NoProblem => "未发现问题",
        InspectionOutcome.Corrected => "发现问题已责令改正",
        _ => "立案查处",
    };
}
