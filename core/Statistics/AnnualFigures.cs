using Enforcement.Content;

namespace Enforcement.Statistics;

/// <summary>A label and how many (or how much) of it.</summary>
public sealed record Tally(string Label, decimal Value);

/// <summary>
/// 年度行政执法数据: one year's figures for one body (or all bodies, <see cref="BodySlug"/> null), computed
/// from the content. Only aggregates: no party, no officer, nothing a person could be found by.
/// </summary>
public sealed record AnnualFigures(
    int Year,
    string? BodySlug,
    /// <summary>False for the running year: the figures so far.</summary>
    bool Complete,
    /// <summary>Decisions made in the year and still in force.</summary>
    int Decisions,
    IReadOnlyList<Tally> ByCategory,
    IReadOnlyList<Tally> ByPenaltyKind,
    decimal Fines,
    decimal Confiscations,
    /// <summary>Decisions made in the year that were revoked, amended or found void.</summary>
    int Withdrawn,
    int InspectionTasks,
    int UnitsDrawn,
    /// <summary>Units whose result was published.</summary>
    int UnitsInspected,
    int UnitsWithProblems,
    int CasesFiled)
{
    /// <summary>Share of inspected units where a problem was found, 0 to 1.</summary>
    public decimal ProblemShare => UnitsInspected == 0 ? 0m : (decimal)UnitsWithProblems / UnitsInspected;
}

/// <summary>
/// Computes <see cref="AnnualFigures"/>. A decision counts in the year it was decided, an inspection in the
/// year it was carried out, and either only once it has been published (the figures reveal nothing early).
/// 罚款 sums the fines; 没收… sums what was confiscated where an amount is given. A decision that is no
/// longer in force counts only as withdrawn, not in the other figures.
/// </summary>
public static class AnnualFigureRules
{
    public static IReadOnlyList<int> Years(PortalContent content, DateOnly today) =>
        content.Decisions.Where(d => d.Published <= today && d.Decided != default).Select(d => d.Decided.Year)
            .Concat(content.Inspections.Where(t => t.Published <= today && t.Date != default).Select(t => t.Date.Year))
            .Where(y => y <= today.Year).Distinct().OrderDescending().ToList();

    public static AnnualFigures For(PortalContent content, int year, string? bodySlug, DateOnly today)
    {
        bool Mine(string body) => bodySlug is null || body == bodySlug;
        var decided = content.Decisions.Where(d => d.Decided.Year == year && d.Published <= today && Mine(d.BodySlug)).ToList();
        var inForce = decided.Where(d => d.Status == DecisionStatus.InForce).ToList();
        var penalties = inForce.SelectMany(d => d.Penalties).ToList();
        var tasks = content.Inspections.Where(t => t.Date.Year == year && t.Published <= today && Mine(t.BodySlug)).ToList();
        var results = tasks.SelectMany(t => t.Results).ToList();

        return new AnnualFigures(
            Year: year,
            BodySlug: bodySlug,
            Complete: year < today.Year,
            Decisions: inForce.Count,
            ByCategory: Tallies(inForce.Select(d => d.Category)),
            // A decision with two fines counts once under 罚款: the figure is how many decisions imposed it.
            ByPenaltyKind: Tallies(inForce.SelectMany(d => d.Penalties.Select(p => p.Kind).Distinct())),
            Fines: penalties.Where(p => p.IsFine).Sum(p => p.Amount ?? 0m),
            Confiscations: penalties.Where(IsConfiscation).Sum(p => p.Amount ?? 0m),
            Withdrawn: decided.Count - inForce.Count,
            InspectionTasks: tasks.Count,
            UnitsDrawn: tasks.Sum(t => t.Drawn),
            UnitsInspected: results.Count,
            UnitsWithProblems: results.Count(r => r.Outcome != InspectionOutcome.NoProblem),
            CasesFiled: results.Count(r => r.Outcome == InspectionOutcome.CaseFiled));
    }

    public static bool IsConfiscation(Penalty p) => p.Kind.StartsWith("没收", StringComparison.Ordinal);

    /// <summary>Most first; ties in the order of the label, so the output never depends on input order.</summary>
    private static List<Tally> Tallies(IEnumerable<string> labels) => labels
        .GroupBy(l => l, StringComparer.Ordinal)
        .Select(g => new Tally(g.Key, g.Count()))
        .OrderByDescending(t => t.Value).ThenBy(t => t.Label, StringComparer.Ordinal)
        .ToList();
}
