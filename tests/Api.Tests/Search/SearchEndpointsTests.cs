using System.Net;
using System.Text.Json;

namespace Enforcement.Api.Tests.Search;

public sealed class SearchEndpointsTests
{
    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task Search_answers_total_and_hits_with_marked_snippets()
    {
        using var api = new TestApi(now: SearchSamples.Noon, shell: null, index: SearchSamples.Sample);
        var response = await api.Client().GetAsync("/api/search?q=" + Uri.EscapeDataString("风险"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await Json(response);
        Assert.Equal(1, json.GetProperty("total").GetInt32());
        var hit = json.GetProperty("hits")[0];
        Assert.Equal("宜市监处罚〔2025〕12号", hit.GetProperty("number").GetString());
        Assert.Equal("/decisions/2025/amr-12/", hit.GetProperty("url").GetString());
        Assert.Equal("宜昌市市场监督管理局", hit.GetProperty("body").GetString());
        Assert.Equal("2025-03-01", hit.GetProperty("published").GetString());
        Assert.Contains("<mark>風險</mark>", hit.GetProperty("snippet").GetString());
        Assert.Equal("罚款 5,000 元", hit.GetProperty("penalty").GetString());
        Assert.False(string.IsNullOrEmpty(hit.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task A_number_finds_its_decision_first()
    {
        using var api = new TestApi(now: SearchSamples.Noon, shell: null, index: SearchSamples.Sample);
        var json = await Json(await api.Client().GetAsync("/api/search?q=" + Uri.EscapeDataString("宜市监处罚〔2025〕13号")));
        Assert.Equal("宜市监处罚〔2025〕13号", json.GetProperty("hits")[0].GetProperty("number").GetString());
    }

    [Fact]
    public async Task Ended_decisions_never_appear_though_still_in_the_index()
    {
        using (var before = new TestApi(now: "2025-05-31 12:00", shell: null, index: SearchSamples.Sample))
            Assert.Equal(1, (await Json(await before.Client().GetAsync("/api/search?q=" + Uri.EscapeDataString("超标排放")))).GetProperty("total").GetInt32());
        using var after = new TestApi(now: "2025-06-01 12:00", shell: null, index: SearchSamples.Sample);
        Assert.Equal(0, (await Json(await after.Client().GetAsync("/api/search?q=" + Uri.EscapeDataString("超标排放")))).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Filters_apply()
    {
        using var api = new TestApi(now: "2025-05-01 12:00", shell: null, index: SearchSamples.Sample);
        var json = await Json(await api.Client().GetAsync("/api/search?q=" + Uri.EscapeDataString("宜昌市") + "&body=yc-eco"));
        Assert.Equal(1, json.GetProperty("total").GetInt32());
        Assert.Equal("yc-eco", json.GetProperty("hits")[0].GetProperty("bodySlug").GetString());
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=x", "page")]
    [InlineData("size=1000", "size")]
    [InlineData("year=20x5", "year")]
    [InlineData("sort=random", "sort")]
    public async Task Bad_parameters_answer_400_problem_details_naming_them(string query, string name)
    {
        using var api = new TestApi(now: SearchSamples.Noon, shell: null, index: SearchSamples.Sample);
        var response = await api.Client().GetAsync("/api/search?q=a&" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = await Json(response);
        Assert.Contains("参数 " + name, json.GetProperty("errors").GetProperty(name)[0].GetString());
        Assert.Equal("搜索参数有误", json.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("title:超市 AND (食品")]
    [InlineData("*")]
    [InlineData("超市*")]
    [InlineData("[2025 TO 2026]")]
    [InlineData("~!@#$%^&*()_+{}|:<>?")]
    [InlineData("\\")]
    public async Task Query_syntax_a_person_might_type_is_answered(string q)
    {
        using var api = new TestApi(now: SearchSamples.Noon, shell: null, index: SearchSamples.Sample);
        var response = await api.Client().GetAsync("/api/search?q=" + Uri.EscapeDataString(q));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Five_thousand_characters_answer_400_with_a_reason()
    {
        using var api = new TestApi(now: SearchSamples.Noon, shell: null, index: SearchSamples.Sample);
        var response = await api.Client().GetAsync("/api/search?q=" + Uri.EscapeDataString(new string('罚', 5000)));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("太长", (await Json(response)).GetProperty("errors").GetProperty("q")[0].GetString());
    }

    [Fact]
    public async Task Without_an_index_health_is_ok_and_search_answers_503_in_Chinese()
    {
        using var api = new TestApi(now: SearchSamples.Noon, shell: null);
        Assert.Equal(HttpStatusCode.OK, (await api.Client().GetAsync("/api/health")).StatusCode);
        var response = await api.Client().GetAsync("/api/search?q=a");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("服务暂不可用", (await Json(response)).GetProperty("title").GetString());
        var page = await api.Client().GetAsync("/api/search/page?q=a");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("搜索暂时不可用", await page.Content.ReadAsStringAsync());
    }
}
