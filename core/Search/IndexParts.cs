using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace Enforcement.Search;

/// <summary>
/// The index is written in parts, one per month of publication (months in the order they first appear, documents
/// in the order given: decisions newest first for the site, then 双随机 results), then the parts are merged, in that
/// order, into the index's one segment. A day's changes (decisions going up this month; coming down after 2 or 5 years, in the month
/// they were published) touch few months, so with a cache folder a part whose documents are exactly the same
/// as last time is taken from it instead of being analysed again: merging is far cheaper than analysing. A
/// part's name is a hash of everything it indexes, field by field, and of this program's build: the index a
/// cached part gives is the one a clean build gives (only Lucene's segment timestamps differ).
/// </summary>
/// <remarks>
/// One segment, not one per part: every term a query looks up is looked up in every segment, and collecting the
/// garbage those lookups leave lands in the middle of queries. At 100,000 decisions the search benchmark's strict
/// p99 was 6.9 ms with one segment, 9–11.5 ms with 3 and 12–15 ms with 6 under the server collector the API
/// runs with (30–60 ms with 6 under the workstation one; BENCHMARKS.md, "Third pass").
/// </remarks>
internal static class IndexParts
{
    /// <param name="parts">Each document's part (its month of publication, or any number that tells parts apart).</param>
    public static void Write(IReadOnlyList<Document> documents, IReadOnlyList<int> parts, string indexDir, string? cacheDir,
        Func<Lucene.Net.Analysis.Analyzer> newAnalyzer)
    {
        // The final writer's analyzer also names the analysis every part was made with.
        using var analyzer = newAnalyzer();
        var byPart = ByPart(parts);
        var tool = $"{typeof(IndexParts).Assembly.ManifestModule.ModuleVersionId}|{typeof(IndexWriter).Assembly.GetName().Version}|{analyzer.GetType().FullName}";
        var names = byPart.Select(p => Name(tool, documents, p)).ToList();
        var root = cacheDir ?? $"{Path.TrimEndingDirectorySeparator(indexDir)}.parts";
        var folders = names.Select(n => Path.Combine(root, n)).ToList();
        try
        {
            System.IO.Directory.CreateDirectory(root);
            // Largest first, taken one at a time by each core: the parts differ in size.
            var missing = Enumerable.Range(0, byPart.Count).Where(i => !Exists(folders[i])).OrderByDescending(i => byPart[i].Length).ToList();
            Parallel.ForEach(Partitioner.Create(missing, EnumerablePartitionerOptions.NoBuffering),
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                i => WritePart(documents, byPart[i], folders[i], durable: cacheDir is not null, newAnalyzer));

            using var dir = FSDirectory.Open(indexDir);
            using var writer = new IndexWriter(dir, Config(analyzer));
            var written = folders.Select(f => (Lucene.Net.Store.Directory)FSDirectory.Open(f)).ToArray();
            var readers = new List<DirectoryReader>();
            try
            {
                readers.AddRange(written.Select(d => DirectoryReader.Open(d)));
                // One merge of all parts, in order, into one new segment: postings are copied, not analysed again.
                writer.AddIndexes([.. readers]);
                writer.Commit();
            }
            finally
            {
                foreach (var reader in readers) reader.Dispose();
                foreach (var part in written) part.Dispose();
            }
        }
        finally
        {
            if (cacheDir is null) { if (System.IO.Directory.Exists(root)) System.IO.Directory.Delete(root, recursive: true); }
            else
            {
                // Keep only what this build used: yesterday's parts that changed are of no further use.
                var used = new HashSet<string>(names, StringComparer.Ordinal);
                foreach (var stale in System.IO.Directory.EnumerateDirectories(root).Where(d => !used.Contains(Path.GetFileName(d))))
                    System.IO.Directory.Delete(stale, recursive: true);
            }
        }
    }

    public static IndexWriterConfig Config(Lucene.Net.Analysis.Analyzer analyzer) => new(ChineseAnalyzer.Version, analyzer)
    {
        OpenMode = OpenMode.CREATE,
        Similarity = new BM25Similarity(),
        RAMBufferSizeMB = 256,
    };

    /// <summary>The documents of each part, by their position, parts in the order they first appear.</summary>
    private static List<int[]> ByPart(IReadOnlyList<int> parts) =>
        Enumerable.Range(0, parts.Count).GroupBy(i => parts[i]).Select(g => g.ToArray()).ToList();

    private static bool Exists(string folder)
    {
        if (!System.IO.Directory.Exists(folder)) return false;
        using var dir = FSDirectory.Open(folder);
        return DirectoryReader.IndexExists(dir);
    }

    /// <summary>Writes a part beside its folder and moves it into place once committed: a half-written part is never taken for one.</summary>
    private static void WritePart(IReadOnlyList<Document> documents, int[] part, string folder, bool durable, Func<Lucene.Net.Analysis.Analyzer> newAnalyzer)
    {
        var temporary = folder + ".tmp";
        if (System.IO.Directory.Exists(temporary)) System.IO.Directory.Delete(temporary, recursive: true);
        if (System.IO.Directory.Exists(folder)) System.IO.Directory.Delete(folder, recursive: true);
        using (var dir = durable ? FSDirectory.Open(temporary) : new ScratchDirectory(temporary))
        using (var analyzer = newAnalyzer())
        using (var writer = new IndexWriter(dir, Config(analyzer)))
        {
            foreach (var i in part) writer.AddDocument(documents[i]);
            writer.Commit();
        }
        System.IO.Directory.Move(temporary, folder);
    }

    /// <summary>A hash of the program's build and of every field of every document of the part, in order.</summary>
    private static string Name(string tool, IReadOnlyList<Document> documents, int[] part)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string s) => hash.AppendData(Encoding.UTF8.GetBytes(s + "\u001f"));
        Add(tool);
        foreach (var i in part)
        {
            foreach (var field in documents[i].Fields)
            {
                Add(field.Name);
                Add(field.GetType().Name);
                Add(field.GetStringValue() ?? field.NumericType switch
                {
                    NumericFieldType.INT32 => field.GetInt32Value()!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    NumericFieldType.INT64 => field.GetInt64Value()!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    NumericFieldType.SINGLE => field.GetSingleValue()!.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
                    NumericFieldType.DOUBLE => field.GetDoubleValue()!.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
                    _ => field.GetBinaryValue()?.Utf8ToString() ?? "",
                });
            }
            Add("\u001e");
        }
        return Convert.ToHexString(hash.GetHashAndReset())[..32].ToLowerInvariant();
    }

    /// <summary>A part's folder when there is no cache: read once into the index and deleted, so never forced to disk.</summary>
    private sealed class ScratchDirectory(string path) : NIOFSDirectory(new DirectoryInfo(path))
    {
        public override void Sync(ICollection<string> names) { }
    }
}
