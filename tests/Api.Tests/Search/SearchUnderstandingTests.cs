using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Enforcement.Content;
using Enforcement.Redaction;
using Enforcement.Api.Search;
using Enforcement.Search;

using Enforcement.Api.Tests.Harness;

namespace Enforcement.Api.Tests.Search;

/// <summary>Relaxed results, 您是不是要找 and suggestions, as the JSON, the results page and search.js meet them.</summary>
public sealed class SearchUnderstandingTests
{
    private static readonly SearchWords Words = new(
        [new SynonymGroup(["过期"], ["超过保质期"])], Filler: ["我想查一下", "的案子"], Places: ["宜昌市"], Suffixes: ["有限公司"]);

    private static readonly PublicDecision[] Decisions =
    [
        .. SearchSamples.Sample,
        SearchSamples.Decision("amr-40", "宜昌市兴旺水果店不按规定明码标价案", "当事人销售水果未标明价格。", "宜市监处罚〔2025〕40号",
            party: "宜昌市兴旺水果店", partyKind: PartyKind.IndividualBusiness),
        SearchSamples.Decision("amr-41", "王某某销售过期食品案", "当事人王某某在集市销售超过保质期的食品。", "宜市监处罚〔2025〕41号",
            party: "王某某", partyKind: PartyKind.NaturalPerson),
    ];

