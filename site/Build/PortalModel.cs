using Enforcement.Content;
using Enforcement.Publicity;
using Enforcement.Redaction;

namespace Enforcement.Site.Build;

/// <summary>One decision's redaction: where it came from and what redaction made of it.</summary>
internal sealed record RedactedDecision(Decision Source, RedactionResult Result)
{
    public PublicDecision Public => Result.Decision;
    public PublicityState State => Result.Decision.State;
}

/// <summary>
/// The content as the pages see it on the build day: decisions only in their redacted form, sorted once in
/// a fixed order so every page and feed lists them the same way on every build.
/// </summary>
internal sealed class PortalModel
{
    public required SiteSettings Site { get; init; }
    public required DateOnly Today { get; init; }
    public required IReadOnlyList<Body> Bodies { get; init; }
    public required IReadOnlyDictionary<string, Body> BodyBySlug { get; init; }
    public required IReadOnlyDictionary<string, string> BodyNames { get; init; }
    public required IReadOnlyList<Officer> Officers { get; init; }
    public required ILookup<string, Officer> OfficersByBody { get; init; }
    public required IReadOnlyList<ProcessChart> Processes { get; init; }
    public required IReadOnlyDictionary<string, ProcessChart> ProcessBySlug { get; init; }
    public required IReadOnlyList<FreePage> Pages { get; init; }
    /// <summary>Every decision with its redaction, in content order.</summary>
    public required IReadOnlyList<RedactedDecision> All { get; init; }

    /// <summary>Each decision's secrets as its redaction found them, by the very decision object.</summary>
    public required IReadOnlyDictionary<Decision, IReadOnlyList<Secret>> SecretsBySource { get; init; }

    /// <summary>A decision's secrets as its redaction found them, or null for one this model did not redact (a 双随机 result's stand-in).</summary>
    public IReadOnlyList<Secret>? SecretsOf(Decision d) => SecretsBySource.TryGetValue(d, out var secrets) ? secrets : null;
    /// <summary>Shown in full, newest first.</summary>
    public required IReadOnlyList<PublicDecision> Public { get; init; }
    /// <summary>Revoked, amended or void: a notice stays at their URL. Newest first.</summary>
    public required IReadOnlyList<PublicDecision> Withdrawn { get; init; }
    /// <summary>Publicity over: gone (410). Ordered by URL.</summary>
    public required IReadOnlyList<PublicDecision> Ended { get; init; }
    /// <summary>
    /// Every URL that answers 410 Gone: ended decisions and ended 双随机 tasks, ordered. Their pages are not
    /// written; the rules keep a stale copy or a guessed URL from answering as if nothing had been there.
    /// </summary>
    public IEnumerable<string> GoneUrls =>
        Ended.Select(d => d.Url).Concat(Disclosure.EndedInspectionUrls).Order(StringComparer.Ordinal);
    /// <summary>事前公开 lists, 双随机 results, decisions' basis and officers, yearly figures.</summary>
    public required DisclosureModel Disclosure { get; init; }
    /// <summary>content/search/synonyms.yml, for the search vocabulary beside the index.</summary>
    public Enforcement.Search.SearchWords SearchWords { get; init; } = Enforcement.Search.SearchWords.None;

    public static PortalModel Create(PortalContent content, DateOnly today)
    {
        var site = content.Site;
        // Inspected units count as published parties: their names and codes are public, their operators are not.
        var publicData = PublicData.From(Inspections.InspectionRedaction.WithResultsAsDecisions(content));
        // Redaction is the slow part of preparing; it is pure, so it runs in parallel and keeps content order.
        var all = content.Decisions.AsParallel().AsOrdered()
            .Select(d => new RedactedDecision(d, Redactor.Redact(d, site, today, publicData)))
            .ToList();

        List<PublicDecision> InState(PublicityState state) => all.Where(r => r.State == state).Select(r => r.Public).ToList();

        var publicDecisions = NewestFirst(InState(PublicityState.Public));
        return new PortalModel
        {
            Site = site,
            Today = today,
            Bodies = content.Bodies,
            BodyBySlug = content.Bodies.ToDictionary(b => b.Slug, StringComparer.Ordinal),
            BodyNames = content.Bodies.ToDictionary(b => b.Slug, b => b.Name, StringComparer.Ordinal),
            Officers = content.Officers,
            OfficersByBody = content.Officers.ToLookup(o => o.BodySlug, StringComparer.Ordinal),
            Processes = content.Processes,
            ProcessBySlug = content.Processes.ToDictionary(p => p.Slug, StringComparer.Ordinal),
            Pages = content.Pages,
            All = all,
            SecretsBySource = all.ToDictionary<RedactedDecision, Decision, IReadOnlyList<Secret>>(r => r.Source, r => r.Result.Secrets, ReferenceEqualityComparer.Instance),
            Public = publicDecisions,
            Withdrawn = NewestFirst(InState(PublicityState.Withdrawn)),
            Ended = InState(PublicityState.Ended).OrderBy(d => d.Url, StringComparer.Ordinal).ToList(),
            Disclosure = DisclosureModel.Create(content, publicDecisions, today, publicData),
            SearchWords = content.SearchWords ?? Enforcement.Search.SearchWords.None,
        };
    }

    /// <summary>Newest publicity date first; ties by decision date, then URL, so the order never depends on input order.</summary>
    public static List<PublicDecision> NewestFirst(IEnumerable<PublicDecision> decisions) => decisions
        .OrderByDescending(d => d.Published)
        .ThenByDescending(d => d.Decided)
        .ThenBy(d => d.Url, StringComparer.Ordinal)
        .ToList();

    public string BodyName(string slug) => BodyNames.TryGetValue(slug, out var name) ? name : slug;
}
