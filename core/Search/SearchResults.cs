namespace Enforcement.Search;

/// <summary>One decision found: what a results list shows. <see cref="Snippet"/> is HTML: escaped text with matches in &lt;mark&gt;.</summary>
public sealed record SearchHit(
    string Number,
    string Title,
    string Url,
    string BodySlug,
    string BodyName,
    string PartyName,
    string Category,
    IReadOnlyList<string> PenaltyKinds,
    decimal TotalAmount,
    DateOnly Decided,
    DateOnly Published,
    DateOnly PublicUntil,
    string Snippet)
{
    /// <summary><see cref="SearchKinds.Decision"/> or <see cref="SearchKinds.Inspection"/>.</summary>
    public string Kind { get; init; } = SearchKinds.Decision;
}

/// <summary>A page of hits and how many decisions matched in all.</summary>
public sealed record SearchResults(int Total, int Page, int Size, IReadOnlyList<SearchHit> Hits);

/// <summary>What each filter can be set to: body slugs, categories, penalty kinds (ordinal order), years (newest first).</summary>
public sealed record FilterValues(
    IReadOnlyList<string> Bodies, IReadOnlyList<string> Categories, IReadOnlyList<string> PenaltyKinds, IReadOnlyList<int> Years);
