using System.Text;
using Enforcement.Core.Tests.Search;
using Enforcement.Loading;
using Enforcement.Redaction;
using Enforcement.Search;
using JiebaNet.Segmenter;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Enforcement.Benchmarks.Search;

/// <summary>
/// Issue 11's analyzer question, measured: the index's CJK bigrams against SmartCn (HMM word segmentation) and
/// jieba.NET (dictionary segmentation, search mode) as the analyzer of the whole pipeline (index, queries,
/// relaxation, snippets), each with the same 繁→简 and width folding, on both relevance sets.
/// <c>dotnet run --project bench -c Release -- search-analyzers</c>
/// </summary>
internal static class AnalyzerComparison
{
    public static int Run()
    {
        var root = RelevanceSet.RepositoryRoot();
        var analyzers = new (string Name, Func<Analyzer> New)[]
        {
            ("CJK bigrams + unigrams (current)", () => new ChineseAnalyzer()),
            ("SmartCn (HMMChineseTokenizer)", () => new FoldingAnalyzer(r => new HMMChineseTokenizer(r))),
            ("jieba.NET 0.42.2 (search mode)", () => new FoldingAnalyzer(r => new JiebaTokenizer(r))),
        };

        var yichang = RelevanceSet.Load(root);
        var (shipped, words, bodies, citizens) = Shipped(root);
        Console.WriteLine("| analyzer | relevance.yml (Yichang corpus) | relevance-citizens.yml (shipped content) | worst classes |");
        Console.WriteLine("| --- | ---: | ---: | --- |");
        foreach (var (name, make) in analyzers)
        {
            var a = Judge(yichang.Decisions, yichang.Bodies, null, null, yichang.Queries.Select(q => (q.Q, q.Kind, (Func<List<string>, bool>)q.IsMetBy)).ToList(), make, new DateOnly(2025, 9, 1));
            var b = Judge(shipped, bodies.ToDictionary(x => x.Slug, x => x.Name), words, bodies,
                citizens.Select(q => (q.Q, q.Kind, (Func<List<string>, bool>)q.IsMetBy)).ToList(), make, new DateOnly(2026, 12, 3));
            var worst = a.ByKind.Concat(b.ByKind).Where(k => k.Met < k.All).OrderBy(k => (double)k.Met / k.All).Take(4)
                .Select(k => $"{k.Kind} {k.Met}/{k.All}");
            Console.WriteLine($"| {name} | {a.Met}/{a.All} | {b.Met}/{b.All} | {string.Join(", ", worst)} |");
        }
        return 0;
    }

    private sealed record Outcome(int Met, int All, List<(string Kind, int Met, int All)> ByKind);

    private static Outcome Judge(IReadOnlyList<PublicDecision> decisions, IReadOnlyDictionary<string, string> bodyNames, SearchWords? words,
        IReadOnlyList<SearchBody>? bodies, List<(string Q, string Kind, Func<List<string>, bool> IsMet)> queries, Func<Analyzer> make, DateOnly today)
    {
        var dir = Path.Combine(Path.GetTempPath(), "analyzer-compare-" + Guid.NewGuid().ToString("N"));
        try
        {
            SearchIndexBuilder.Build(decisions, dir, bodyNames, words, bodies, make);
            using var searcher = DecisionSearcher.Open(dir, new FixedClock(today), make());
            var results = queries.Select(q =>
            {
                var r = searcher.Search(new SearchRequest(q.Q, Size: 10));
                if (r.Total == 0 && r.DidYouMean is { } c) r = searcher.Search(new SearchRequest(c, Size: 10));
                return (q.Kind, Met: q.IsMet(r.Hits.Select(h => h.Url.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1]).ToList()));
            }).ToList();
            return new Outcome(results.Count(r => r.Met), results.Count,
                results.GroupBy(r => r.Kind).Select(g => (g.Key, g.Count(r => r.Met), g.Count())).ToList());
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }

    private static (List<PublicDecision>, SearchWords?, List<SearchBody>, List<RelevanceQuery>) Shipped(string root)
    {
        var today = new DateOnly(2026, 12, 3);
        var content = ContentLoader.Load(Path.Combine(root, "content")).Content ?? throw new InvalidOperationException("content/ does not load");
        var publicData = PublicData.From(content);
        var decisions = content.Decisions.Select(d => Redactor.Redact(d, content.Site, today, publicData).Decision).ToList();
        var bodies = content.Bodies.Select(b => SearchBody.From(b.Slug, b.Name, b.Aliases ?? [])).ToList();
        var yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        var file = yaml.Deserialize<CitizenFile>(File.ReadAllText(Path.Combine(root, "tests", "Core.Tests", "Search", "relevance-citizens.yml")));
        return (decisions, content.SearchWords, bodies, file.Queries);
    }

    private sealed class CitizenFile
    {
        public List<RelevanceQuery> Queries { get; set; } = [];
    }

    /// <summary>A word tokenizer with the index's folding around it: 繁→简 before, full/half width and lower case after.</summary>
    private sealed class FoldingAnalyzer(Func<TextReader, Tokenizer> tokenizer) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = tokenizer(reader);
            TokenStream stream = new CJKWidthFilter(source);
            stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, stream);
            return new TokenStreamComponents(source, stream);
        }

        protected override TextReader InitReader(string fieldName, TextReader reader) =>
            new MappingCharFilter(TraditionalToSimplified.Map, reader);

        public override int GetPositionIncrementGap(string fieldName) => ChineseAnalyzer.ValueGap;
    }

    /// <summary>jieba.NET's search-mode segmentation as a Lucene tokenizer (jieba.NET ships none for Lucene.Net 4.8).</summary>
    private sealed class JiebaTokenizer : Tokenizer
    {
        private static readonly JiebaSegmenter Segmenter = new();
        private readonly ICharTermAttribute term;
        private readonly IOffsetAttribute offset;
        private List<JiebaNet.Segmenter.Token> tokens = [];
        private int next;

        public JiebaTokenizer(TextReader reader) : base(reader)
        {
            term = AddAttribute<ICharTermAttribute>();
            offset = AddAttribute<IOffsetAttribute>();
        }

        public override bool IncrementToken()
        {
            ClearAttributes();
            while (next < tokens.Count)
            {
                var t = tokens[next++];
                if (string.IsNullOrWhiteSpace(t.Word) || !t.Word.Any(char.IsLetterOrDigit)) continue;
                term.SetEmpty().Append(t.Word);
                offset.SetOffset(CorrectOffset(t.StartIndex), CorrectOffset(t.EndIndex));
                return true;
            }
            return false;
        }

        public override void Reset()
        {
            base.Reset();
            var sb = new StringBuilder();
            var buffer = new char[4096];
            int n;
            while ((n = m_input.Read(buffer, 0, buffer.Length)) > 0) sb.Append(buffer, 0, n);
            lock (Segmenter) tokens = Segmenter.Tokenize(sb.ToString(), TokenizerMode.Search).ToList();
            next = 0;
        }
    }
}
