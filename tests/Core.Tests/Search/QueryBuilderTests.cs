using Enforcement.Search;
using static Enforcement.Core.Tests.Search.SearchTestData;

namespace Enforcement.Core.Tests.Search;

public class QueryBuilderTests
{
    [Fact]
    public void A_synonym_phrase_that_another_of_the_group_already_finds_is_not_searched_again()
    {
        Assert.Equal(["电子秤", "计量器具", "计价秤", "未经检定"],
            QueryBuilder.Alternatives("电子秤", ["计量器具", "计价秤", "电子计价秤", "未经检定"]));
        Assert.Equal(["无证经营", "未取得…许可", "未经设立登记", "未办理营业执照"],
            QueryBuilder.Alternatives("无证经营", ["未取得…许可", "未经设立登记", "未取得食品经营许可", "未办理营业执照"]));
        // Typed as the decisions write it: once.
        Assert.Equal(["计价秤", "计量器具"], QueryBuilder.Alternatives("计价秤", ["计价秤", "计量器具"]));
    }

    [Theory]
    [InlineData("计价秤", "电子计价秤", true)]
    [InlineData("未取得…许可", "未取得食品经营许可", true)]
    [InlineData("未取得…许可", "未取得一二三四五六七八九十一许可", true)]   // 11 between: within the slop of 12
    [InlineData("未取得…许可", "未取得一二三四五六七八九十一二许可", false)] // 12 between: one position too far
    [InlineData("未取得…许可", "许可未取得", false)]                        // not in order
    [InlineData("电子计价秤", "计价秤", false)]
    [InlineData("办理备案", "未按规定办理…备案", false)]
    public void A_phrase_covers_another_when_every_text_with_the_other_has_it(string general, string specific, bool covers) =>
        Assert.Equal(covers, QueryBuilder.Covers(general, specific));

    [Fact]
    public void What_the_dropped_phrases_found_is_still_found()
    {
        // Each decision has only the longer wording; the group's shorter one is what is searched.
        using var index = new TempIndex(
            [
                Decision("scale", title: "某某超市案", text: "当事人使用的电子计价秤未经周期检定。"),
                // As far apart as the gap allows (11 characters between): the phrase left out was needed nowhere.
                Decision("licence", title: "某某卤味店案", text: "当事人未取得一二三四五六七八九十一许可即从事经营活动。"),
                Decision("other", title: "某某公司案", text: "当事人发布违法广告。"),
            ],
            words: SearchWords.None with
            {
                Synonyms =
                [
                    new SynonymGroup(["电子秤"], ["计价秤", "电子计价秤"]),
                    new SynonymGroup(["无证经营"], ["未取得…许可", "未取得一二三四五六七八九十一许可"]),
                ],
            });
        using var searcher = index.Open();
        Assert.Equal(["scale"], Slugs(searcher.Search(new SearchRequest("电子秤"))));
        Assert.Equal(["licence"], Slugs(searcher.Search(new SearchRequest("无证经营"))));
    }

    private static List<string> Slugs(SearchResults results) => results.Hits.Select(h => h.Url.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1]).ToList();
}
