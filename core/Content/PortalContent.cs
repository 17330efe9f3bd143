namespace Enforcement.Content;

/// <summary>Everything under content/, loaded and validated.</summary>
public sealed record PortalContent(
    SiteSettings Site,
    IReadOnlyList<Body> Bodies,
    IReadOnlyList<Officer> Officers,
    IReadOnlyList<ProcessChart> Processes,
    IReadOnlyList<Decision> Decisions,
    IReadOnlyList<FreePage> Pages);
