using Enforcement.Content;
using Enforcement.Publicity;
using Enforcement.Redaction;

namespace Enforcement.Inspections;

/// <summary>
/// Redacts 双随机 results with the decisions' own redaction: each inspected unit is handed to
/// <see cref="Redactor"/> as the party of a decision whose text is the result's note, so an individual
/// business's 经营者 (a natural person) is masked, numbers and addresses in the note are masked, and
/// <c>redact:</c> strings go, exactly as in a decision. The same stand-ins let the leak gate search the
/// results' secrets in every output (<see cref="WithResultsAsDecisions"/>).
/// </summary>
public static class InspectionRedaction
{
    public static PublicInspection Redact(InspectionTask task, SiteSettings site, DateOnly today, PublicData publicData)
    {
        var results = AsDecisions(task).Select((d, i) =>
        {
            var p = Redactor.Redact(d, site, today, publicData).Decision;
            return new PublicInspectionResult(p.PartyName, p.PartyKind, p.PartyCode, p.Representative,
                task.Results[i].Outcome, task.Results[i].Decision, p.Text);
        }).ToList();
        return new PublicInspection(
            Title: task.Title,
            Year: task.Year,
            Slug: task.Slug,
            BodySlug: task.BodySlug,
            Plan: task.Plan,
            Item: task.Item,
            Checks: task.Checks,
            Date: task.Date,
            Published: task.Published,
            Drawn: task.Drawn,
            Officers: task.Officers,
            Results: results,
            State: InspectionPublicity.StateOn(task, site.InspectionRetention, today),
            PublicUntil: InspectionPublicity.EndOf(task, site.InspectionRetention));
    }

    /// <summary>
    /// Each result as the decision redaction and the leak gate understand: the unit is the party, its
    /// operator the representative, its note the text. The number names the task and the result's place,
    /// so a leak report points at the inspection file.
    /// </summary>
    public static IReadOnlyList<Decision> AsDecisions(InspectionTask task) => task.Results.Select((r, i) => new Decision(
        SourcePath: task.SourcePath,
        Year: task.Year,
        Slug: task.Slug,
        Number: task.ResultUrl(i),
        Title: r.Unit,
        BodySlug: task.BodySlug,
        Party: new Party(r.Kind, r.Unit, r.Code, r.Operator),
        Decided: task.Date,
        Published: task.Published,
        Category: "",
        Violation: "",
        Basis: "",
        Penalties: [],
        Status: DecisionStatus.InForce,
        Withdrawn: null,
        Expires: null,
        Redact: r.Redact,
        Text: r.Note)).ToList();

    /// <summary>The content with every inspection result added as a decision, for <see cref="PublicData"/> and the leak gate.</summary>
    public static PortalContent WithResultsAsDecisions(PortalContent content) => content.Inspections.Count == 0 ? content
        : content with { Decisions = [.. content.Decisions, .. content.Inspections.SelectMany(AsDecisions)] };
}
