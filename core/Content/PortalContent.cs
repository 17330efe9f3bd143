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
    /// <summary>content/search/synonyms.yml; <see cref="SearchWords.None"/> when there is none.</summary>
    SearchWords? SearchWords = null);
