using Enforcement.Content;
using Enforcement.Inspections;
using Enforcement.Publicity;
using Enforcement.Search;
using static Enforcement.Core.Tests.Search.SearchTestData;

namespace Enforcement.Core.Tests.Search;

/// <summary>双随机 results are found alongside decisions, can be filtered apart, and leave with their own period.</summary>
public sealed class InspectionIndexTests
{
    private static PublicInspection Task(DateOnly publicUntil) => new(
        Title: "2025年食品经营者双随机抽查", Year: 2025, Slug: "food", BodySlug: "yc-amr", Plan: "计划", Item: "食品经营者落实主体责任情况检查",
        Checks: ["进货查验记录", "从业人员健康证明"], Date: new(2025, 4, 1), Published: new(2025, 4, 20), Drawn: 2, Officers: [],
        Results:
        [
            new("宜昌市鲜果超市有限公司", PartyKind.Organization, null, null, InspectionOutcome.Corrected, null, "进货查验记录不全，已责令改正。"),
            new("宜昌市明月食品有限公司", PartyKind.Organization, null, null, InspectionOutcome.NoProblem, null, ""),
        ],
        State: PublicityState.Public, PublicUntil: publicUntil);

    [Fact]
    public void Results_are_searched_with_decisions_and_the_kind_filter_separates_them()
    {
        using var index = new TempIndex([Decision("fruit", title: "宜昌市鲜果超市有限公司销售过期食品案", party: "宜昌市鲜果超市有限公司")],
            inspections: [Task(new DateOnly(2028, 4, 20))]);
        using var searcher = index.Open(FixedTime.ChinaDate(2026, 1, 1));

        var both = searcher.Search(new SearchRequest("鲜果超市"));
        Assert.Equal([SearchKinds.Decision, SearchKinds.Inspection], both.Hits.Select(h => h.Kind).Order());
        var result = both.Hits.Single(h => h.Kind == SearchKinds.Inspection);
        Assert.Equal("/inspections/2025/food/#result-1", result.Url);
        Assert.Equal("宜昌市鲜果超市有限公司：发现问题已责令改正", result.Title);

        Assert.Equal(["/inspections/2025/food/#result-1"], searcher.Search(new SearchRequest("鲜果超市") { Kind = SearchKinds.Inspection }).Hits.Select(h => h.Url));
        Assert.Equal([SearchKinds.Decision], searcher.Search(new SearchRequest("鲜果超市") { Kind = SearchKinds.Decision }).Hits.Select(h => h.Kind));
    }

    /// <summary>The filler and synonyms staff ship (content/search/synonyms.yml), as citizens' words meet them.</summary>
    private static readonly SearchWords Shipped =
        Enforcement.Loading.ContentLoader.Load(Path.Combine(RelevanceSet.RepositoryRoot(), "content")).Content!.SearchWords!;

    [Theory]
    [InlineData("哪家药店被罚了")]
    [InlineData("药店被罚")]
    [InlineData("药店罚款")]
    [InlineData("处罚过的药店")]
    public void Asking_who_was_penalised_finds_decisions_not_units_inspected_without_a_penalty(string query)
    {
        using var index = new TempIndex(
            [Decision("pharmacy", title: "宜昌市仁和药店销售劣药案", party: "宜昌市仁和药店"), Decision("other", title: "宜昌市好客饭店超范围经营案")],
            inspections: [Task(new DateOnly(2028, 4, 20)) with
            {
                Results = [new("宜昌市阳光药店", PartyKind.Organization, null, null, InspectionOutcome.NoProblem, null, "")],
            }], words: Shipped);
        using var searcher = index.Open(FixedTime.ChinaDate(2026, 1, 1));

        var results = searcher.Search(new SearchRequest(query));
        Assert.Equal(["/decisions/2025/pharmacy/"], results.Hits.Select(h => h.Url));
        // Only filler was left out (哪家, 被罚了): what was asked for, not results found by loosening the words.
        Assert.Equal(Relaxation.None, results.Relaxation);
        // Chosen by the person, the kind stands: the inspected pharmacy is there to be found.
        Assert.Single(searcher.Search(new SearchRequest("药店") { Kind = SearchKinds.Inspection }).Hits);
    }

    [Fact]
    public void Asking_how_much_was_fined_lists_decisions_only()
    {
        using var index = new TempIndex([Decision("fine", title: "宜昌市仁和药店销售劣药案", penalties: [new Penalty("罚款", 500m)])],
            inspections: [Task(new DateOnly(2028, 4, 20))]);
        using var searcher = index.Open(FixedTime.ChinaDate(2026, 1, 1));
        Assert.Equal([SearchKinds.Decision], searcher.Search(new SearchRequest("罚了多少钱")).Hits.Select(h => h.Kind));
    }

