using System.Net;
using System.Text.Json;
using Enforcement.Content;
using Enforcement.Inspections;
using Enforcement.Publicity;
using Enforcement.Search;

namespace Enforcement.Api.Tests.Search;

/// <summary>GET /api/search?kind=: decisions and 双随机 results apart or together.</summary>
public sealed class SearchKindTests
{
    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static TestApi WithInspection()
    {
        var api = new TestApi(now: SearchSamples.Noon, index: SearchSamples.Sample);
        var task = new PublicInspection("2025年双随机抽查", 2025, "food", "yc-amr", "计划", "食品经营者检查", ["进货查验"],
            new(2025, 4, 1), new(2025, 4, 20), 1, [],
            [new("宜昌市风险食品有限公司", PartyKind.Organization, null, null, InspectionOutcome.Corrected, null, "已责令改正。")],
            PublicityState.Public, new(2028, 4, 20));
        // The API starts on the first request: the index it opens is the one with the result.
        SearchIndexBuilder.Build(SearchSamples.Sample, Path.Combine(api.DataFolder, SearchIndexBuilder.FolderName), TestApi.SearchIndexBodyNames,
            inspections: [task]);
        return api;
    }

    [Fact]
    public async Task Kind_filters_hits_and_each_hit_says_what_it_is()
    {
        using var api = WithInspection();
        var q = Uri.EscapeDataString("风险");
        var all = await Json(await api.Client().GetAsync($"/api/search?q={q}"));
        Assert.Equal(["decision", "inspection"], all.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("kind").GetString()).Order());
        var inspections = await Json(await api.Client().GetAsync($"/api/search?q={q}&kind=inspection"));
        var hit = Assert.Single(inspections.GetProperty("hits").EnumerateArray());
        Assert.Equal("/inspections/2025/food/#result-1", hit.GetProperty("url").GetString());
    }

    [Fact]
    public async Task On_the_page_a_result_of_an_inspection_says_so_where_a_decision_shows_its_number()
    {
        using var api = WithInspection();
        var page = await Html.ReadAsync(await api.Client().GetAsync("/api/search/page?kind=inspection&q=" + Uri.EscapeDataString("风险")));
        var meta = page.QuerySelector(".search-hit-meta")!.TextContent;
        Assert.StartsWith("双随机抽查结果 · ", meta);   // it has no 文书号, and the line once began with a stray ·
    }

    [Fact]
    public async Task An_unknown_kind_is_a_problem_naming_the_parameter()
    {
        using var api = new TestApi(now: SearchSamples.Noon, index: SearchSamples.Sample);
        var response = await api.Client().GetAsync("/api/search?q=x&kind=cards");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("参数 kind", (await Json(response)).GetProperty("errors").GetProperty("kind")[0].GetString());
    }
}
