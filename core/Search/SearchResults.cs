using Enforcement.Content;

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

    /// <summary>Each penalty with its own amount, as the decision lists them (none for a 双随机 result).</summary>
    public IReadOnlyList<Penalty> Penalties { get; init; } = [];
}

/// <summary>
/// A page of hits and how many decisions matched in all. <see cref="Relaxation"/> says whether the query had
/// to be loosened to find them, <see cref="Dropped"/> which typed words it left out, and <see cref="DidYouMean"/>
/// a corrected query when the query as typed found nothing and a public name is near it.
/// </summary>
public sealed record SearchResults(
    int Total, int Page, int Size, IReadOnlyList<SearchHit> Hits,
    Relaxation Relaxation = Relaxation.None, IReadOnlyList<string>? Dropped = null, string? DidYouMean = null)
{
    public bool Relaxed => Relaxation != Relaxation.None;

    /// <summary>How many pages of <see cref="Size"/> the <see cref="Total"/> hits fill.</summary>
    public int Pages => (Total + Size - 1) / Size;

    /// <summary>The order the hits are in: as asked, or by amount when the words asked for it (罚款最多的).</summary>
    public SearchSort Sort { get; init; }
}

/// <summary>What each filter can be set to: body slugs, categories, penalty kinds (ordinal order), years (newest first).</summary>
public sealed record FilterValues(
    IReadOnlyList<string> Bodies, IReadOnlyList<string> Categories, IReadOnlyList<string> PenaltyKinds, IReadOnlyList<int> Years);
