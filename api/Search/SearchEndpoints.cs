using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Enforcement.Api.Infrastructure.Limits;
using Enforcement.Search;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Infrastructure.Data;
using Enforcement.Api.Infrastructure.Forms;
using Enforcement.Api.Infrastructure.Pages;

namespace Enforcement.Api.Search;

/// <summary>
/// GET /api/search (JSON), GET /api/search/page (the no-JavaScript results page, as HTML) and GET
/// /api/search/suggest (completions as you type). All three are limited per client address ("search" policy).
/// </summary>
internal static class SearchEndpoints
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static WebApplicationBuilder AddSearch(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SearchService>();
        return builder;
    }

    public static WebApplication MapSearch(this WebApplication app)
    {
        var search = app.MapGroup("/api/search").WithTags("Search").RequireRateLimiting(RateLimits.Search);

        search.MapGet("", (HttpRequest http, SearchService service, PortalData data, TimeProvider clock) =>
        {
            var (request, errors) = ReadRequest(http);
            if (request is null) return BadRequest(errors);
            if (service.Index is not { } index) return Unavailable();
            var results = index.Searcher.Search(request);
            return Results.Json(SearchResponse.From(request, results, index) with
            {
                Officers = OfficerMatches.Find(data, request.Query, clock),
                Services = ServiceLinkResponse.For(index, request.Query),
                Withdrawn = WithdrawnMatch.Find(data.Current, request.Query),
            }, Json);
        });

        search.MapPage("/page", async (HttpRequest http, SearchService service, PageRenderer pages, PortalData data, TimeProvider clock) =>
        {
            var (request, errors) = ReadRequest(http);
            var index = service.Index;
            var results = request is not null && index is not null ? index.Searcher.Search(request) : null;
            // A page past the last (an old link, a page number typed into the address) shows the last page and says so.
            var askedPage = 0;
            if (results is { Hits.Count: 0, Total: > 0 })
            {
                askedPage = request!.Page;
                results = index!.Searcher.Search(request with { Page = Math.Min(results.Pages, SearchRequest.MaxPage) });
            }
            var model = new SearchPageModel(RawQuery(http), request, errors, results, index)
            {
                Officers = request is null ? [] : OfficerMatches.Find(data, request.Query, clock),
                Services = request is null ? [] : ServiceLinkResponse.For(index, request.Query),
                Withdrawn = request is null ? null : WithdrawnMatch.Find(data.Current, request.Query),
                PastLastPage = askedPage,
            };
            var status = request is null ? StatusCodes.Status400BadRequest
                : index is null ? StatusCodes.Status503ServiceUnavailable
                : StatusCodes.Status200OK;
            return await pages.PageAsync<SearchResultsView>(model.Title, new Dictionary<string, object?> { ["Model"] = model }, status);
        });

        search.MapGet("/suggest", (HttpRequest http, SearchService service) =>
        {
            var q = DecisionNumberKey.WellFormed(http.Query["q"].ToString()).Trim();
            if (q.Length > MaxSuggestLength)
                return BadRequest(new Dictionary<string, string> { ["q"] = $"输入内容（参数 q）太长：最多 {MaxSuggestLength} 个字符。" });
            if (service.Index is not { } index) return Unavailable();
            var suggestions = index.Searcher.Suggest(q).Select(s => new SuggestionResponse(
                s.Text, s.Kind.ToString().ToLowerInvariant(), s.Url ?? SearchWording.SearchUrl(s.Text))).ToList();
            return Results.Json(new { q, suggestions }, Json);
        }).RequireRateLimiting(RateLimits.Suggest);
        return app;
    }

    /// <summary>Completions are for a name being typed; longer input is a search, not a name.</summary>
    private const int MaxSuggestLength = 50;

    /// <summary>One completion: the name, its kind (party, body, category), and where picking it goes.</summary>
    private sealed record SuggestionResponse(string Text, string Kind, string Url);

    private static (SearchRequest?, IReadOnlyDictionary<string, string>) ReadRequest(HttpRequest http)
    {
        var q = http.Query;
        return SearchRequest.Parse(q["q"], q["body"], q["category"], q["year"], q["penalty"], q["sort"], q["page"], q["size"], q["kind"]);
    }

    /// <summary>The parameters as sent, to put back into the form.</summary>
    private static IReadOnlyDictionary<string, string> RawQuery(HttpRequest http) =>
        new[] { "q", "kind", "body", "category", "year", "penalty", "sort" }
            .ToDictionary(k => k, k => DecisionNumberKey.WellFormed(http.Query[k].ToString()));

    private static IResult BadRequest(IReadOnlyDictionary<string, string> errors) => FieldErrors.From(errors).ToProblem("搜索参数有误");

    private static IResult Unavailable() => PortalProblems.Unavailable();
}
