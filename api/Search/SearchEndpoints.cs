using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Enforcement.Search;
using Enforcement.Api.Infrastructure.Forms;
using Enforcement.Api.Infrastructure.Pages;

namespace Enforcement.Api.Search;

/// <summary>GET /api/search (JSON) and GET /api/search/page (the no-JavaScript results page, as HTML).</summary>
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
        app.MapGet("/api/search", (HttpRequest http, SearchService service) =>
        {
            var (request, errors) = ReadRequest(http);
            if (request is null) return BadRequest(errors);
            if (service.Index is not { } index) return Unavailable();
            var results = index.Searcher.Search(request);
            return Results.Json(SearchResponse.From(request, results, index), Json);
        });

        app.MapGet("/api/search/page", async (HttpRequest http, SearchService service, PageRenderer pages) =>
        {
            var (request, errors) = ReadRequest(http);
            var index = service.Index;
            var results = request is not null && index is not null ? index.Searcher.Search(request) : null;
            var model = new SearchPageModel(RawQuery(http), request, errors, results, index);
            var status = request is null ? StatusCodes.Status400BadRequest
                : index is null ? StatusCodes.Status503ServiceUnavailable
                : StatusCodes.Status200OK;
            return await pages.PageAsync<SearchResultsView>(model.Title, new Dictionary<string, object?> { ["Model"] = model }, status);
        });
        return app;
    }

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

    private static IResult Unavailable() => Results.Problem(
        statusCode: StatusCodes.Status503ServiceUnavailable,
        title: "搜索暂时不可用",
        detail: "搜索索引尚未就绪，请稍后再试。");
}
