using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Enforcement.Api.Tests.Search;

/// <summary>GET /api/search/page: the results page the site's plain form GET is proxied to.</summary>
public sealed class SearchPageTests
{
    private const string Shell = """
        <!DOCTYPE html><html lang="zh-CN"><head><title>{{title}} - 执法公示</title></head>
        <body><header>执法公示</header><main><h1>{{title}}</h1><!--content--></main></body></html>
        """;

    [Fact]
    public async Task Results_are_placed_in_the_sites_frame()
    {
        using var api = new TestApi(now: SearchSamples.Noon, shell: Shell, index: SearchSamples.Sample);
        var response = await api.Client().GetAsync("/api/search/page?q=" + Uri.EscapeDataString("超市"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<title>“超市”的搜索结果 - 执法公示</title>", html);
        Assert.Contains("<header>执法公示</header>", html);
        Assert.Contains("找到 2 条", html);
        Assert.Contains("href=\"/decisions/2025/amr-12/\"", html);
        Assert.Contains("<mark>超市</mark>", html);
        Assert.Contains("宜昌市市场监督管理局", html);
        Assert.Contains("<p class=\"search-hit-penalty\">处罚：罚款 5,000 元</p>", html);
        Assert.DoesNotContain("<!--content-->", html);
    }

    [Fact]
    public async Task A_later_page_numbers_its_results_on_from_the_pages_before()
    {
        using var api = new TestApi(now: SearchSamples.Noon, shell: Shell, index: SearchSamples.Sample);
        var second = await Html.ReadAsync(await api.Client().GetAsync("/api/search/page?size=1&page=2&q=" + Uri.EscapeDataString("超市")));
        Assert.Single(second.QuerySelectorAll(".search-hit"));
        Assert.Equal("2", second.QuerySelector("ol.search-results")!.GetAttribute("start"));
        var first = await Html.ReadAsync(await api.Client().GetAsync("/api/search/page?size=1&q=" + Uri.EscapeDataString("超市")));
        Assert.False(first.QuerySelector("ol.search-results")!.HasAttribute("start"));
    }

    [Fact]
    public async Task The_page_says_how_a_search_may_be_worded_as_the_sites_search_page_does()
    {
        using var api = new TestApi(now: SearchSamples.Noon, shell: Shell, index: SearchSamples.Sample);
        var page = await Html.ReadAsync(await api.Client().GetAsync("/api/search/page?q=" + Uri.EscapeDataString("超市")));
        Assert.StartsWith("可以用平常的说法（过期、假货", page.Text("form #search-hint"));
        Assert.Equal("search-hint", page.QuerySelector("input#q")!.GetAttribute("aria-describedby"));
    }

    [Fact]
    public async Task Text_from_decisions_and_from_the_query_is_escaped()
    {
        using var api = new TestApi(now: SearchSamples.Noon, shell: Shell, index: SearchSamples.Sample);
        var html = await (await api.Client().GetAsync("/api/search/page?q=" + Uri.EscapeDataString("<script>alert(2)</script> 许可证"))).Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public async Task Words_asking_for_the_largest_penalties_are_an_order_and_the_page_says_so()
    {
        using var api = new TestApi(now: SearchSamples.Noon, shell: Shell, index: SearchSamples.Sample);
        var page = await Html.ReadAsync(await api.Client().GetAsync("/api/search/page?q=" + Uri.EscapeDataString("罚款最多的超市")));
        Assert.Equal("已按罚没金额从多到少排列。", page.QuerySelector(".search-sorted")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll(".search-hit").Length);
        var json = await api.Client().GetFromJsonAsync<System.Text.Json.JsonElement>("/api/search?q=" + Uri.EscapeDataString("罚款最多的超市"));
        Assert.Equal("amount", json.GetProperty("sort").GetString());
        // Chosen in the form, the order needs no note.
        var chosen = await Html.ReadAsync(await api.Client().GetAsync("/api/search/page?sort=amount&q=" + Uri.EscapeDataString("超市")));
        Assert.Null(chosen.QuerySelector(".search-sorted"));
    }

    [Fact]
    public async Task Nothing_found_says_so()
    {
        using var api = new TestApi(now: SearchSamples.Noon, shell: Shell, index: SearchSamples.Sample);
        var q = Uri.EscapeDataString("不存在的词语");
        async Task<string> Page(string kind) => await (await api.Client().GetAsync($"/api/search/page?q={q}{kind}")).Content.ReadAsStringAsync();
        // The count names what was searched: both kinds, only decisions, or only 双随机 results.
        Assert.Contains("没有找到与“不存在的词语”有关的结果", await Page(""));
        Assert.Contains("没有找到与“不存在的词语”有关的处罚决定", await Page("&kind=decision"));
        Assert.Contains("没有找到与“不存在的词语”有关的双随机抽查结果", await Page("&kind=inspection"));
        // Fewer filters are suggested only to someone who set one; otherwise, the kinds of words that find decisions.
        Assert.DoesNotContain("减少筛选条件", await Page(""));
        Assert.Contains("请换个说法，如企业名称、违法行为", await Page(""));
        Assert.Contains("减少筛选条件", await Page("&kind=decision"));
        Assert.Contains("减少筛选条件", await Page("&year=2025"));
    }

    [Fact]
    public async Task A_persons_name_that_finds_nothing_is_told_why_and_what_to_search_instead()
    {
        using var api = new TestApi(now: SearchSamples.Noon, shell: Shell, index: SearchSamples.Sample);
        // Someone looking for their own decision by name: published as 漆某某, no words would find it.
        foreach (var typed in (string[])["漆国平", "况 金 凤", "欧阳建华"])
        {
            var q = Uri.EscapeDataString(typed);
            var page = await (await api.Client().GetAsync($"/api/search/page?q={q}")).Content.ReadAsStringAsync();
            Assert.Contains("不能按姓名查找", page);
            Assert.DoesNotContain("请换个说法", page);
            var json = await api.Client().GetFromJsonAsync<JsonElement>($"/api/search?q={q}");
            Assert.Equal(0, json.GetProperty("total").GetInt32());
            Assert.Contains("王某某", json.GetProperty("hint").GetString());
        }
        // Other words, or a filter set, keep their own hints.
        var other = await api.Client().GetFromJsonAsync<JsonElement>($"/api/search?q={Uri.EscapeDataString("不存在的词语")}");
        Assert.Equal(JsonValueKind.Null, other.GetProperty("hint").ValueKind);
        var filtered = await api.Client().GetFromJsonAsync<JsonElement>($"/api/search?q={Uri.EscapeDataString("漆国平")}&year=2025");
        Assert.Equal(JsonValueKind.Null, filtered.GetProperty("hint").ValueKind);
    }

    [Fact]
    public async Task Words_asking_for_the_newest_are_an_order_the_page_names()
    {
        using var api = new TestApi(now: SearchSamples.Noon, shell: Shell, index: SearchSamples.Sample);
        var page = await Html.ReadAsync(await api.Client().GetAsync("/api/search/page?q=" + Uri.EscapeDataString("最近的处罚")));
        Assert.Equal("已按公示日期从新到旧排列。", page.QuerySelector(".search-sorted")?.TextContent);
        Assert.NotEmpty(page.QuerySelectorAll(".search-hit"));
        var chosen = await Html.ReadAsync(await api.Client().GetAsync("/api/search/page?sort=date&q=" + Uri.EscapeDataString("最近的处罚")));
        Assert.Null(chosen.QuerySelector(".search-sorted"));
    }

    [Fact]
    public async Task Bad_parameters_are_explained_on_the_page_in_a_persons_words()
    {
        using var api = new TestApi(now: SearchSamples.Noon, shell: null, index: SearchSamples.Sample);
        var response = await api.Client().GetAsync("/api/search/page?q=a&page=0");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var alert = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector(".search-error")?.TextContent ?? "";
        Assert.Contains("页码", alert);
        // The parameter's name is for scripts (the JSON keeps it), not for the person reading the page.
        Assert.DoesNotContain("参数", alert);
    }

    [Fact]
    public async Task The_page_keeps_the_kind_asked_for_so_the_next_search_from_it_keeps_it_too()
    {
        using var api = new TestApi(now: SearchSamples.Noon, index: SearchSamples.Sample);
        var html = await (await api.Client().GetAsync("/api/search/page?q=" + Uri.EscapeDataString("超市") + "&kind=decision")).Content.ReadAsStringAsync();
        var kind = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("form.search-form select[name=kind]");
        Assert.NotNull(kind);
        Assert.Equal(["", "decision", "inspection"], kind.QuerySelectorAll("option").Select(o => o.GetAttribute("value")));
        Assert.Equal("decision", kind.QuerySelector("option[selected]")?.GetAttribute("value"));
        // Without JavaScript a changed filter applies when the form is sent: a button beside the filters does it.
        Assert.Equal("按条件筛选", new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector(".search-filters button[type=submit]")?.TextContent);
        // Filters in force show open and are counted; without any they are folded, so a phone shows results first.
        var more = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("details.search-more")!;
        Assert.True(more.HasAttribute("open"));
        Assert.Equal("筛选和排序（已选 1 项）", more.QuerySelector("summary")!.TextContent);
        var plain = await (await api.Client().GetAsync("/api/search/page?q=" + Uri.EscapeDataString("超市"))).Content.ReadAsStringAsync();
        Assert.False(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(plain).QuerySelector("details.search-more")!.HasAttribute("open"));
    }

    [Fact]
    public async Task Without_the_shell_a_plain_page_is_served_and_pages_link_to_each_other()
    {
        var many = Enumerable.Range(1, 12).Select(i => SearchSamples.Decision($"d{i}", $"超市第{i}案", "当事人。", $"宜市监处罚〔2025〕{100 + i}号"));
        using var api = new TestApi(now: SearchSamples.Noon, shell: null, index: many);
        var html = await (await api.Client().GetAsync("/api/search/page?q=" + Uri.EscapeDataString("超市") + "&sort=date")).Content.ReadAsStringAsync();
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<h1>“超市”的搜索结果</h1>", html);
        Assert.Contains("第 1 页，共 2 页", html);
        Assert.Contains("href=\"/search/?q=%E8%B6%85%E5%B8%82&amp;sort=date&amp;page=2\"", html);
        Assert.Contains("<option value=\"date\" selected>", html);
        // Filtered with no words: the next page keeps q= (empty), which is what sends /search/ to this page, not the form.
        var filtered = await (await api.Client().GetAsync("/api/search/page?q=&year=2025&sort=date")).Content.ReadAsStringAsync();
        Assert.Contains("第 1 页，共 2 页", filtered);
        Assert.Contains("href=\"/search/?q=&amp;year=2025&amp;sort=date&amp;page=2\"", filtered);
    }

    [Fact]
    public async Task Quoted_words_that_find_nothing_are_offered_without_their_quotes_saying_so()
    {
        using var api = new TestApi(now: SearchSamples.Noon, shell: null, index: SearchSamples.Sample);
        var html = await (await api.Client().GetAsync("/api/search/page?q=" + Uri.EscapeDataString("“超市 过期”"))).Content.ReadAsStringAsync();
        var offer = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector(".search-did-you-mean");
        Assert.NotNull(offer);
        Assert.StartsWith("没有完全一致的结果，去掉引号再搜：", offer.TextContent);
        Assert.Equal("超市 过期", offer.QuerySelector("a")?.TextContent);
    }

    [Fact]
    public async Task The_smallest_fines_first_is_a_sort_of_the_menu_and_of_the_words()
    {
        using var api = new TestApi(now: SearchSamples.Noon, shell: null, index: SearchSamples.Sample);
        var html = await (await api.Client().GetAsync("/api/search/page?q=" + Uri.EscapeDataString("罚款最少的超市"))).Content.ReadAsStringAsync();
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.Contains(doc.QuerySelectorAll("select[name=sort] option"), o => o.GetAttribute("value") == "amount-asc" && o.TextContent == "按罚没金额（少的在前）");
        Assert.Contains(doc.QuerySelectorAll(".search-sorted"), p => p.TextContent.StartsWith("已按罚没金额从少到多排列", StringComparison.Ordinal));
        var json = await api.Client().GetFromJsonAsync<System.Text.Json.JsonElement>("/api/search?sort=amount-asc&q=" + Uri.EscapeDataString("超市"));
        Assert.Equal("amount-asc", json.GetProperty("sort").GetString());
    }

    [Fact]
    public async Task Results_past_the_last_page_that_can_be_turned_to_say_so()
    {
        var many = Enumerable.Range(1, 101).Select(i => SearchSamples.Decision($"amr-{i}", $"超市销售过期食品案{i}", "当事人销售过期食品。", $"宜市监处罚〔2025〕{i}号")).ToArray();
        using var api = new TestApi(now: SearchSamples.Noon, shell: null, index: many);
        var summary = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            await (await api.Client().GetAsync("/api/search/page?size=1&q=" + Uri.EscapeDataString("超市"))).Content.ReadAsStringAsync()).QuerySelector(".search-summary")!.TextContent;
        Assert.Contains("共 101 页", summary);
        Assert.Contains("可翻看前 100 页", summary);
    }

    [Fact]
    public async Task A_page_past_the_last_shows_the_last_page_and_says_so()
    {
        var many = Enumerable.Range(1, 12).Select(i => SearchSamples.Decision($"d{i}", $"超市第{i}案", "当事人。", $"宜市监处罚〔2025〕{100 + i}号"));
        using var api = new TestApi(now: SearchSamples.Noon, shell: null, index: many);
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            await (await api.Client().GetAsync("/api/search/page?sort=date&page=99&q=" + Uri.EscapeDataString("超市"))).Content.ReadAsStringAsync());
        Assert.StartsWith("没有第 99 页，下面是最后一页。找到 12 条", doc.QuerySelector(".search-summary")!.TextContent);
        Assert.Contains("第 2 页，共 2 页", doc.QuerySelector(".search-summary")!.TextContent);
        Assert.Equal(2, doc.QuerySelectorAll(".search-hit").Length);
        Assert.NotNull(doc.QuerySelector("a[rel=prev][href$='sort=date']"));
    }
}
