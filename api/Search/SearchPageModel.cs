using Enforcement.Search;
using Microsoft.AspNetCore.WebUtilities;

namespace Enforcement.Api.Search;

/// <summary>Everything the no-JavaScript results page shows.</summary>
public sealed record SearchPageModel(
    IReadOnlyDictionary<string, string> Raw,
    SearchRequest? Request,
    IReadOnlyDictionary<string, string> Errors,
    SearchResults? Results,
    OpenIndex? Index)
{
    public string Query => Raw.GetValueOrDefault("q", "").Trim();

    /// <summary>Officers whose name or 执法证号 the query is, shown above the results.</summary>
    public IReadOnlyList<OfficerMatch> Officers { get; init; } = [];

    /// <summary>Pages of the site the query asks for, shown above the results.</summary>
    public IReadOnlyList<ServiceLinkResponse> Services { get; init; } = [];

    /// <summary>The withdrawn decision whose 文书号 the query is, shown above the results.</summary>
    public WithdrawnMatch? Withdrawn { get; init; }

    /// <summary>Whether a box above the results (officers, services, a withdrawn decision) answered the query.</summary>
    public bool AnsweredAbove => Officers.Count > 0 || Services.Count > 0 || Withdrawn is not null;

    /// <summary>The page number asked for when it was past the last page (the last page is shown instead); 0 otherwise.</summary>
    public int PastLastPage { get; init; }

    public string Title => Query.Length == 0 ? "搜索处罚决定" : $"{SearchWording.Quoted(Query.Length > 40 ? Query[..40] + "…" : Query)}的搜索结果";

    /// <summary>处罚决定, 双随机抽查结果 or 结果, by the kind filter.</summary>
    public string Noun => SearchWording.KindNoun(Request?.Kind);

    /// <summary>Whether a filter (kind, body, category, year, penalty) narrows the results.</summary>
    public bool Filtered => new[] { "kind", "body", "category", "year", "penalty" }.Any(k => Raw.GetValueOrDefault(k, "").Trim().Length > 0);

    public int Pages => Results?.Pages ?? 0;

    /// <summary>The results page for another page number, keeping the query and filters.</summary>
    public string PageUrl(int page)
    {
        // q= always, first, even empty: the proxies send /search/ to this page only when the query string has q= (the site's
        // own /search/ is a form that needs JavaScript), so a filtered list's 下一页 without it showed an empty form.
        var args = new Dictionary<string, string?> { ["q"] = Raw.GetValueOrDefault("q", "") };
        foreach (var (key, value) in Raw)
            if (value.Length > 0) args[key] = value;
        if (page > 1) args["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return QueryHelpers.AddQueryString("/search/", args);
    }
}
