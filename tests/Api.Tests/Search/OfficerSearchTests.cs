using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Enforcement.Api.Tests.Search;

/// <summary>
/// Someone checking who inspected them types the officer's name or 执法证号 into the decision search: the officer
/// is shown above the results, with their standing today and their page.
/// </summary>
public sealed class OfficerSearchTests
{
    [Theory]
    [InlineData("李明")]
    [InlineData("李 明")]                        // spaced, as a card prints it
    [InlineData("执法证号：" + TestApi.Certificate)]
    public async Task An_officers_name_or_certificate_shows_the_officer_above_the_results(string query)
    {
        using var api = new TestApi(now: SearchSamples.Noon, index: SearchSamples.Sample);
        var json = await api.Client().GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString(query));

        var officer = Assert.Single(json.GetProperty("officers").EnumerateArray());
        Assert.Equal("李明", officer.GetProperty("name").GetString());
        Assert.Equal(TestApi.Certificate, officer.GetProperty("certificate").GetString());
        Assert.Equal("有效", officer.GetProperty("standing").GetString());
        Assert.Equal($"/officers/{TestApi.Certificate}/", officer.GetProperty("url").GetString());
    }

    [Fact]
    public async Task A_suspended_officer_is_shown_as_such_and_part_of_a_name_names_nobody()
    {
        using var api = new TestApi(now: SearchSamples.Noon, index: SearchSamples.Sample);
        var suspended = await api.Client().GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("王芳"));
        Assert.Equal("暂停执法", suspended.GetProperty("officers")[0].GetProperty("standing").GetString());
        Assert.Contains("不得用于执法", suspended.GetProperty("officers")[0].GetProperty("advice").GetString());
        Assert.Equal("0795-1234567", suspended.GetProperty("officers")[0].GetProperty("phone").GetString());
        Assert.Equal("tel:0795-1234567", suspended.GetProperty("officers")[0].GetProperty("tel").GetString());
        var part = await api.Client().GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("李"));
        Assert.Empty(part.GetProperty("officers").EnumerateArray());
    }

    [Fact]
    public async Task The_page_without_javascript_shows_the_officer_with_a_link_to_their_page()
    {
        using var api = new TestApi(now: SearchSamples.Noon, index: SearchSamples.Sample);
        var response = await api.Client().GetAsync("/api/search/page?q=" + Uri.EscapeDataString(TestApi.Certificate));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ReadAsync(response);
        var box = page.QuerySelector(".search-officers")!;
        Assert.Equal($"/officers/{TestApi.Certificate}/", box.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("执法证状态：有效", box.TextContent);
        Assert.Null(box.QuerySelector(".search-officer-warning"));
        // The box answered: the line under it does not tell the person to change their words, nor that no result was found
        // (the officer above is one); it names what is not found.
        Assert.DoesNotContain("请换个关键词", page.QuerySelector(".search-empty")!.TextContent);
        Assert.Contains("有关的处罚决定或双随机抽查结果。", page.QuerySelector(".search-empty")!.TextContent);
    }

    [Fact]
    public async Task A_name_heard_not_read_finds_the_officers_whose_names_sound_the_same()
    {
        using var api = new TestApi(now: SearchSamples.Noon, index: SearchSamples.Sample);
        // 李鸣 is read li ming, as 李明 is; 李敏 (li min) is another name.
        var json = await api.Client().GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("李鸣"));
        var officer = Assert.Single(json.GetProperty("officers").EnumerateArray());
        Assert.Equal("李明", officer.GetProperty("name").GetString());
        Assert.True(officer.GetProperty("soundsAlike").GetBoolean());
        Assert.Empty((await api.Client().GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("李敏"))).GetProperty("officers").EnumerateArray());

        var page = await Html.ReadAsync(await api.Client().GetAsync("/api/search/page?q=" + Uri.EscapeDataString("李鸣")));
        var box = page.QuerySelector(".search-officers")!;
        Assert.Equal("读音相同的执法人员", box.QuerySelector("h2")!.TextContent);
        Assert.Contains("没有姓名为“李鸣”的执法人员", box.TextContent);
        // The exact name is not flagged.
        var exact = await api.Client().GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("李明"));
        Assert.False(exact.GetProperty("officers")[0].GetProperty("soundsAlike").GetBoolean());
    }

    [Fact]
    public async Task A_suspended_officer_on_the_page_comes_with_what_to_do_while_they_are_at_the_door()
    {
        using var api = new TestApi(now: SearchSamples.Noon, index: SearchSamples.Sample);
        var page = await Html.ReadAsync(await api.Client().GetAsync("/api/search/page?q=" + Uri.EscapeDataString("王芳")));
        var warning = page.QuerySelector(".search-officers .search-officer-warning")!.TextContent;
        Assert.Contains("不得用于执法", warning);
        // The number to call while the person is at the door, a tap away.
        Assert.Equal("tel:0795-1234567", page.QuerySelector(".search-officer-warning a")!.GetAttribute("href"));
    }
}
