using System.Globalization;
using Enforcement.Publicity;
using Enforcement.Redaction;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Enforcement.Search;

/// <summary>
/// Writes the Lucene.Net index of the public decisions into out/data/index. Only decisions whose state is
/// <see cref="PublicityState.Public"/> on the build's day go in (withdrawn ones keep only their notice
/// page, which is not searchable); the searcher also hides any whose publicity has ended since.
/// </summary>
public static class SearchIndexBuilder
{
    public const string FolderName = "index";

    /// <summary>The text of a decision exactly as it goes into the index, for the leak gate to scan.</summary>
    public static string IndexedText(PublicDecision d) =>
        string.Join("\n", new[] { d.Number, d.Title, d.PartyName, d.PartyCode, d.Category, d.Violation, d.Basis }
            .Concat(d.Penalties.Select(p => p.Kind))
            .Append(PlainText.FromMarkdown(d.Text))
            .Where(s => !string.IsNullOrEmpty(s)));

    /// <summary>
    /// Replaces <paramref name="indexDir"/> with a fresh index of the public decisions. <paramref name="bodyNames"/> maps body slug to its name,
    /// which is then searchable; without it a body is known by its slug. The staff's <paramref name="words"/> (content/search/synonyms.yml)
    /// and the bodies with their aliases (<paramref name="bodies"/>; by default derived from <paramref name="bodyNames"/>) go beside
    /// the index as <see cref="SearchVocabulary.FileName"/>, with the public names suggestions may offer.
    /// </summary>
    public static void Build(IEnumerable<PublicDecision> decisions, string indexDir,
        IReadOnlyDictionary<string, string>? bodyNames = null, SearchWords? words = null, IReadOnlyList<SearchBody>? bodies = null) =>
        Build(decisions, indexDir, bodyNames, words, bodies, () => new ChineseAnalyzer());

    /// <summary>With another analyzer: for measuring alternatives (bench/Search); the searcher must use the same one.</summary>
    internal static void Build(IEnumerable<PublicDecision> decisions, string indexDir, IReadOnlyDictionary<string, string>? bodyNames,
        SearchWords? words, IReadOnlyList<SearchBody>? bodies, Func<Lucene.Net.Analysis.Analyzer> analyzer)
    {
        var list = decisions as IReadOnlyList<PublicDecision> ?? decisions.ToList();
        WriteIndex(list, indexDir, bodyNames, analyzer);
        bodies ??= (bodyNames ?? new Dictionary<string, string>()).Select(b => SearchBody.From(b.Key, b.Value, [])).ToList();
        SearchVocabulary.From(list, bodies, words).Save(indexDir);
    }

    private static void WriteIndex(IReadOnlyList<PublicDecision> decisions, string indexDir, IReadOnlyDictionary<string, string>? bodyNames,
        Func<Lucene.Net.Analysis.Analyzer> newAnalyzer)
    {
        if (System.IO.Directory.Exists(indexDir)) System.IO.Directory.Delete(indexDir, recursive: true);
        System.IO.Directory.CreateDirectory(indexDir);

        // Analysis and flushing dominate the build. One writer per core, each over its own contiguous share
        // of the decisions in a folder of its own, analyses and flushes in parallel (one shared writer flushed
        // its segments one after another at commit); their segments are then copied into the index in order,
        // without a merge, so document order is the same on every build.
        var indexed = decisions.Where(d => d.State == PublicityState.Public).ToList();
        var shares = Math.Clamp(indexed.Count / 500, 1, Environment.ProcessorCount);
        var partDirs = Enumerable.Range(0, shares).Select(i => $"{Path.TrimEndingDirectorySeparator(indexDir)}.part-{i}").ToList();
        try
        {
            Enumerable.Range(0, shares).AsParallel().WithDegreeOfParallelism(shares).ForAll(i =>
            {
                var share = indexed.Take(new Range(indexed.Count * i / shares, indexed.Count * (i + 1) / shares));
                using var part = new ScratchDirectory(partDirs[i]);
                using var analyzer = newAnalyzer();
                using var writer = new IndexWriter(part, Config(analyzer));
                foreach (var d in share) writer.AddDocument(ToDocument(d, bodyNames?.GetValueOrDefault(d.BodySlug) ?? d.BodySlug));
                writer.Commit();
            });

            using var dir = FSDirectory.Open(indexDir);
            using var analyzer = newAnalyzer();
            using var writer = new IndexWriter(dir, Config(analyzer));
            var parts = partDirs.Select(p => (Lucene.Net.Store.Directory)new ScratchDirectory(p)).ToArray();
            try
            {
                // No forced merge: a merge to one segment rewrote the whole index (a third of the build's index
                // time at 10,000 decisions) for no measurable gain in search (BENCHMARKS.md).
                writer.AddIndexes(parts);
                writer.Commit();
            }
            finally
            {
                foreach (var part in parts) part.Dispose();
            }
        }
        finally
        {
            foreach (var part in partDirs.Where(System.IO.Directory.Exists)) System.IO.Directory.Delete(part, recursive: true);
        }

        static IndexWriterConfig Config(Lucene.Net.Analysis.Analyzer analyzer) => new(ChineseAnalyzer.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 256,
        };
    }

