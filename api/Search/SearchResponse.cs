using Enforcement.Content;
using Enforcement.Search;

namespace Enforcement.Api.Search;

/// <summary>
/// GET /api/search's JSON (docs/INTERFACES.md): total and hits, plus the page. relaxed is true when the query as
/// typed found nothing and a looser one found these (relaxation says how, dropped which words it left out);
/// didYouMean is a corrected query (and its results page) when the query as typed found nothing; officers, those
/// the query names.
/// </summary>
internal sealed record SearchResponse(
    int Total, int Page, int Size, string Q, IReadOnlyList<SearchResponseHit> Hits,
    bool Relaxed, string? Relaxation, IReadOnlyList<string> Dropped, DidYouMean? DidYouMean)
{
    /// <summary>Officers whose name or 执法证号 the query is (<see cref="OfficerMatches"/>), shown above the hits.</summary>
    public IReadOnlyList<OfficerMatch> Officers { get; init; } = [];

    /// <summary>Pages of the site the query asks for (<see cref="ServiceLink"/>: 查执法证, 信息有误), shown above the hits.</summary>
    public IReadOnlyList<ServiceLinkResponse> Services { get; init; } = [];

    /// <summary>The withdrawn decision whose 文书号 the query is (<see cref="WithdrawnMatch"/>): when it came down and its notice.</summary>
    public WithdrawnMatch? Withdrawn { get; init; }

    /// <summary>
    /// When nothing was found and the query may be a person's name (漆国平), why no search finds it (the name is
    /// published as 漆某某) and what to search instead; null otherwise. search.js shows it in place of its own hint.
    /// </summary>
    public string? Hint { get; init; }

    /// <summary>The order of the hits: relevance, date or amount (also when the words asked for it: 罚款最多的).</summary>
    public string Sort { get; init; } = "relevance";

    public static SearchResponse From(SearchRequest request, SearchResults results, OpenIndex index) => new(
        results.Total, results.Page, results.Size, request.Query,
        results.Hits.Select(h => new SearchResponseHit(
            h.Number, h.Title, h.Url, index.BodyName(h.BodySlug, h.BodyName), h.BodySlug, h.PartyName, h.Category,
            h.PenaltyKinds, h.TotalAmount, h.Decided, h.Published, h.Snippet) { Kind = h.Kind, Penalty = Penalty.WrittenAll(h.Penalties) }).ToList(),
        results.Relaxed, results.Relaxed ? SearchWording.RelaxationName(results.Relaxation) : null, results.Dropped ?? [],
        results.DidYouMean is { } q ? new DidYouMean(q, SearchWording.SearchUrl(q)) : null)
    {
        Sort = results.Sort == SearchSort.AmountAscending ? "amount-asc" : results.Sort.ToString().ToLowerInvariant(),
        Hint = results.Total == 0 ? SearchWording.Hint(Filtered(request), request.Query) : null,
    };

    private static bool Filtered(SearchRequest r) => r.Kind is not null || r.Body is not null || r.Category is not null || r.Year is not null || r.Penalty is not null;
}

/// <summary>A corrected query and the no-JavaScript results page for it.</summary>
internal sealed record DidYouMean(string Q, string Url);

/// <summary>One hit. body is the body's name (what a person reads); bodySlug is what the body filter takes.
/// snippet is HTML: escaped text, matches in &lt;mark&gt;.</summary>
internal sealed record SearchResponseHit(
    string Number, string Title, string Url, string Body, string BodySlug, string Party, string Category,
    IReadOnlyList<string> Penalties, decimal Amount, DateOnly Decided, DateOnly Published, string Snippet)
{
    /// <summary>decision or inspection (a 双随机 result).</summary>
    public string Kind { get; init; } = SearchKinds.Decision;

    /// <summary>The penalties with their amounts, as the decision page writes them (罚款 20,000 元；警告); empty for a 双随机 result.</summary>
    public string Penalty { get; init; } = "";
}

/// <summary>A page of the site the query asks for: its title and its address on the site.</summary>
public sealed record ServiceLinkResponse(string Title, string Url)
{
    public static IReadOnlyList<ServiceLinkResponse> For(OpenIndex? index, string query) => index is null ? []
        : [.. ServiceLink.For(index.Searcher.Vocabulary.Words.Services, query).Select(s => new ServiceLinkResponse(s.Title, s.Url))];
}
