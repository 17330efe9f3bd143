using System.Diagnostics;
using System.Globalization;
using System.Text;
using Enforcement.Content;
using Enforcement.Core.Tests.Search;
using Enforcement.Loading;
using Enforcement.Redaction;
using Enforcement.Registry;
using Enforcement.Search;

namespace Enforcement.Benchmarks.Search;

/// <summary>
/// The search measurements for BENCHMARKS.md, in one run:
/// <c>dotnet run --project bench -c Release -- search-report --decisions 100000 --queries 2000 --out /tmp/search-bench</c>.
/// Index build time and size, in-process query latency (p50/p99) for Lucene and SQLite FTS5 (trigram) on
/// the same generated corpus, and which relevance-set queries each engine gets right. It leaves
/// {out}/data (index + registry.json) for an HTTP run of the API with wrk.
/// </summary>
internal static class SearchReport
{
    public static int Run(string[] args)
    {
        var decisions = IntArg(args, "--decisions", 100_000);
        var queryCount = IntArg(args, "--queries", 2000);
        var outDir = StringArg(args, "--out", Path.Combine(Path.GetTempPath(), "search-bench"));
        // --reuse: keep the index and database an earlier run left (same --decisions), to measure queries again.
        var reuse = args.Contains("--reuse");
        // --lucene-only: skip the FTS5 comparison (its slow queries take minutes on a busy machine).
        var luceneOnly = args.Contains("--lucene-only");
        var dataDir = Path.Combine(outDir, "data");
        Directory.CreateDirectory(dataDir);
        var report = new StringBuilder();
        void Line(string s = "") { Console.WriteLine(s); report.AppendLine(s); }

        var bodyNames = SearchCorpus.Bodies.ToDictionary(b => b.Slug, b => b.Name);
        var sw = Stopwatch.StartNew();
        var corpus = SearchCorpus.Generate(decisions).ToList();
        var generated = sw.Elapsed;
        var chars = corpus.Sum(d => (long)d.Text.Length);
        Line($"# Search benchmark: {decisions:N0} generated decisions");
        Line();
        Line($"Load average before the run (other work on the machine): {LoadAverage()}");
        Line($"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
        Line($"Corpus: {decisions:N0} decisions, {chars / (double)decisions:N0} characters of text on average, generated in {generated.TotalSeconds:N1} s; " +
             $"{corpus.Count(d => d.PublicUntil <= SearchCorpus.Today):N0} of them ended by {SearchCorpus.Today:yyyy-MM-dd} (hidden at query time).");
        Line();

        // Lucene
        var indexDir = Path.Combine(dataDir, SearchIndexBuilder.FolderName);
        GC.Collect();
        sw.Restart();
        var words = ContentLoader.Load(Path.Combine(RelevanceSet.RepositoryRoot(), "content")).Content?.SearchWords;
        var bodies = SearchCorpus.Bodies.Select(b => SearchBody.From(b.Slug, b.Name, b.Slug == "yc-amr" ? ["市场监管局", "市监局"] : [])).ToList();
        if (!reuse) SearchIndexBuilder.Build(corpus, indexDir, bodyNames, words, bodies);
        var luceneBuild = sw.Elapsed;
        var luceneSize = DirectorySize(indexDir);
        WriteRegistry(dataDir);

        // SQLite FTS5 (trigram)
        var dbPath = Path.Combine(outDir, "fts5.db");
        GC.Collect();
        sw.Restart();
        using var fts = reuse ? Fts5Index.Open(dbPath) : Fts5Index.Build(corpus, dbPath, bodyNames);
        var ftsBuild = sw.Elapsed;
        var ftsSize = new FileInfo(dbPath).Length;

        Line(reuse ? "## Index build (reused from an earlier run: times below are not build times)" : "## Index build");
        Line();
        Line("| engine | build time | size on disk |");
        Line("| --- | ---: | ---: |");
        Line($"| Lucene.Net 4.8 (CJK bigrams + unigrams, 繁→简) | {luceneBuild.TotalSeconds:N1} s | {luceneSize / 1048576.0:N0} MiB |");
        Line($"| SQLite {Fts5Index.SqliteVersion(fts)} FTS5 trigram | {ftsBuild.TotalSeconds:N1} s | {ftsSize / 1048576.0:N0} MiB |");
        Line();

        var queries = SearchCorpus.Queries(corpus, queryCount);
        using var searcher = DecisionSearcher.Open(indexDir, new FixedClock(SearchCorpus.Today));
        var lucene = Measure(queries, q => searcher.Search(new SearchRequest(q)).Hits.Count);
        var luceneDate = Measure(queries, q => searcher.Search(new SearchRequest(q, Sort: SearchSort.Date, Body: "yc-amr")).Hits.Count);
        var sqlite = luceneOnly ? null : Measure(queries, q => fts.Search(q, SearchCorpus.Today).Count);

        Line($"## Query latency, in process, one thread ({queries.Count:N0} queries after a warm-up)");
        Line();
        Line("Each query returns the first 10 hits with snippets, ended decisions filtered out by date.");
        Line("Mix: 1/5 文书号, 1/5 company 字号+行业, 1/5 violation phrases, 2/5 common words, single characters, traditional, multi-word and quoted phrases.");
        Line();
        Line("| engine | p50 | p90 | p99 | max | mean | queries with hits |");
        Line("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        Line(Row("Lucene, by relevance", lucene));
        Line(Row("Lucene, by date, body filter", luceneDate));
        if (sqlite is not null) Line(Row("SQLite FTS5 trigram, by bm25", sqlite));
        Line();
        Line("Slowest Lucene queries:");
        foreach (var (q, ms, _) in lucene.Samples.OrderByDescending(s => s.Ms).DistinctBy(s => s.Query).Take(5))
            Line($"- `{q}`: {ms:N2} ms");
        Line();
        if (sqlite is not null)
        {
            Line("Slowest FTS5 queries:");
            foreach (var (q, ms, _) in sqlite.Samples.OrderByDescending(s => s.Ms).DistinctBy(s => s.Query).Take(5))
                Line($"- `{q}`: {ms:N2} ms");
            Line();
        }

        CitizensWords(Line, searcher, corpus, queryCount);

        Line($"Load average after the latency runs: {LoadAverage()}");
        Line();
        if (!luceneOnly) Relevance(Line, outDir);
        File.WriteAllText(Path.Combine(outDir, "report.md"), report.ToString());
        Console.WriteLine($"(written to {Path.Combine(outDir, "report.md")}; API data folder for wrk: {dataDir})");
        return 0;
    }

    /// <summary>
    /// Queries in citizens' words (synonyms, bodies' short names, amounts, dates, filler sentences, pinyin slips),
    /// split by whether the strict query answered or relaxation had to run; and suggestions as you type.
    /// </summary>
    private static void CitizensWords(Action<string> line, DecisionSearcher searcher, IReadOnlyList<PublicDecision> corpus, int count)
    {
        var queries = SearchCorpus.CitizenQueries(corpus, count);
        var relaxed = new HashSet<string>(StringComparer.Ordinal);
        var all = Measure(queries, q =>
        {
            var r = searcher.Search(new SearchRequest(q));
            if (r.Relaxed || r.Total == 0) relaxed.Add(q);
            return r.Hits.Count;
        });
        var strict = new Timing(all.Samples.Where(s => !relaxed.Contains(s.Query)).ToList());
        var loosened = new Timing(all.Samples.Where(s => relaxed.Contains(s.Query)).ToList());
        var typed = SearchCorpus.Typing(corpus, count);
        var suggest = Measure(typed, q => searcher.Suggest(q).Count);

        line($"## Citizens' words, in process, one thread ({queries.Count:N0} queries, {typed.Count:N0} suggestion lookups)");
        line("");
        line("Synonyms (content/search/synonyms.yml), 市监局, 罚款5万 / 五万元, 去年 / 2024年3月, 我想查一下…的案子, pinyin slips in names.");
        line("\"relaxation ran\": the strict query found nothing, so the looser stages (and 您是不是要找) ran too.");
        line("");
        line("| path | queries | p50 | p90 | p99 | max | mean | with hits |");
        line("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        line($"| strict (understood, expanded) | {strict.Samples.Count} {Row("", strict)[3..]}");
        line($"| relaxation ran | {loosened.Samples.Count} {Row("", loosened)[3..]}");
        line($"| suggestions (`Suggest`) | {suggest.Samples.Count} {Row("", suggest)[3..]}");
        line("");
        line("Slowest citizens' queries:");
        foreach (var (q, ms, _) in all.Samples.OrderByDescending(s => s.Ms).DistinctBy(s => s.Query).Take(5))
            line($"- `{q}`: {ms:N2} ms{(relaxed.Contains(q) ? " (relaxed)" : "")}");
        line("");
    }

    /// <summary>The relevance set (tests/Core.Tests/Search) against both engines on its own corpus.</summary>
    private static void Relevance(Action<string> line, string outDir)
    {
        var set = RelevanceSet.Load(RelevanceSet.RepositoryRoot());
        var indexDir = Path.Combine(outDir, "relevance-index");
        SearchIndexBuilder.Build(set.Decisions, indexDir, set.Bodies);
        using var searcher = DecisionSearcher.Open(indexDir, new FixedClock(SearchCorpus.Today));
        using var fts = Fts5Index.Build(set.Decisions, Path.Combine(outDir, "relevance-fts5.db"), set.Bodies);
        var rows = set.Queries.Select(q => (
            Query: q,
            Lucene: q.IsMetBy(searcher.Search(new SearchRequest(q.Q)).Hits.Select(h => h.Url.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1]).ToList()),
            Fts: q.IsMetBy(fts.Search(q.Q, SearchCorpus.Today).Select(h => h.Slug).ToList()))).ToList();

        line($"## Relevance set ({rows.Count} queries, {set.Decisions.Count} decisions; tests/Core.Tests/Search/relevance.yml)");
        line("");
        line($"Right: Lucene {rows.Count(r => r.Lucene)}/{rows.Count}, SQLite FTS5 trigram {rows.Count(r => r.Fts)}/{rows.Count}.");
        line("");
        line("| kind | queries | Lucene right | FTS5 right |");
        line("| --- | ---: | ---: | ---: |");
        foreach (var g in rows.GroupBy(r => r.Query.Kind))
            line($"| {g.Key} | {g.Count()} | {g.Count(r => r.Lucene)} | {g.Count(r => r.Fts)} |");
        line("");
        line("Queries the engines disagree on or both miss:");
        line("");
        line("| query | kind | Lucene | FTS5 |");
        line("| --- | --- | :---: | :---: |");
        foreach (var r in rows.Where(r => !(r.Lucene && r.Fts)))
            line($"| `{r.Query.Q.Replace("|", "\\|")}` | {r.Query.Kind} | {(r.Lucene ? "right" : "wrong")} | {(r.Fts ? "right" : "wrong")} |");
        line("");
    }

    private sealed record Timing(List<(string Query, double Ms, int Hits)> Samples)
    {
        public double Percentile(double p)
        {
            var sorted = Samples.Select(s => s.Ms).Order().ToList();
            return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
        }
    }

    private static Timing Measure(List<string> queries, Func<string, int> run)
    {
        foreach (var q in queries.Take(200)) run(q); // warm-up: JIT, caches
        var samples = new List<(string, double, int)>(queries.Count);
        foreach (var q in queries)
        {
            var start = Stopwatch.GetTimestamp();
            var hits = run(q);
            samples.Add((q, Stopwatch.GetElapsedTime(start).TotalMilliseconds, hits));
        }
        return new Timing(samples);
    }

    private static string Row(string name, Timing t) =>
        $"| {name} | {t.Percentile(0.50):N2} ms | {t.Percentile(0.90):N2} ms | {t.Percentile(0.99):N2} ms | {t.Samples.Max(s => s.Ms):N2} ms | " +
        $"{t.Samples.Average(s => s.Ms):N2} ms | {t.Samples.Count(s => s.Hits > 0) * 100.0 / t.Samples.Count:N0}% |";

    private static void WriteRegistry(string dataDir) =>
        new PortalRegistry("执法公示（基准测试）", "http://127.0.0.1", SearchCorpus.Today,
            new RetentionSettings(new RetentionPeriod(3, RetentionUnit.Years), new RetentionPeriod(1, RetentionUnit.Years)),
            new SupervisionOffice("宜昌市司法局", "jiandu@example.gov.cn", "0717-0000000"),
            SearchCorpus.Bodies.Select(b => new RegistryBody(b.Slug, b.Name, "0717-0000000", null)).ToList(), [], [])
            .Save(dataDir);

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static long DirectorySize(string dir) => new DirectoryInfo(dir).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);

    private static int IntArg(string[] args, string name, int fallback) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;

    private static string StringArg(string[] args, string name, string fallback) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}

/// <summary>A clock stopped at noon, China time, on one day.</summary>
internal sealed class FixedClock(DateOnly day) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() =>
        new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(8)).ToUniversalTime();
}