    internal static Document ToDocument(PublicDecision d, string bodyName)
    {
        var text = PlainText.FromMarkdown(d.Text);
        var doc = new Document
        {
            new StringField(SearchFields.Url, d.Url, Field.Store.YES),
            new SortedDocValuesField(SearchFields.UrlSort, new BytesRef(d.Url)),
            new StoredField(SearchFields.Number, d.Number),
            new StringField(SearchFields.NumberKey, DecisionNumberKey.Normalize(d.Number), Field.Store.NO),
            new StoredField(SearchFields.Title, d.Title),
            new StoredField(SearchFields.Party, d.PartyName),
            new StringField(SearchFields.Body, d.BodySlug, Field.Store.YES),
            new StoredField(SearchFields.BodyName, bodyName),
            new StringField(SearchFields.Category, d.Category, Field.Store.YES),
            new Int32Field(SearchFields.Year, d.Year, Field.Store.YES),
            new Int32Field(SearchFields.Decided, DateKey(d.Decided), Field.Store.YES),
            new Int32Field(SearchFields.Published, DateKey(d.Published), Field.Store.YES),
            new NumericDocValuesField(SearchFields.PublishedSort, DateKey(d.Published)),
            new Int32Field(SearchFields.PublicUntil, DateKey(d.PublicUntil), Field.Store.YES),
            new Int64Field(SearchFields.AmountFen, (long)Math.Round(d.TotalAmount * 100m), Field.Store.NO),
            new StoredField(SearchFields.Amount, d.TotalAmount.ToString(CultureInfo.InvariantCulture)),
            new StoredField(SearchFields.Text, text),
            new StringField(SearchFields.Kind, SearchKinds.Decision, Field.Store.YES),
        };
        foreach (var kind in d.Penalties.Select(p => p.Kind).Distinct())
            doc.Add(new StringField(SearchFields.Penalty, kind, Field.Store.YES));
        foreach (var amount in d.Penalties.Select(p => p.Amount).OfType<decimal>().Distinct())
            doc.Add(new Int64Field(SearchFields.PenaltyFen, (long)Math.Round(amount * 100m), Field.Store.NO));
        if (DecisionNumberKey.Loose(d.Number) is { } loose)
        {
            doc.Add(new StringField(SearchFields.NumberLoose, loose, Field.Store.NO));
            if (DecisionNumberKey.Serial(loose) is { } serial) doc.Add(new StringField(SearchFields.NumberLoose, serial, Field.Store.NO));
        }

        // The catch-all field, one value per source so a phrase never spans two of them. Title and party go
        // in twice: a match there says more about what the decision is about than one in the text.
        var all = new[] { d.Number, d.Title, d.Title, d.PartyName, d.PartyName, d.PartyCode, bodyName, d.Category, d.Violation, d.Basis }
            .Concat(d.Penalties.Select(p => p.Kind))
            .Append(text);
        foreach (var value in all.Where(v => !string.IsNullOrWhiteSpace(v)))
            doc.Add(new TextField(SearchFields.All, value!, Field.Store.NO));
        return doc;
    }

    /// <summary>A date as yyyymmdd, which sorts and ranges like the date.</summary>
    internal static int DateKey(DateOnly date) => date.Year * 10000 + date.Month * 100 + date.Day;

    internal static DateOnly FromDateKey(int key) => new(key / 10000, key / 100 % 100, key % 100);

    /// <summary>A share's folder: read once into the index and deleted, so its files are never forced to disk.</summary>
    private sealed class ScratchDirectory(string path) : NIOFSDirectory(new DirectoryInfo(path))
    {
        public override void Sync(ICollection<string> names) { }
    }
}
