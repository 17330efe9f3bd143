using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enforcement.Search;

namespace Enforcement.Api.Tests.Search;

/// <summary>
/// People type what they want done into the search box (查执法证, 信息有误, 复议): the page of the site that does it is
/// linked above the results (synonyms.yml's services), in the JSON and on the page without JavaScript.
/// </summary>
public sealed class ServiceLinkSearchTests
{
    private static readonly SearchWords Words = SearchWords.None with
    {
        Services =
        [
            new ServiceLink(["查执法证", "执法人员是真的吗"], "核验执法人员身份", "/officers/"),
            new ServiceLink(["信息有误", "申请更正"], "申请更正公示信息", "/corrections/"),
        ],
    };

    [Theory]
    [InlineData("查执法证", "/officers/")]
    [InlineData("上门的执法人员是真的吗", "/officers/")]
    [InlineData("公示的信息有误怎么办", "/corrections/")]
    [InlineData("申請更正", "/corrections/")]     // typed in traditional characters
    public async Task Words_that_ask_for_a_page_link_to_it(string query, string url)
    {
        using var api = new TestApi(now: SearchSamples.Noon, index: SearchSamples.Sample, words: Words);
        var json = await api.Client().GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString(query));
        var service = Assert.Single(json.GetProperty("services").EnumerateArray());
        Assert.Equal(url, service.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Other_words_link_to_no_page()
    {
        using var api = new TestApi(now: SearchSamples.Noon, index: SearchSamples.Sample, words: Words);
        var json = await api.Client().GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("过期食品"));
        Assert.Empty(json.GetProperty("services").EnumerateArray());
    }

    [Fact]
    public async Task The_page_without_javascript_links_to_the_page_and_does_not_ask_for_other_words()
    {
        using var api = new TestApi(now: SearchSamples.Noon, index: SearchSamples.Sample, words: Words);
        var response = await api.Client().GetAsync("/api/search/page?q=" + Uri.EscapeDataString("查执法证"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ReadAsync(response);
        var link = page.QuerySelector(".search-services a")!;
        Assert.Equal("/officers/", link.GetAttribute("href"));
        Assert.Equal("核验执法人员身份", link.TextContent);
        // Nothing matched the words in the decisions, but the box answered them.
        Assert.DoesNotContain("请换个说法", page.QuerySelector(".search-empty")!.TextContent);
    }
}
