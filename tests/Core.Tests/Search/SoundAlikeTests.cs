using Enforcement.Search;
using static Enforcement.Core.Tests.Search.SearchTestData;

namespace Enforcement.Core.Tests.Search;

/// <summary>
/// A word typed with the pinyin input method's wrong character finds nothing; 您是不是要找 offers the word of the same
/// sound that the decisions (or the staff's search words) write, and nothing for a right word that is just absent.
/// </summary>
public sealed class SoundAlikeTests
{
    private static readonly SearchWords Words = new(
        [new SynonymGroup(["过期食品", "过期"], ["超过保质期"]), new SynonymGroup(["无证经营", "无照经营"], ["未经设立登记"])], ["的"], [], []);

    private static TempIndex Shops() => new([
        Decision("expired", title: "宜春市明珠超市有限公司销售超过保质期食品案", party: "宜春市明珠超市有限公司",
            text: "经查，当事人销售超过保质期的食品，食品标签上的生产日期为2024年1月1日。自收到本决定书之日起十五日内缴纳罚款。"),
        Decision("licence", title: "李某某未经设立登记从事经营活动案", party: "李某某",
            text: "经查，当事人未取得营业执照从事经营活动。自收到本决定书之日起十五日内缴纳罚款，逾期不缴纳的，每日按罚款数额的3%加处罚款。"),
        Decision("scales", title: "宜春市嘉禾食品有限公司使用未经检定的计量器具案", party: "宜春市嘉禾食品有限公司",
            text: "经查，当事人使用未经检定的计量器具。自收到本决定书之日起十五日内缴纳罚款。"),
        Decision("glasses", title: "宜春市佳眼镜店不按规定明码标价案", party: "宜春市佳眼镜店",
            text: "经查，当事人销售的眼镜未明码标价。自收到本决定书之日起十五日内缴纳罚款。"),
    ], words: Words);

    [Theory]
    [InlineData("过其食品", "过期食品")]
    [InlineData("无症经营", "无证经营")]
    [InlineData("营业职照", "营业执照")]
    [InlineData("计量器据", "计量器具")]
    [InlineData("生产日其", "生产日期")]
    [InlineData("过其食品 超市", "过期食品 超市")]
    // Pinyin typed with the input method off, for a search word as for a name (guoqi as jiahe).
    [InlineData("guoqi", "过期")]
    [InlineData("GUOQI", "过期")]
    [InlineData("wuzhengjingying", "无证经营")]
    public void A_word_with_a_wrong_character_of_the_right_sound_is_offered_as_written(string typed, string meant)
    {
        using var index = Shops();
        using var searcher = index.Open();
        var results = searcher.Search(new SearchRequest(typed));
        Assert.Equal(meant, results.DidYouMean);
        Assert.True(searcher.Search(new SearchRequest(meant)).Total > 0);
    }

    [Theory]
    [InlineData("榴莲")]
    [InlineData("共享单车")]
    [InlineData("直播带货")]
    // Both characters of a two-character word changed make another word (佳眼, a piece of 佳眼镜店), not a typo.
    [InlineData("假烟")]
    public void A_right_word_that_no_decision_has_is_not_turned_into_another(string typed)
    {
        using var index = Shops();
        using var searcher = index.Open();
        var results = searcher.Search(new SearchRequest(typed));
        Assert.True(results.DidYouMean is null, $"offered {results.DidYouMean}");
    }

    [Fact]
    public void A_known_word_is_matched_by_its_syllables_and_the_rest_of_the_word_kept()
    {
        var alike = new SoundAlike(["过期食品", "无证经营"]);
        Assert.Equal("卖过期食品", alike.Correct("卖过其食品", 1000, _ => 0, _ => 0));
        Assert.Null(alike.Correct("过期食品", 1000, _ => 0, _ => 0));
    }

    [Fact]
    public void A_change_is_offered_only_where_the_decisions_write_its_pairs_far_more_often()
    {
        var alike = new SoundAlike([]);
        var pairs = new Dictionary<string, int> { ["执照"] = 400, ["营业"] = 500, ["业执"] = 300, ["业职"] = 2, ["职照"] = 0, ["执"] = 400, ["职"] = 50 };
        int Count(string t) => pairs.GetValueOrDefault(t);
        Assert.Equal("营业执照", alike.Correct("营业职照", 1000, Count, w => w == "营业执照" ? 3 : 0));
        // Written by no decision as a whole, the change is not offered, however common its pairs.
        Assert.Null(alike.Correct("营业职照", 1000, Count, _ => 0));
        // Pairs a little commoner do not pay for a change.
        var close = new Dictionary<string, int> { ["留恋"] = 2, ["流"] = 5, ["留"] = 5 };
        Assert.Null(alike.Correct("榴莲", 1000, t => close.GetValueOrDefault(t), w => w == "榴莲" ? 0 : 1));
    }
}
