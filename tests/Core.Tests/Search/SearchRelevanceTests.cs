using Enforcement.Search;

namespace Enforcement.Core.Tests.Search;

public sealed class RelevanceFixture : IDisposable
{
    internal RelevanceSet Set { get; } = RelevanceSet.Load();
    private readonly TempIndex index;
    public DecisionSearcher Searcher { get; }

    public RelevanceFixture()
    {
        index = new TempIndex(Set.Decisions, Set.Bodies);
        Searcher = index.Open();
    }

    public void Dispose()
    {
        Searcher.Dispose();
        index.Dispose();
    }
}

/// <summary>Each query of relevance.yml finds what a person typing it is looking for.</summary>
public sealed class SearchRelevanceTests(RelevanceFixture fixture) : IClassFixture<RelevanceFixture>
{
    public static TheoryData<string> Queries() => new(RelevanceSet.Load().Queries.Select(q => q.Q));

    [Fact]
    public void The_set_has_at_least_forty_queries_of_every_kind()
    {
        Assert.True(fixture.Set.Queries.Count >= 40);
        foreach (var kind in new[] { "traditional", "simplified", "full-width", "number", "company", "violation", "multi-word", "single-character" })
            Assert.Contains(fixture.Set.Queries, q => q.Kind.StartsWith(kind, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void Query_finds_the_expected_decisions(string q)
    {
        var judged = fixture.Set.Queries.Single(x => x.Q == q);
        var results = fixture.Searcher.Search(new SearchRequest(q, Size: 10));
        var ranked = results.Hits.Select(h => h.Url.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1]).ToList();
        Assert.True(judged.IsMetBy(ranked),
            $"{judged}: [{results.Relaxation} dropped={string.Join(",", results.Dropped ?? [])} dym={results.DidYouMean}] expected first={judged.First} top5=[{string.Join(",", judged.Top5)}] none={judged.None}; got [{string.Join(",", ranked)}]");
    }
}
