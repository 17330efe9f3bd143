using Enforcement.Content;
using Enforcement.Publicity;
using Enforcement.Search;
using static Enforcement.Core.Tests.Search.SearchTestData;

namespace Enforcement.Core.Tests.Search;

public sealed class DecisionSearcherTests
{
    private static List<string> Slugs(SearchResults r) => r.Hits.Select(h => h.Url.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1]).ToList();

    [Fact]
    public void A_decision_disappears_on_the_day_its_publicity_ends_even_from_an_older_index()
    {
        using var index = new TempIndex([
            Decision("ending", title: "超市销售过期食品案", publicUntil: new DateOnly(2025, 6, 1)),
            Decision("lasting", title: "超市未查验进货案", publicUntil: new DateOnly(2028, 1, 1)),
        ]);
        using (var before = index.Open(FixedTime.ChinaDate(2025, 5, 31)))
            Assert.Equal(["ending", "lasting"], Slugs(before.Search(new SearchRequest("超市"))).Order());
        using (var on = index.Open(FixedTime.ChinaDate(2025, 6, 1)))
        {
            var results = on.Search(new SearchRequest("超市"));
            Assert.Equal(["lasting"], Slugs(results));
            Assert.Equal(1, results.Total);
            Assert.Empty(on.Search(new SearchRequest("过期食品")).Hits);
        }
    }

    [Fact]
    public void A_searcher_kept_open_past_midnight_hides_what_ended_whatever_kind_the_query_asks_for()
    {
        // The API keeps one searcher for days; the bit sets of what is public are cached per day and per kind.
        using var index = new TempIndex([
            Decision("ending", title: "超市销售过期食品案", publicUntil: new DateOnly(2025, 6, 1)),
            Decision("lasting", title: "超市未查验进货案", publicUntil: new DateOnly(2028, 1, 1)),
        ]);
        var clock = new MovableTime(FixedTime.ChinaDate(2025, 5, 31).GetUtcNow());
        using var searcher = index.Open(clock);
        // 罚款 in a query asks for decisions only (no 双随机 result is fined); the other two ask for either kind or say which.
        SearchRequest[] requests = [new("超市"), new("超市 罚款"), new("超市") { Kind = SearchKinds.Decision }];
        foreach (var request in requests)
            Assert.Equal(["ending", "lasting"], Slugs(searcher.Search(request)).Order());
        clock.Now = clock.Now.AddDays(1);
        foreach (var request in requests)
            Assert.Equal(["lasting"], Slugs(searcher.Search(request)));
    }

    private sealed class MovableTime(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void Publicity_is_judged_by_the_date_in_China_not_in_UTC()
    {
        using var index = new TempIndex([Decision("ending", title: "超市案", publicUntil: new DateOnly(2025, 6, 1))]);
        // 2025-05-31 16:30 UTC is already 1 June in Beijing.
        using var searcher = index.Open(new FixedTime(new DateTimeOffset(2025, 5, 31, 16, 30, 0, TimeSpan.Zero)));
        Assert.Empty(searcher.Search(new SearchRequest("超市")).Hits);
    }

    [Fact]
    public void Withdrawn_and_not_yet_published_decisions_are_not_indexed()
    {
        using var index = new TempIndex([
            Decision("public", title: "超市甲案"),
            Decision("withdrawn", title: "超市乙案", state: PublicityState.Withdrawn),
            Decision("not-yet", title: "超市丙案", state: PublicityState.NotYet),
            Decision("ended", title: "超市丁案", state: PublicityState.Ended),
        ]);
        using var searcher = index.Open();
        Assert.Equal(1, searcher.IndexedCount);
        Assert.Equal(["public"], Slugs(searcher.Search(new SearchRequest("超市"))));
    }

    [Fact]
    public void Filters_narrow_by_body_category_year_and_penalty_kind()
    {
        using var index = new TempIndex([
            Decision("a", title: "超市案甲", body: "yc-amr", category: "食品安全", published: new DateOnly(2025, 3, 1), penalties: [new Penalty("警告", null)]),
            Decision("b", title: "超市案乙", body: "yc-eco", category: "水污染防治", published: new DateOnly(2025, 4, 1), penalties: [new Penalty("罚款", 5000m)]),
            Decision("c", title: "超市案丙", body: "yc-amr", category: "价格", published: new DateOnly(2024, 5, 1), penalties: [new Penalty("罚款", 100m), new Penalty("警告", null)]),
        ]);
        using var searcher = index.Open();
        Assert.Equal(["a", "c"], Slugs(searcher.Search(new SearchRequest("超市", Body: "yc-amr"))).Order());
        Assert.Equal(["b"], Slugs(searcher.Search(new SearchRequest("超市", Category: "水污染防治"))));
        Assert.Equal(["c"], Slugs(searcher.Search(new SearchRequest("超市", Year: 2024))));
        Assert.Equal(["a", "c"], Slugs(searcher.Search(new SearchRequest("超市", Penalty: "警告"))).Order());
        Assert.Equal(["c"], Slugs(searcher.Search(new SearchRequest("超市", Body: "yc-amr", Penalty: "罚款"))));
        Assert.Empty(searcher.Search(new SearchRequest("超市", Body: "no-such-body")).Hits);
    }

    [Fact]
    public void Pages_cover_every_hit_once_and_total_counts_all()
    {
        var decisions = Enumerable.Range(1, 23)
            .Select(i => Decision($"d{i}", title: $"超市第{i}案", published: new DateOnly(2025, 1, 1).AddDays(i)))
            .ToList();
        using var index = new TempIndex(decisions);
        using var searcher = index.Open();
        var pages = Enumerable.Range(1, 3).Select(p => searcher.Search(new SearchRequest("超市", Page: p, Size: 10))).ToList();
        Assert.All(pages, p => Assert.Equal(23, p.Total));
        Assert.Equal([10, 10, 3], pages.Select(p => p.Hits.Count));
        Assert.Equal(23, pages.SelectMany(Slugs).Distinct().Count());
        Assert.Empty(searcher.Search(new SearchRequest("超市", Page: 4, Size: 10)).Hits);
    }

    [Fact]
    public void Sort_by_date_puts_the_newest_first_and_empty_query_lists_everything()
    {
        using var index = new TempIndex([
            Decision("old", title: "超市过期食品过期食品过期食品案", published: new DateOnly(2024, 1, 1)),
            Decision("new", title: "超市案", text: "过期食品。", published: new DateOnly(2025, 7, 1)),
            Decision("mid", title: "药店案", text: "过期食品。", published: new DateOnly(2025, 1, 1)),
        ]);
        using var searcher = index.Open();
        Assert.Equal(["new", "mid", "old"], Slugs(searcher.Search(new SearchRequest("过期食品", Sort: SearchSort.Date))));
        Assert.Equal("old", Slugs(searcher.Search(new SearchRequest("过期食品")))[0]);
        Assert.Equal(["new", "mid", "old"], Slugs(searcher.Search(new SearchRequest("", Sort: SearchSort.Date))));
    }

    [Fact]
    public void Snippet_marks_the_matched_words_and_escapes_everything_else()
    {
        using var index = new TempIndex([
            Decision("x", title: "脚本案", text: "当事人在网页中插入<script>alert('风险')</script>代码 & 其他内容，存在安全風險。"),
        ]);
        using var searcher = index.Open();
        var snippet = searcher.Search(new SearchRequest("风险")).Hits.Single().Snippet;
        Assert.DoesNotContain("<script>", snippet);
        Assert.Contains("&lt;script&gt;", snippet);
        Assert.Contains("&amp;", snippet);
        Assert.Contains("<mark>风险</mark>", snippet);
        Assert.Contains("<mark>風險</mark>", snippet);
        // The only markup is the marks.
        var withoutMarks = snippet.Replace("<mark>", "").Replace("</mark>", "");
        Assert.DoesNotContain('<', withoutMarks);
        Assert.DoesNotContain('>', withoutMarks);
    }

    [Fact]
    public void Snippet_is_cut_around_the_best_match_in_a_long_text()
    {
        var text = string.Concat(Enumerable.Repeat("执法人员依法进行了检查。", 40)) + "发现当事人销售过期酸奶。" + string.Concat(Enumerable.Repeat("当事人表示认可。", 40));
        using var index = new TempIndex([Decision("long", title: "某案", text: text)]);
        using var searcher = index.Open();
        var snippet = searcher.Search(new SearchRequest("过期酸奶")).Hits.Single().Snippet;
        Assert.Contains("<mark>过期酸奶</mark>", snippet);
        Assert.StartsWith("…", snippet);
        Assert.EndsWith("…", snippet);
        Assert.True(snippet.Length < Snippet.Length + 40, snippet);
    }

    [Fact]
    public void Words_must_all_match_and_a_quoted_phrase_must_match_as_written()
    {
        using var index = new TempIndex([
            Decision("together", title: "甲案", text: "当事人销售过期食品。"),
            Decision("apart", title: "乙案", text: "食品已过期，当事人销售了它。"),
        ]);
        using var searcher = index.Open();
        Assert.Equal(["apart", "together"], Slugs(searcher.Search(new SearchRequest("销售 过期"))).Order());
        Assert.Equal(["together"], Slugs(searcher.Search(new SearchRequest("\"销售过期\""))));
        Assert.Empty(searcher.Search(new SearchRequest("销售 噪声")).Hits);
    }

    [Fact]
    public void Punctuation_only_finds_nothing()
    {
        using var index = new TempIndex([Decision("a", title: "超市案")]);
        using var searcher = index.Open();
        Assert.Equal(0, searcher.Search(new SearchRequest("*:()〔〕")).Total);
    }

    [Fact]
    public void Hit_carries_what_a_results_list_shows()
    {
        using var index = new TempIndex(
            [Decision("a", title: "超市案", number: "宜市监处罚〔2025〕7号", body: "yc-amr", published: new DateOnly(2025, 3, 1),
                penalties: [new Penalty("罚款", 1500.5m), new Penalty("警告", null)])],
            new Dictionary<string, string> { ["yc-amr"] = "宜昌市市场监督管理局" });
        using var searcher = index.Open();
        var hit = searcher.Search(new SearchRequest("宜昌市市场监督管理局")).Hits.Single();
        Assert.Equal(("宜市监处罚〔2025〕7号", "超市案", "/decisions/2025/a/", "yc-amr", "宜昌市市场监督管理局"),
            (hit.Number, hit.Title, hit.Url, hit.BodySlug, hit.BodyName));
        Assert.Equal(new DateOnly(2025, 3, 1), hit.Published);
        Assert.Equal(1500.5m, hit.TotalAmount);
        Assert.Equal(["罚款", "警告"], hit.PenaltyKinds);
        Assert.Equal("罚款 1,500.50 元；警告", Penalty.WrittenAll(hit.Penalties));
    }

    [Fact]
    public void A_snippet_for_an_amount_shows_the_penalty_not_the_boilerplate_about_late_payment()
    {
        const string text = "经查，当事人发布违法广告。依据《中华人民共和国广告法》第五十七条，本局决定：1. 罚款人民币贰万元整（¥20,000.00）。"
            + "履行方式和期限：当事人应当自收到本决定书之日起十五日内缴纳罚没款。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。";
        using var index = new TempIndex([Decision("ad", text: text, penalties: [new Penalty("罚款", 20000m)])]);
        using var searcher = index.Open();

        var snippet = searcher.Search(new SearchRequest("罚款两万")).Hits.Single().Snippet;
        Assert.Contains("<mark>罚款</mark>人民币<mark>贰万</mark>元整（¥<mark>20,000</mark>.00）", snippet);
        // Without an amount in the query nothing but the words is marked.
        Assert.DoesNotContain("<mark>贰万</mark>", searcher.Search(new SearchRequest("罚款")).Hits.Single().Snippet);
    }

    [Fact]
    public void Sorted_by_amount_the_largest_penalty_comes_first()
    {
        using var index = new TempIndex([
            Decision("small", title: "超市小案", penalties: [new Penalty("罚款", 500m)], published: new DateOnly(2025, 5, 1)),
            Decision("large", title: "超市大案", penalties: [new Penalty("罚款", 80000m), new Penalty("没收违法所得", 3600m)]),
            Decision("warning", title: "超市警告案", penalties: [new Penalty("警告", null)], published: new DateOnly(2025, 6, 1))]);
        using var searcher = index.Open();

        var hits = searcher.Search(new SearchRequest("超市", Sort: SearchSort.Amount)).Hits;
        Assert.Equal(["/decisions/2025/large/", "/decisions/2025/small/", "/decisions/2025/warning/"], hits.Select(h => h.Url));
        Assert.Equal(SearchSort.Amount, SearchRequest.Parse("超市", sort: "amount").Request!.Sort);
    }

    [Theory]
    [InlineData("罚款最多的超市")]
    [InlineData("超市 最高罚款")]
    public void Words_asking_for_the_largest_penalties_sort_by_amount_and_are_not_searched_for(string query)
    {
        using var index = new TempIndex([
            Decision("small", title: "超市小案", penalties: [new Penalty("罚款", 500m)], published: new DateOnly(2025, 5, 1)),
            Decision("large", title: "超市大案", penalties: [new Penalty("罚款", 80000m)]),
            Decision("other", title: "饭店案", penalties: [new Penalty("罚款", 90000m)])]);
        using var searcher = index.Open();

        var results = searcher.Search(new SearchRequest(query));
        Assert.Equal(["/decisions/2025/large/", "/decisions/2025/small/"], results.Hits.Select(h => h.Url));
        Assert.Equal(SearchSort.Amount, results.Sort);
        // Alone, the words list every decision, the largest first; a sort chosen in the form still wins.
        Assert.Equal("/decisions/2025/other/", searcher.Search(new SearchRequest("罚款最多的")).Hits[0].Url);
        Assert.Equal(SearchSort.Date, searcher.Search(new SearchRequest(query, Sort: SearchSort.Date)).Sort);
    }

    [Theory]
    [InlineData("最近的处罚")]
    [InlineData("最新处罚")]
    [InlineData("最近")]
    [InlineData("超市 最新的")]
    public void Words_asking_for_the_newest_sort_by_date_and_are_not_searched_for(string query)
    {
        // Today is 2025-09-01 (TempIndex's clock).
        using var index = new TempIndex([
            Decision("old", title: "超市旧案", published: new DateOnly(2024, 5, 1)),
            Decision("new", title: "超市新案", published: new DateOnly(2025, 8, 20)),
            Decision("middle", title: "超市案", published: new DateOnly(2025, 2, 1))]);
        using var searcher = index.Open();

        var results = searcher.Search(new SearchRequest(query));
        Assert.Equal(["/decisions/2025/new/", "/decisions/2025/middle/", "/decisions/2024/old/"], results.Hits.Select(h => h.Url));
        Assert.Equal(SearchSort.Date, results.Sort);
        Assert.Equal(SearchSort.Amount, searcher.Search(new SearchRequest(query, Sort: SearchSort.Amount)).Sort);
    }

    [Theory]
    [InlineData("最近一个月", 1)]
    [InlineData("近三个月的处罚", 1)]
    [InlineData("最近一年", 2)]
    [InlineData("近半年", 1)]
    public void A_recent_span_is_the_days_up_to_today_newest_first(string query, int found)
    {
        using var index = new TempIndex([
            Decision("old", published: new DateOnly(2024, 5, 1)),
            Decision("year", published: new DateOnly(2025, 1, 10)),
            Decision("new", published: new DateOnly(2025, 8, 20))]);
        using var searcher = index.Open();

        var results = searcher.Search(new SearchRequest(query));
        Assert.Equal(found, results.Total);
        Assert.Equal("/decisions/2025/new/", results.Hits[0].Url);
        Assert.Equal(SearchSort.Date, results.Sort);
    }

    [Theory]
    [InlineData("罚了多少钱", 2)]
    [InlineData("超市罚了多少钱", 1)]
    [InlineData("超市被罚多少", 1)]
    [InlineData("超市罚款是多少", 1)]
    public void Asking_how_much_searches_the_rest_every_hit_shows_its_amount(string query, int found)
    {
        using var index = new TempIndex([
            Decision("shop", title: "超市案", penalties: [new Penalty("罚款", 500m)]),
            Decision("other", title: "饭店案", penalties: [new Penalty("罚款", 900m)])]);
        using var searcher = index.Open();

        var results = searcher.Search(new SearchRequest(query));
        Assert.Equal(found, results.Total);
        Assert.Equal(Relaxation.None, results.Relaxation);
    }

    [Fact]
    public void A_number_typed_with_its_place_written_out_or_loosely_finds_that_decision_first_and_a_bare_year_and_number_no_number()
    {
        using var index = new TempIndex([
            Decision("yichun-12", title: "嘉禾食品案", number: "宜市监处罚〔2025〕12号"),
            Decision("zhangshu-12", title: "老徐记副食店案", number: "樟市监处罚〔2025〕12号"),
            Decision("yuanzhou-19", title: "锦程眼镜店案", number: "袁市监处罚〔2024〕19号"),
            Decision("yichun-6", title: "百佳超市案", number: "宜市监处罚〔2024〕6号"),
            Decision("commerce-5", title: "乐购超市案", number: "宜商务罚〔2024〕5号"),
            Decision("gaoan-3", title: "博远健身案", number: "高商务罚〔2024〕3号"),
        ]);
        using var searcher = index.Open();
        // Each found nothing: the typed prefix (宜春市监罚) was longer than the number's (宜市监罚), and only the number's was shortened.
        foreach (var (q, slug) in (ReadOnlySpan<(string, string)>)[
                     ("宜春市监处罚〔2025〕12号", "yichun-12"), ("宜春市市监处罚〔2025〕12号", "yichun-12"), ("宜市监处〔2025〕12号", "yichun-12"),
                     ("樟树市监处罚〔2025〕12号", "zhangshu-12"), ("袁州区市监处罚2024 19号", "yuanzhou-19"), ("宜市监处罚〔2024〕六号", "yichun-6"),
                     ("宜春商务罚〔2024〕5号", "commerce-5"), ("宜春市商务局罚〔2024〕5号", "commerce-5"), ("高安商务罚2024 3", "gaoan-3"),
                     // The year and serial apart as a form or a spreadsheet writes them: 2025/12 was read as a month (December 2025).
                     ("宜市监处罚2025/12", "yichun-12"), ("宜市监处罚2025／12号", "yichun-12"), ("宜市监处罚2025_12", "yichun-12"),
                     ("宜市监处罚2025、12号", "yichun-12"), ("宜春市监处罚2024/6", "yichun-6")])
        {
            var results = searcher.Search(new SearchRequest(q));
            Assert.Equal(slug, Slugs(results)[0]);
            Assert.Equal(1, results.Total);
        }
        // A bare year and number is no 文书号: it is looked up by no key, so any body's 19th of 2024 is not ranked as the one meant.
        var bare = searcher.Read("2024 19");
        Assert.Empty(bare.LooseNumberKeys.Concat(bare.NearNumberKeys));
    }

    [Theory]
    [InlineData("宜市监处罚 (2025) 12 号")]
    [InlineData("宜市监处罚 〔2025〕 12号")]
    [InlineData("宜市监处罚 2025 12 号")]
    public void A_number_typed_with_spaces_between_its_parts_finds_that_decision_alone(string q)
    {
        // Its parts were searched as words too: the body's other decision of 2025, at a market's 12号摊位, came after it.
        using var index = new TempIndex([
            Decision("yichun-12", title: "嘉禾食品案", number: "宜市监处罚〔2025〕12号"),
            Decision("yichun-20", title: "水产品摊位案", number: "宜市监处罚〔2025〕20号", text: "经查，当事人在下浦农贸市场12号摊位经营水产品。"),
        ]);
        using var searcher = index.Open();
        Assert.Equal(["yichun-12"], Slugs(searcher.Search(new SearchRequest(q))));
        // Words beside a number are still searched as words: the stall's decision by its 12号摊位.
        Assert.Equal(["yichun-20"], Slugs(searcher.Search(new SearchRequest("12号摊位"))));
    }
}
