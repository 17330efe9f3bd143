using Enforcement.Search;

namespace Enforcement.Site.Tests.Pages;

/// <summary>/search/: the page search.js runs on, whose menus must offer what the results page without JavaScript offers.</summary>
public sealed class SearchPageTests(TestSite site) : IClassFixture<TestSite>
{
    [Fact]
    public void The_filters_offer_what_the_index_holds_the_inspection_items_and_years_too()
    {
        var doc = site.Page("/search/");
        List<string> Options(string id) => [.. doc.QuerySelectorAll($"select#{id} option").Select(o => o.GetAttribute("value")!).Where(v => v.Length > 0)];
        using var searcher = DecisionSearcher.Open(Path.Combine(site.DataDir, SearchIndexBuilder.FolderName), TimeProvider.System);

        // The results page's menus are the index's values (api/Search/SearchResultsView.razor).
        Assert.Equal(searcher.Values.Categories, Options("category"));
        Assert.Equal(searcher.Values.Years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)), Options("year"));
        Assert.Equal(searcher.Values.PenaltyKinds, Options("penalty"));
        // A 双随机 task's 抽查事项 selects its results, as a category selects decisions.
        Assert.Contains("食品经营者落实主体责任情况检查", Options("category"));
    }
}
