using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Enforcement.Api.Tests.Search;

/// <summary>
/// Someone holding the paper copy of a decision types its 文书号. One since revoked is not in the search (it came down):
/// a box above the results says when, and links the notice that says why. One the search does not know (mistyped, or
/// its publicity ended) is not answered with 请换个说法…或文书号, which is what they did.
/// </summary>
public sealed class DecisionNumberSearchTests
{
    [Theory]
    [InlineData(TestApi.WithdrawnDecision)]
    [InlineData("宜市监处罚(2024)7号")]                 // brackets as a phone keyboard types them
    [InlineData("宜市监处罚〔2024〕第7号")]
    [InlineData("宜市监处罚2024-7")]
    [InlineData("宜春市监处罚〔2024〕7号")]              // the place written out
    [InlineData("文书号：宜市监处罚〔2024〕7号")]        // copied with its label
    [InlineData("宜市监处罚〔2024〕7号 撤销")]
    public async Task A_withdrawn_decisions_number_says_it_came_down_and_links_its_notice(string query)
    {
        using var api = new TestApi(now: SearchSamples.Noon, index: SearchSamples.Sample);
        var json = await api.Client().GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString(query));

        var withdrawn = json.GetProperty("withdrawn");
        Assert.Equal(TestApi.WithdrawnDecision, withdrawn.GetProperty("number").GetString());
        Assert.Equal("/decisions/2024/yichun-7/", withdrawn.GetProperty("url").GetString());
        Assert.Equal("2026-02-10", withdrawn.GetProperty("since").GetString());
    }

    [Theory]
    [InlineData("文书号：宜市监处罚〔2025〕12号")]
    [InlineData("文书号:宜市监处罚〔2025〕12号")]
    [InlineData("文号：宜市监处罚〔2025〕12号")]
    [InlineData("决定书文号：宜市监处罚〔2025〕12号")]
    [InlineData("行政处罚决定书：宜市监处罚〔2025〕12号")]
    [InlineData("文书号：宜市监处罚(2025)12号")]
    public async Task A_decision_in_force_copied_with_its_label_is_found_first_and_no_hint_says_it_may_have_ended(string query)
    {
        // With a colon the label stuck to the number: nothing was found, and the hint said to check the number since
        // decisions past their publicity are no longer found; with a space it had found the decision.
        using var api = new TestApi(now: SearchSamples.Noon, index: SearchSamples.Sample);
        var json = await api.Client().GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString(query));
        Assert.Equal(TestApi.Decision, json.GetProperty("hits")[0].GetProperty("number").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("hint").ValueKind);
    }

    [Theory]
    [InlineData(TestApi.Decision)]          // in force: the search finds it itself
    [InlineData("宜市监处罚〔2024〕8号")]    // no such decision
    [InlineData("2024年7号")]               // no prefix: could be any body's
    [InlineData("过期食品")]
    public async Task Other_queries_name_no_withdrawn_decision(string query)
    {
        using var api = new TestApi(now: SearchSamples.Noon, index: SearchSamples.Sample);
        var json = await api.Client().GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString(query));
        Assert.Equal(JsonValueKind.Null, json.GetProperty("withdrawn").ValueKind);
    }

    [Fact]
    public async Task The_page_without_javascript_shows_the_notice_link_instead_of_asking_for_other_words()
    {
        using var api = new TestApi(now: SearchSamples.Noon, index: SearchSamples.Sample);
        var response = await api.Client().GetAsync("/api/search/page?q=" + Uri.EscapeDataString("宜市监处罚[2024]7号"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ReadAsync(response);

        var box = page.QuerySelector(".search-withdrawn")!;
        Assert.Equal("文书号为 宜市监处罚〔2024〕7号 的行政处罚决定已于 2026年2月10日 停止公示。查看停止公示的说明", box.QuerySelector("p")!.TextContent);
        Assert.Equal("/decisions/2024/yichun-7/", box.QuerySelector("a")!.GetAttribute("href"));
        var empty = page.QuerySelector(".search-empty")!.TextContent;
        Assert.DoesNotContain("请换个说法", empty);
        Assert.Contains("有关的处罚决定或双随机抽查结果。", empty);
    }

    [Theory]
    [InlineData("宜市监处罚〔2019〕5号")]
    [InlineData("文书号：宜市监处罚2019-5")]
    [InlineData("宜市监处罚2019第5号")]
    public async Task A_number_no_public_decision_has_asks_to_check_it_and_says_ended_ones_come_down(string query)
    {
        using var api = new TestApi(now: SearchSamples.Noon, index: SearchSamples.Sample);
        var json = await api.Client().GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString(query));
        Assert.Equal(0, json.GetProperty("total").GetInt32());
        Assert.Equal("请核对文书号。公示期满的处罚决定已停止公示，不能再查到。", json.GetProperty("hint").GetString());

        var page = await Html.ReadAsync(await api.Client().GetAsync("/api/search/page?q=" + Uri.EscapeDataString(query)));
        var empty = page.QuerySelector(".search-empty")!.TextContent;
        Assert.Contains("请核对文书号", empty);
        Assert.DoesNotContain("请换个说法", empty);
    }
}