    private static async Task<JsonElement> GetJsonAsync(TestApi api, string url)
    {
        var response = await api.Client().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public void Results_found_with_a_word_left_out_say_so_not_that_words_were_read_apart()
    {
        // 大超市 lists the supermarkets with 大 left out: 不要求词语连在一起 told of words apart where none were.
        var big = new SearchResults(3, 1, 10, []) { Relaxation = Relaxation.Apart, Dropped = ["大"] };
        Assert.Equal("没有与“大超市”完全一致的结果。以下是去掉了部分词语后找到的结果（未使用：大），可能与您要找的不完全相符。",
            SearchWording.RelaxedLabel(big, "大超市"));
        var apart = new SearchResults(3, 1, 10, []) { Relaxation = Relaxation.Apart };
        Assert.Contains("不要求词语连在一起后", SearchWording.RelaxedLabel(apart, "樟树明珠超市"));
    }

    [Fact]
    public async Task Synonyms_find_the_legal_wording_as_an_exact_match()
    {
        using var api = new TestApi(now: SearchSamples.Noon, index: Decisions, words: Words);
        var json = await GetJsonAsync(api, "/api/search?q=" + Uri.EscapeDataString("过期"));
        Assert.False(json.GetProperty("relaxed").GetBoolean());
        Assert.Contains(json.GetProperty("hits").EnumerateArray(), h => h.GetProperty("url").GetString() == "/decisions/2025/amr-12/");
    }

    [Fact]
    public async Task Results_found_only_by_dropping_words_are_marked_relaxed_with_the_dropped_words()
    {
        using var api = new TestApi(now: SearchSamples.Noon, index: Decisions, words: Words);
        // The shop is no 有限公司: found without that word, which is said.
        var json = await GetJsonAsync(api, "/api/search?q=" + Uri.EscapeDataString("我想查一下宜昌市兴旺水果店有限公司的案子"));
        Assert.True(json.GetProperty("relaxed").GetBoolean());
        Assert.Equal(["我想查一下", "宜昌市", "有限公司", "的案子"], json.GetProperty("dropped").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("/decisions/2025/amr-40/", json.GetProperty("hits")[0].GetProperty("url").GetString());
    }

    [Fact]
    public async Task Results_found_by_leaving_out_filler_alone_are_what_was_asked_for_not_relaxed()
    {
        using var api = new TestApi(now: SearchSamples.Noon, index: Decisions, words: Words);
        var json = await GetJsonAsync(api, "/api/search?q=" + Uri.EscapeDataString("我想查一下兴旺水果店的案子"));
        Assert.False(json.GetProperty("relaxed").GetBoolean());
        Assert.Equal("/decisions/2025/amr-40/", json.GetProperty("hits")[0].GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("外卖", null)]                 // not 外 alone: every decision ends 法律另有规定的除外
    [InlineData("卖药的", "amr-52")]           // 药 alone does say what was meant
    [InlineData("卖过期食品", "amr-51")]
    [InlineData("小卖部", null)]              // one word, not 小 and 部 (the pharmacy's text has both)
    public async Task Dropping_a_one_character_filler_never_leaves_stray_characters_to_search_for(string q, string? found)
    {
        const string Closing = "如不服本决定，可以依法申请行政复议或者提起行政诉讼，本决定不停止执行，法律另有规定的除外。";
        using var api = new TestApi(now: SearchSamples.Noon, words: Words with { Filler = ["卖", "的"] }, index:
        [
            SearchSamples.Decision("amr-50", "宜昌市足下鞋店销售侵犯注册商标专用权商品案", "当事人购进假冒运动鞋。" + Closing, "宜市监处罚〔2025〕50号"),
            SearchSamples.Decision("amr-51", "宜昌市甜心蛋糕店销售过期食品案", "当事人在店内销售超过保质期的蛋糕。" + Closing, "宜市监处罚〔2025〕51号"),
            SearchSamples.Decision("amr-52", "宜昌市康泰大药房销售劣药案", "当事人在小柜台销售的药品经检验为劣药，已全部下架。" + Closing, "宜市监处罚〔2025〕52号"),
        ]);
        var json = await GetJsonAsync(api, "/api/search?q=" + Uri.EscapeDataString(q));
        Assert.Equal(found is null ? [] : [$"/decisions/2025/{found}/"],
            json.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("url").GetString()));
    }

    [Fact]
    public async Task A_complaint_around_a_word_the_search_knows_finds_the_cases_of_that_word_marked_as_such()
    {
        using var api = new TestApi(now: SearchSamples.Noon, index: Decisions, words: Words);
        var json = await GetJsonAsync(api, "/api/search?q=" + Uri.EscapeDataString("过期还不给退钱"));
        Assert.Equal("only-understood", json.GetProperty("relaxation").GetString());
        Assert.Equal(["还不给退钱"], json.GetProperty("dropped").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains(json.GetProperty("hits").EnumerateArray(), h => h.GetProperty("url").GetString() == "/decisions/2025/amr-12/");

        // No word understood but a shop's name: that shop's decisions, the rest of the words said to be left out.
        var shop = await GetJsonAsync(api, "/api/search?q=" + Uri.EscapeDataString("兴旺水果店还不给退钱"));
        Assert.Equal("names-only", shop.GetProperty("relaxation").GetString());
        Assert.Equal(["还不给退钱"], shop.GetProperty("dropped").EnumerateArray().Select(e => e.GetString()));
        Assert.All(shop.GetProperty("hits").EnumerateArray(), h => Assert.Contains("兴旺水果店", h.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task A_pinyin_slip_in_a_shop_name_is_answered_with_did_you_mean()
    {
        using var api = new TestApi(now: SearchSamples.Noon, index: Decisions, words: Words);
        var json = await GetJsonAsync(api, "/api/search?q=" + Uri.EscapeDataString("兴望水果店"));
        Assert.Equal(0, json.GetProperty("total").GetInt32());
        var dym = json.GetProperty("didYouMean");
        Assert.Equal("兴旺水果店", dym.GetProperty("q").GetString());
        Assert.Equal("/search/?q=" + Uri.EscapeDataString("兴旺水果店"), dym.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Words_quoted_out_of_habit_that_find_nothing_are_offered_without_the_quotes()
    {
        using var api = new TestApi(now: SearchSamples.Noon, index: Decisions, words: Words);
        var json = await GetJsonAsync(api, "/api/search?q=" + Uri.EscapeDataString("“集市 过期”"));
        Assert.Equal(0, json.GetProperty("total").GetInt32());
        Assert.Equal("集市 过期", json.GetProperty("didYouMean").GetProperty("q").GetString());
        var offered = await GetJsonAsync(api, "/api/search?q=" + Uri.EscapeDataString("集市 过期"));
        Assert.Contains(offered.GetProperty("hits").EnumerateArray(), h => h.GetProperty("url").GetString() == "/decisions/2025/amr-41/");

        // Quotes that find something are taken as meant.
        var exact = await GetJsonAsync(api, "/api/search?q=" + Uri.EscapeDataString("“保质期”"));
        Assert.True(exact.GetProperty("total").GetInt32() > 0);
        Assert.False(exact.TryGetProperty("didYouMean", out var none) && none.ValueKind != JsonValueKind.Null);
    }

    [Theory]
    [InlineData("“集市 过期”")]
    [InlineData("\"集市 过期\"")]
    [InlineData("「集市 过期」")]
    public async Task A_query_typed_in_quotes_is_named_in_its_own_quotes_not_in_a_second_pair(string typed)
    {
        using var api = new TestApi(now: SearchSamples.Noon, index: Decisions, words: Words);
        var html = await (await api.Client().GetAsync("/api/search/page?q=" + Uri.EscapeDataString(typed))).Content.ReadAsStringAsync();
        var page = new HtmlParser().ParseDocument(html);
        Assert.Equal(typed + "的搜索结果", page.QuerySelector("h1")?.TextContent);
        Assert.Contains("没有找到与" + typed + "有关的", page.QuerySelector(".search-empty")?.TextContent);
        Assert.DoesNotContain("““", html);

        var unquoted = new HtmlParser().ParseDocument(await (await api.Client().GetAsync("/api/search/page?q=" + Uri.EscapeDataString("集市 过期"))).Content.ReadAsStringAsync());
        Assert.Equal("“集市 过期”的搜索结果", unquoted.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task The_results_page_labels_relaxed_results_so_nobody_takes_them_for_exact_matches()
    {
        using var api = new TestApi(now: SearchSamples.Noon, index: Decisions, words: Words);
        var html = await (await api.Client().GetAsync("/api/search/page?q=" + Uri.EscapeDataString("我想查一下宜昌市兴旺水果店有限公司的案子"))).Content.ReadAsStringAsync();
        var page = new HtmlParser().ParseDocument(html);
        var label = page.QuerySelector(".search-relaxed")?.TextContent ?? "";
        Assert.Contains("没有与“我想查一下宜昌市兴旺水果店有限公司的案子”完全一致的结果", label);
        Assert.Contains("有限公司", label);
        Assert.Single(page.QuerySelectorAll(".search-hit"));
    }

    [Fact]
    public async Task The_results_page_offers_did_you_mean_as_a_link_without_javascript()
    {
        using var api = new TestApi(now: SearchSamples.Noon, index: Decisions, words: Words);
        var page = new HtmlParser().ParseDocument(await (await api.Client().GetAsync("/api/search/page?q=" + Uri.EscapeDataString("兴望水果店"))).Content.ReadAsStringAsync());
        var link = page.QuerySelector(".search-did-you-mean a");
        Assert.NotNull(link);
        Assert.Equal("兴旺水果店", link.TextContent);
        Assert.Equal("/search/?q=" + Uri.EscapeDataString("兴旺水果店"), link.GetAttribute("href"));
        Assert.StartsWith("您是不是要找", page.QuerySelector(".search-did-you-mean")!.TextContent);
    }

    [Fact]
    public async Task Suggestions_complete_public_names_and_follow_a_misspelt_one()
    {
        using var api = new TestApi(now: SearchSamples.Noon, index: Decisions, words: Words);
        var exact = await GetJsonAsync(api, "/api/search/suggest?q=" + Uri.EscapeDataString("兴旺"));
        var first = exact.GetProperty("suggestions")[0];
        Assert.Equal("宜昌市兴旺水果店", first.GetProperty("text").GetString());
        Assert.Equal("party", first.GetProperty("kind").GetString());
        Assert.Equal("/decisions/2025/amr-40/", first.GetProperty("url").GetString());

        var misspelt = await GetJsonAsync(api, "/api/search/suggest?q=" + Uri.EscapeDataString("兴望"));
        Assert.Contains(misspelt.GetProperty("suggestions").EnumerateArray(), s => s.GetProperty("text").GetString() == "宜昌市兴旺水果店");
    }

    [Theory]
    [InlineData("王")]          // a natural person, even masked
    [InlineData("王某某")]
    [InlineData("华昌")]        // a party whose only decision has ended
    public async Task Suggestions_never_offer_a_natural_person_or_a_decision_no_longer_public(string typed)
    {
        using var api = new TestApi(now: SearchSamples.Noon, index: Decisions, words: Words);
        var json = await GetJsonAsync(api, "/api/search/suggest?q=" + Uri.EscapeDataString(typed));
        Assert.DoesNotContain(json.GetProperty("suggestions").EnumerateArray(), s =>
            s.GetProperty("text").GetString()!.Contains("王某某", StringComparison.Ordinal) || s.GetProperty("text").GetString()!.Contains("华昌", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Suggest_rejects_long_input_with_a_reason_and_answers_503_without_an_index()
    {
        using (var api = new TestApi(now: SearchSamples.Noon, index: Decisions, words: Words))
        {
            var response = await api.Client().GetAsync("/api/search/suggest?q=" + new string('店', 60));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("参数 q", await response.Content.ReadAsStringAsync());
        }
        using var none = new TestApi(now: SearchSamples.Noon);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await none.Client().GetAsync("/api/search/suggest?q=a")).StatusCode);
    }
}
