using Enforcement.Search;
using static Enforcement.Core.Tests.Search.SearchTestData;

namespace Enforcement.Core.Tests.Search;

/// <summary>
/// A shop typed with the kind of business people call it (金盛大酒店, 好邻居超市, 兴旺果店), as the fourteenth red team
/// typed them: the shop when its registered kind may be called so, nothing when it is another kind of business
/// (兴旺酒店 is a hotel, not 兴旺水果店).
/// </summary>
public sealed class KindsOfBusinessTests
{
    private static List<string> Slugs(SearchResults r) => r.Hits.Select(h => h.Url.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1]).ToList();

    private static SearchWords ShippedWords() =>
        Enforcement.Loading.ContentLoader.Load(Path.Combine(RelevanceSet.RepositoryRoot(), "content")).Content!.SearchWords!;

    private static TempIndex Shops(params (string Slug, string Party)[] shops) => new(
        [.. shops.Select(s => Decision(s.Slug, title: s.Party + "不按规定明码标价案", party: s.Party, text: "经查，当事人未按规定明码标价。"))],
        words: ShippedWords());

    private static TempIndex RedTeamsShops() => Shops(
        ("hotel", "宜春市金盛酒店管理有限公司"),
        ("trading", "宜春市好邻居商贸有限公司"),
        ("dry-cleaner", "宜春市袁州区净衣坊干洗店"),
        ("fruit", "宜春市袁州区兴旺水果店"),
        ("chain", "宜春市百佳连锁超市有限公司"),
        ("food", "宜春市嘉禾食品有限公司"),
        ("noodles", "宜春市袁州区老周粉面馆"));

    [Fact]
    public void A_shop_typed_with_the_kind_people_call_it_finds_that_shop_and_says_the_kind_was_left_out()
    {
        using var index = RedTeamsShops();
        using var searcher = index.Open();
        foreach (var (q, shop, kind) in ((string, string, string)[])
        [
            ("金盛大酒店", "hotel", "大酒店"), ("好邻居超市", "trading", "超市"), ("净衣坊洗衣店", "dry-cleaner", "洗衣店"),
            ("兴旺果店", "fruit", "果店"), ("百佳商场", "chain", "商场"), ("嘉禾超市", "food", "超市"), ("嘉禾商行", "food", "商行"),
            ("老周面店", "noodles", "面店"),
        ])
        {
            var results = searcher.Search(new SearchRequest(q));
            Assert.True(Slugs(results) is [var first] && first == shop, $"{q}: {string.Join(",", Slugs(results))}");
            Assert.Equal(Relaxation.NamesOnly, results.Relaxation);
            Assert.Equal([kind], results.Dropped);
        }
        // 饭店 read as a word of its own (a synonym) is a kind too: the hotel, as 金盛大酒店 finds it.
        Assert.Equal(["hotel"], Slugs(searcher.Search(new SearchRequest("金盛饭店"))));
        // With what it was not punished for: the shop's record, the kind and the wrongdoing left out.
        var withWrongdoing = searcher.Search(new SearchRequest("兴旺果店 过期"));
        Assert.Equal(["fruit"], Slugs(withWrongdoing));
        Assert.Equal(["果店", "过期"], withWrongdoing.Dropped);
        // Typed as registered, nothing of the name is left out.
        Assert.Equal(["过期"], searcher.Search(new SearchRequest("兴旺水果店 过期")).Dropped);
    }

    [Fact]
    public void A_shop_typed_with_another_kind_of_business_finds_nothing_of_that_shop()
    {
        using var index = RedTeamsShops();
        using var searcher = index.Open();
        // 兴旺酒店 is a hotel, not the fruit shop. 饭店 read as a word of its own (a synonym) had listed the fruit shop, the dry
        // cleaner and the supermarket chain for a restaurant; such a word now lists what it says (eateries), never that shop.
        foreach (var q in (string[])["兴旺酒店", "兴旺超市", "金盛水果店", "金盛超市", "老周超市", "嘉禾酒店", "好邻居酒店", "百佳酒店"])
            Assert.Equal(0, searcher.Search(new SearchRequest(q)).Total);
        foreach (var (q, shop) in ((string, string)[])[("兴旺饭店", "fruit"), ("净衣坊饭店", "dry-cleaner"), ("百佳饭店", "chain"), ("兴旺宾馆", "fruit"), ("净衣坊面馆", "dry-cleaner")])
            Assert.DoesNotContain(shop, Slugs(searcher.Search(new SearchRequest(q))));
    }

    [Fact]
    public void Of_two_shops_of_one_name_the_kind_typed_chooses_the_one_it_may_be()
    {
        using var index = Shops(
            ("fruit", "宜春市袁州区兴旺水果店"),
            ("pharmacy", "樟树市兴旺大药房连锁有限公司"),
            ("restaurant", "高安市兴旺粉面馆"));
        using var searcher = index.Open();
        Assert.Equal(["fruit"], Slugs(searcher.Search(new SearchRequest("兴旺果蔬店"))));
        Assert.Equal(["pharmacy"], Slugs(searcher.Search(new SearchRequest("兴旺药店"))));
        Assert.Equal(["restaurant"], Slugs(searcher.Search(new SearchRequest("兴旺面店"))));
        Assert.Equal(0, searcher.Search(new SearchRequest("兴旺洗衣店")).Total);
    }

    [Fact]
    public void Shops_and_factories_asked_for_by_kind_find_the_parties_of_that_kind()
    {
        using var index = Shops(
            ("fruit", "宜春市袁州区兴旺水果店"), ("chain", "宜春市百佳连锁超市有限公司"), ("hardware", "宜春市华联五金建材有限公司"),
            ("hotel", "宜春市金盛酒店管理有限公司"), ("noodles", "宜春市袁州区老周粉面馆"), ("dry-cleaner", "宜春市袁州区净衣坊干洗店"),
            ("cement", "宜春市华泰水泥有限公司"), ("chemicals", "宜春市众诚化工有限公司"), ("garage", "宜春市袁州区顺风汽车修理厂"));
        using var searcher = index.Open();
        // No decision calls its party a 商店 or a 工厂: these found nothing, though 公司被罚 and 超市被罚 found theirs.
        foreach (var q in (string[])["商店被罚", "哪些商店被罚了", "店铺被罚款", "商家被罚", "商店"])
        {
            var results = searcher.Search(new SearchRequest(q));
            Assert.True(Slugs(results).Order().SequenceEqual(["chain", "fruit", "hardware"]), $"{q}: {string.Join(",", Slugs(results))}");
            Assert.Equal(Relaxation.None, results.Relaxation);
        }
        foreach (var q in (string[])["工厂被罚", "哪些工厂被罚了", "厂家被罚", "工厂罚款", "工厂 罚款"])
        {
            var results = searcher.Search(new SearchRequest(q));
            Assert.True(Slugs(results).Order().SequenceEqual(["cement", "chemicals"]), $"{q}: {string.Join(",", Slugs(results))}");
        }
        // A word for a kind opens a word, never ends one: 华泰水泥厂 is the cement works by its name, not 华泰水泥 and 厂.
        Assert.Equal(["cement"], Slugs(searcher.Search(new SearchRequest("华泰水泥厂"))));
    }
}