    [Fact]
    public void A_unit_is_found_by_what_was_found_there_not_by_what_every_unit_was_checked_for()
    {
        using var index = new TempIndex([Decision("other")], inspections: [Task(new DateOnly(2028, 4, 20))]);
        using var searcher = index.Open(FixedTime.ChinaDate(2026, 1, 1));

        // 明月食品 had no problem: a search for 健康证明 (checked at every unit) must not list it beside breaches.
        Assert.Empty(searcher.Search(new SearchRequest("健康证明") { Kind = SearchKinds.Inspection }).Hits);
        Assert.Equal(["宜昌市鲜果超市有限公司：发现问题已责令改正"],
            searcher.Search(new SearchRequest("进货查验") { Kind = SearchKinds.Inspection }).Hits.Select(h => h.Title));
    }

    // Citizens ask who failed (检查不合格), results say 发现问题已责令改正; 未发现问题 holds 发现问题 and must not be found.
    [Theory]
    [InlineData("检查不合格")]
    [InlineData("抽查有问题")]
    [InlineData("没有进货台账")]
    public void Asking_who_failed_an_inspection_finds_the_units_where_something_was_found(string query)
    {
        using var index = new TempIndex([Decision("other")], inspections: [Task(new DateOnly(2028, 4, 20))], words: Shipped);
        using var searcher = index.Open(FixedTime.ChinaDate(2026, 1, 1));
        var results = searcher.Search(new SearchRequest(query));
        Assert.Equal(["宜昌市鲜果超市有限公司：发现问题已责令改正"], results.Hits.Select(h => h.Title));
        Assert.Equal(Relaxation.None, results.Relaxation);
    }

    [Fact]
    public void A_unit_where_nothing_was_found_is_not_listed_for_the_tasks_subject_and_a_decision_comes_before_a_result()
    {
        using var index = new TempIndex([Decision("fruit", title: "宜昌市鲜果超市有限公司销售过期食品案", party: "宜昌市鲜果超市有限公司")],
            inspections: [Task(new DateOnly(2028, 4, 20))]);
        using var searcher = index.Open(FixedTime.ChinaDate(2026, 1, 1));

        // 主体责任 is what the task checked everyone for: 明月食品, where nothing was found, is not listed beside 鲜果超市.
        Assert.Equal(["宜昌市鲜果超市有限公司：发现问题已责令改正"],
            searcher.Search(new SearchRequest("主体责任") { Kind = SearchKinds.Inspection }).Hits.Select(h => h.Title));
        // It is still a 双随机 result, and found by its name.
        Assert.Equal(2, searcher.Search(new SearchRequest("双随机") { Kind = SearchKinds.Inspection }).Total);
        Assert.Equal(["宜昌市明月食品有限公司：未发现问题"], searcher.Search(new SearchRequest("明月食品")).Hits.Select(h => h.Title));
        // A shop's name finds its decision first, the short result after it.
        Assert.Equal([SearchKinds.Decision, SearchKinds.Inspection], searcher.Search(new SearchRequest("鲜果超市")).Hits.Select(h => h.Kind));
    }

    [Fact]
    public void A_result_leaves_search_on_the_day_its_own_period_ends()
    {
        using var index = new TempIndex([Decision("other")], inspections: [Task(new DateOnly(2026, 1, 1))]);
        using (var before = index.Open(FixedTime.ChinaDate(2025, 12, 31)))
            Assert.Single(before.Search(new SearchRequest("明月食品")).Hits);
        using var on = index.Open(FixedTime.ChinaDate(2026, 1, 1));
        Assert.Empty(on.Search(new SearchRequest("明月食品")).Hits);
    }

    [Fact]
    public void Results_follow_the_decisions_in_the_index_one_segment()
    {
        // Published the same month as the task: still after it, not merged into the decisions' month.
        using var index = new TempIndex(
            [Decision("new", published: new DateOnly(2025, 4, 3)), Decision("old", published: new DateOnly(2024, 4, 3))],
            inspections: [Task(new DateOnly(2028, 4, 20))]);
        using var fs = Lucene.Net.Store.FSDirectory.Open(index.Dir);
        using var reader = Lucene.Net.Index.DirectoryReader.Open(fs);

        Assert.Single(reader.Leaves);
        Assert.Equal(["/decisions/2025/new/", "/decisions/2024/old/", "/inspections/2025/food/#result-1", "/inspections/2025/food/#result-2"],
            Enumerable.Range(0, reader.MaxDoc).Select(i => reader.Document(i).Get(SearchFields.Url)));
    }

    [Theory]
    [InlineData("inspection", null)]
    [InlineData("", null)]
    [InlineData("cards", "kind")]
    public void The_kind_parameter_is_checked_and_named_in_chinese(string kind, string? error)
    {
        var (request, errors) = SearchRequest.Parse("超市", kind: kind);
        if (error is null) Assert.Equal(kind.Length == 0 ? null : kind, request!.Kind);
        else Assert.Contains("参数 kind", errors[error]);
    }
}
