using Enforcement.Search;

namespace Enforcement.Api.Search;

/// <summary>GET /api/search's JSON (docs/INTERFACES.md): total and hits, plus the page and the filters' values.</summary>
internal sealed record SearchResponse(
    int Total, int Page, int Size, string Q, IReadOnlyList<SearchResponseHit> Hits)
{
    public static SearchResponse From(SearchRequest request, SearchResults results, OpenIndex index) => new(
        results.Total, results.Page, results.Size, request.Query,
        results.Hits.Select(h => new SearchResponseHit(
            h.Number, h.Title, h.Url, index.BodyName(h.BodySlug, h.BodyName), h.BodySlug, h.PartyName, h.Category,
            h.PenaltyKinds, h.TotalAmount, h.Decided, h.Published, h.Snippet) { Kind = h.Kind }).ToList());
}

/// <summary>One hit. body is the body's name (what a person reads); bodySlug is what the body filter takes.
/// snippet is HTML: escaped text, matches in &lt;mark&gt;.</summary>
internal sealed record SearchResponseHit(
    string Number, string Title, string Url, string Body, string BodySlug, string Party, string Category,
    IReadOnlyList<string> Penalties, decimal Amount, DateOnly Decided, DateOnly Published, string Snippet)
{
    /// <summary>decision or inspection (a 双随机 result).</summary>
    public string Kind { get; init; } = SearchKinds.Decision;
}
