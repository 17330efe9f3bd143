using BenchmarkDotNet.Attributes;
using Enforcement.Search;

namespace Enforcement.Benchmarks.Search;

/// <summary>
/// BenchmarkDotNet view of single searches on the generated corpus (the full p50/p99 mix is in
/// SearchReport): <c>dotnet run --project bench -c Release -- --filter '*SearchQueryBenchmarks*'</c>.
/// Reuses the index that search-report left in /tmp/search-bench/data/index when there is one.
/// </summary>
[MemoryDiagnoser]
public class SearchQueryBenchmarks
{
    [Params(100_000)]
    public int Decisions { get; set; }

    private DecisionSearcher searcher = default!;

    [GlobalSetup]
    public void Setup()
    {
        var dir = Path.Combine(Path.GetTempPath(), "search-bench", "data", SearchIndexBuilder.FolderName);
        if (!Directory.Exists(dir) || Directory.GetFiles(dir).Length == 0)
            SearchIndexBuilder.Build(SearchCorpus.Generate(Decisions), dir, SearchCorpus.Bodies.ToDictionary(b => b.Slug, b => b.Name));
        searcher = DecisionSearcher.Open(dir, new FixedClock(SearchCorpus.Today));
    }

    [GlobalCleanup]
    public void Cleanup() => searcher.Dispose();

    [Benchmark] public int Number() => searcher.Search(new SearchRequest("宜市监处罚〔2024〕1234号")).Total;
    [Benchmark] public int Company() => searcher.Search(new SearchRequest("鑫隆超市")).Total;
    [Benchmark] public int CommonWord() => searcher.Search(new SearchRequest("风险")).Total;
    [Benchmark] public int Traditional() => searcher.Search(new SearchRequest("過期食品")).Total;
    [Benchmark] public int SingleCharacter() => searcher.Search(new SearchRequest("药")).Total;
    [Benchmark] public int TwoWordsByDate() => searcher.Search(new SearchRequest("超市 酸奶", Sort: SearchSort.Date)).Total;
}
