using Enforcement.Content;
using Enforcement.Inspections;
using Enforcement.Publicity;
using Enforcement.Redaction;
using Enforcement.Statistics;

namespace Enforcement.Site.Build;

/// <summary>What a public decision's page says about how it was made: the power, the standard, the officers.</summary>
public sealed record DecisionBasis(Power? Power, DiscretionStandard? Discretion, Officer? CaseLead, IReadOnlyList<Officer> Officers)
{
    public static readonly DecisionBasis None = new(null, null, null, []);
}

/// <summary>
/// The 三项制度 content as the pages see it on the build day: each body's 事前公开 lists, the 双随机 tasks in
/// their redacted form (public ones newest first), what each decision links to, who led which public
/// decision, and the yearly figures.
/// </summary>
internal sealed class DisclosureModel
{
    public static readonly BodyDisclosure Empty = new("", [], [], []);

    public required IReadOnlyDictionary<string, BodyDisclosure> ByBody { get; init; }
    /// <summary>Public tasks, newest inspection first.</summary>
    public required IReadOnlyList<PublicInspection> Inspections { get; init; }
    /// <summary>双随机 tasks whose publicity period has ended: their pages answer 410, like ended decisions.</summary>
    public required IReadOnlyList<string> EndedInspectionUrls { get; init; }
    /// <summary>Decision URL → what it was based on and who handled it.</summary>
    public required IReadOnlyDictionary<string, DecisionBasis> BasisByUrl { get; init; }
    /// <summary>Certificate → the public decisions the officer led, newest first.</summary>
    public required ILookup<string, PublicDecision> LedBy { get; init; }
    /// <summary>Every year with figures, newest first, for all bodies (BodySlug null) and each body.</summary>
    public required IReadOnlyList<AnnualFigures> Figures { get; init; }

    public BodyDisclosure For(string bodySlug) => ByBody.TryGetValue(bodySlug, out var d) ? d : Empty;

    public static DisclosureModel Create(PortalContent content, IReadOnlyList<PublicDecision> publicDecisions, DateOnly today, PublicData publicData)
    {
        var byBody = content.Disclosures.GroupBy(d => d.BodySlug).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var bodies = content.Bodies.ToDictionary(b => b.Slug, StringComparer.Ordinal);
        var officers = content.Officers.GroupBy(o => o.Certificate).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        var basis = new Dictionary<string, DecisionBasis>(StringComparer.Ordinal);
        foreach (var d in content.Decisions)
        {
            if (d.Power is null && d.Discretion is null && d.CaseLead is null && d.CaseOfficers.Count == 0) continue;
            basis[d.Url] = new DecisionBasis(
                bodies.TryGetValue(d.BodySlug, out var body) ? body.Powers.FirstOrDefault(p => p.Id is not null && p.Id == d.Power) : null,
                byBody.TryGetValue(d.BodySlug, out var disclosure) ? disclosure.Discretion.FirstOrDefault(s => s.Id == d.Discretion) : null,
                d.CaseLead is { } lead ? officers.GetValueOrDefault(lead) : null,
                d.CaseOfficers.Select(c => officers.GetValueOrDefault(c)).OfType<Officer>().ToList());
        }
        var leads = content.Decisions.Where(d => d.CaseLead is not null).ToDictionary(d => d.Url, d => d.CaseLead!, StringComparer.Ordinal);

        var years = AnnualFigureRules.Years(content, today);
        var figures = years.SelectMany(y => content.Bodies.Select(b => (string?)b.Slug).Prepend(null)
            .Select(b => AnnualFigureRules.For(content, y, b, today))).ToList();

        return new DisclosureModel
        {
            ByBody = byBody,
            Inspections = content.Inspections
                .Select(t => InspectionRedaction.Redact(t, content.Site, today, publicData))
                .Where(t => t.State == PublicityState.Public)
                .OrderByDescending(t => t.Date).ThenBy(t => t.Url, StringComparer.Ordinal)
                .ToList(),
            EndedInspectionUrls = content.Inspections
                .Where(t => InspectionPublicity.StateOn(t, content.Site.InspectionRetention, today) == PublicityState.Ended)
                .Select(t => $"/inspections/{t.Year}/{t.Slug}/")
                .ToList(),
            BasisByUrl = basis,
            LedBy = publicDecisions.Where(d => leads.ContainsKey(d.Url)).ToLookup(d => leads[d.Url], StringComparer.Ordinal),
            Figures = figures,
        };
    }
}
