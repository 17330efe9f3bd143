using Enforcement.Redaction;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using static Enforcement.Core.Tests.Search.SearchTestData;

namespace Enforcement.Core.Tests.Search;

/// <summary>How the build writes the index: in parts per month of publication merged into one segment, the same on every build, reusing unchanged parts.</summary>
public sealed class SearchIndexBuilderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "index-build-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_root)) System.IO.Directory.Delete(_root, recursive: true);
    }

    /// <summary><paramref name="perYear"/> decisions for each of <paramref name="years"/>, all published on 1 March.</summary>
    private static List<PublicDecision> Decisions(int perYear, params int[] years) =>
        years.SelectMany(y => Enumerable.Range(0, perYear).Select(i =>
            Decision($"case-{y}-{i:D4}", title: $"第{i}号超市案", text: $"经查，当事人于{y}年销售过期食品{i}批次。", published: new DateOnly(y, 3, 1)))).ToList();

    private static int Segments(string dir)
    {
        using var fs = FSDirectory.Open(dir);
        using var reader = DirectoryReader.Open(fs);
        return reader.Leaves.Count;
    }

    private string Build(string name, IEnumerable<PublicDecision> decisions, string? cache)
    {
        var dir = Path.Combine(_root, name);
        Enforcement.Search.SearchIndexBuilder.Build(decisions, dir, cacheDir: cache);
        return dir;
    }

    /// <summary>Everything a search can see: each document's stored fields in order, and every term's postings with positions.</summary>
    private static List<string> Content(string dir)
    {
        using var fs = FSDirectory.Open(dir);
        using var reader = DirectoryReader.Open(fs);
        var lines = Enumerable.Range(0, reader.MaxDoc)
            .Select(i => string.Join("|", reader.Document(i).Fields.Select(f => $"{f.Name}={f.GetStringValue()}")))
            .ToList();
        var fields = MultiFields.GetFields(reader);
        foreach (var field in fields)
        {
            var terms = fields.GetTerms(field).GetEnumerator();
            while (terms.MoveNext())
            {
                var postings = terms.DocsAndPositions(MultiFields.GetLiveDocs(reader), null);
                var line = new System.Text.StringBuilder($"{field}:{terms.Term.Utf8ToString()}");
                while (postings is not null && postings.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    line.Append($" {postings.DocID}x{postings.Freq}@");
                    for (var p = 0; p < postings.Freq; p++) line.Append(postings.NextPosition()).Append(',');
                }
                lines.Add(line.ToString());
            }
        }
        return lines;
    }

    private static List<string> UrlsInDocumentOrder(string dir)
    {
        using var fs = FSDirectory.Open(dir);
        using var reader = DirectoryReader.Open(fs);
        return Enumerable.Range(0, reader.MaxDoc).Select(i => reader.Document(i).Get("url")).ToList();
    }

    [Fact]
    public void Documents_keep_the_decisions_order_on_every_build()
    {
        var decisions = Decisions(300, 2025, 2024, 2023);
        var first = Build("first", decisions, cache: null);
        var second = Build("second", decisions, cache: null);

        Assert.Equal(decisions.Select(d => d.Url), UrlsInDocumentOrder(first));
        Assert.Equal(1, Segments(first));
        Assert.Equal(Content(first), Content(second));
        Assert.False(System.IO.Directory.Exists(first + ".parts"), "the parts' scratch folders are deleted");
    }

    [Fact]
    public void Decisions_in_no_particular_order_make_one_part_per_month_and_the_same_index_every_time()
    {
        // Months interleaved, as a caller other than the site build may list them: never a part per decision.
        var decisions = Decisions(200, 2025, 2024, 2023).OrderBy(d => d.Slug.GetHashCode()).ToList();
        var cache = Path.Combine(_root, "cache");
        var first = Build("first", decisions, cache);
        Assert.Equal(3, System.IO.Directory.GetDirectories(cache).Length);
        Assert.Equal(Content(first), Content(Build("second", decisions, cache: null)));
        Assert.Equal(decisions.Select(d => d.Url).Order(), UrlsInDocumentOrder(first).Order());
    }

    [Fact]
    public void Unchanged_months_come_from_the_cache_and_the_index_is_what_a_clean_build_writes()
    {
        var cache = Path.Combine(_root, "cache");
        var yesterday = Decisions(50, 2026, 2025, 2024, 2023, 2022);
        Build("yesterday", yesterday, cache);
        var parts = System.IO.Directory.GetDirectories(cache).ToDictionary(d => d, d => System.IO.Directory.GetFiles(d).Max(File.GetLastWriteTimeUtc));
        Assert.Equal(5, parts.Count);

        // Today: a decision goes up in November 2026, one of March 2022 comes down, one of March 2025 was corrected.
        var today = yesterday.Where(d => d.Slug != "case-2022-0000")
            .Select(d => d.Slug == "case-2025-0007" ? d with { Title = "第7号超市案（更正）" } : d)
            .Prepend(Decision("case-2026-new", title: "新超市案", published: new DateOnly(2026, 11, 30)))
            .ToList();
        Thread.Sleep(20);
        var incremental = Build("today", today, cache);
        var clean = Build("today-clean", today, cache: null);

        Assert.Equal(Content(clean), Content(incremental));
        Assert.Equal(1, Segments(incremental));
        var now = System.IO.Directory.GetDirectories(cache);
        Assert.Equal(6, now.Length); // a new month, the two changed months replaced, nothing stale left
        var kept = parts.Where(p => now.Contains(p.Key)).ToList();
        Assert.Equal(3, kept.Count); // March 2026, 2024 and 2023, untouched
        foreach (var (dir, written) in kept) Assert.Equal(written, System.IO.Directory.GetFiles(dir).Max(File.GetLastWriteTimeUtc));
    }

    [Fact]
    public void A_part_left_half_written_is_not_taken_for_one()
    {
        var cache = Path.Combine(_root, "cache");
        var decisions = Decisions(20, 2025, 2024);
        var clean = Build("clean", decisions, cache: null);
        Build("first", decisions, cache);
        // As if the build had died while writing: every part's files cut short.
        foreach (var file in System.IO.Directory.GetDirectories(cache).SelectMany(System.IO.Directory.GetFiles).Where(f => !Path.GetFileName(f).StartsWith("segments")))
            File.WriteAllBytes(file, []);
        foreach (var dir in System.IO.Directory.GetDirectories(cache)) System.IO.Directory.Move(dir, dir + ".tmp");

        Assert.Equal(Content(clean), Content(Build("second", decisions, cache)));
        Assert.DoesNotContain(System.IO.Directory.GetDirectories(cache), d => d.EndsWith(".tmp", StringComparison.Ordinal));
    }
}
