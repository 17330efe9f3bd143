using Enforcement.Search;

namespace Enforcement.Content;

/// <summary>Everything under content/, loaded and validated.</summary>
public sealed record PortalContent(
    SiteSettings Site,
    IReadOnlyList<Body> Bodies,
    IReadOnlyList<Officer> Officers,
    IReadOnlyList<ProcessChart> Processes,
    IReadOnlyList<Decision> Decisions,
    IReadOnlyList<FreePage> Pages,
    // content/search/synonyms.yml; SearchWords.None when there is none.
    SearchWords? SearchWords = null)
{
    /// <summary>content/disclosure/: each body's 事前公开 lists beyond its body file.</summary>
    public IReadOnlyList<BodyDisclosure> Disclosures { get; init; } = [];

    /// <summary>content/inspections/: 双随机、一公开 tasks and their results.</summary>
    public IReadOnlyList<InspectionTask> Inspections { get; init; } = [];
}
