using System.Collections.Concurrent;
using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Enforcement.Content;
using Enforcement.Time;

namespace Enforcement.Search;

/// <summary>
/// Searches an index written by <see cref="SearchIndexBuilder"/>. One instance serves every thread: the
/// reader is opened once and Lucene's IndexSearcher and the analyzer are thread-safe.
/// </summary>
public sealed class DecisionSearcher : IDisposable
{
    private readonly Lucene.Net.Store.Directory directory;
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly Analyzer analyzer;
    private readonly TimeProvider time;
    private readonly QueryLexicon lexicon;
    private readonly NameIndex names;
    private readonly SoundAlike soundAlike;
    private readonly ConcurrentDictionary<char, int> characterCounts = new();

    private DecisionSearcher(Lucene.Net.Store.Directory directory, TimeProvider time, SearchVocabulary vocabulary, Analyzer analyzer)
    {
        this.analyzer = analyzer;
        this.directory = directory;
        this.time = time;
        Vocabulary = vocabulary;
        lexicon = new QueryLexicon(vocabulary);
        names = new NameIndex(vocabulary);
        soundAlike = new SoundAlike(vocabulary.Words.Synonyms.SelectMany(g => g.Phrases)
            .Where(w => !w.Contains(SynonymGroup.Gap, StringComparison.Ordinal)));
        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        Values = new FilterValues(
            Bodies: Distinct(SearchFields.Body), Categories: Distinct(SearchFields.Category),
            PenaltyKinds: Distinct(SearchFields.Penalty),
            Years: Distinct(SearchFields.Year, numeric: true).Select(int.Parse).OrderDescending().ToList());
    }

    /// <summary>The staff's search words, the bodies' names and the public names, as the build wrote them beside the index.</summary>
    public SearchVocabulary Vocabulary { get; }

    /// <summary>The values the filters can take in this index (ended decisions included), for filter menus.</summary>
    public FilterValues Values { get; }

    private List<string> Distinct(string field, bool numeric = false)
    {
        var values = new List<string>();
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null) return values;
        var e = terms.GetEnumerator();
        while (e.MoveNext())
        {
            if (numeric)
            {
                // Numeric fields also index lower-precision prefixes; only shift 0 is a real value.
                if (NumericUtils.GetPrefixCodedInt32Shift(e.Term) != 0) continue;
                values.Add(NumericUtils.PrefixCodedToInt32(e.Term).ToString(CultureInfo.InvariantCulture));
            }
            else values.Add(e.Term.Utf8ToString());
        }
        return values;
    }

    /// <summary>Opens the index in <paramref name="indexDir"/>; throws if there is none.</summary>
    public static DecisionSearcher Open(string indexDir, TimeProvider? time = null) => Open(indexDir, time, new ChineseAnalyzer());

    /// <summary>With another analyzer (the same one the index was built with): for measuring alternatives (bench/Search).</summary>
    internal static DecisionSearcher Open(string indexDir, TimeProvider? time, Analyzer analyzer)
    {
        var dir = FSDirectory.Open(indexDir);
        try
        {
            return new DecisionSearcher(dir, time ?? TimeProvider.System, SearchVocabulary.Load(indexDir), analyzer);
        }
        catch
        {
            dir.Dispose();
            throw;
        }
    }

    /// <summary>Decisions in the index, ended ones included.</summary>
    public int IndexedCount => reader.NumDocs;

    /// <summary>Today in China Standard Time (UTC+8 all year): the day publicity is judged by.</summary>
    public DateOnly Today => ChinaTime.Today(time);

    /// <summary>How the searcher reads <paramref name="query"/> today (dates such as 去年 depend on the day).</summary>
    public ReadQuery Read(string query) => QueryReader.Read(query, lexicon, Today);

    /// <summary>
    /// The order queries are loosened in: a shop named with what it was not punished for (兴旺水果店 过期) keeps the shop
    /// (<see cref="Relaxation.NamesOnly"/>: its own record) before the wrongdoing is kept without it: other shops'
    /// expired food, the name typed left out, answered a question about that shop with someone else's penalties.
    /// </summary>
    private static readonly Relaxation[] Ladder =
    [
        Relaxation.None, Relaxation.Apart, Relaxation.WithoutFiller, Relaxation.AnyOrder, Relaxation.SomeWords, Relaxation.WithoutRanges,
        Relaxation.NamesOnly, Relaxation.OnlyUnderstood,
    ];

    /// <summary>
    /// The decisions for a request. When the query as typed finds nothing, it is loosened step by step
    /// (<see cref="Relaxation"/>) until something is found, and the results say how; when it found nothing as
    /// typed, a near public name is offered as <see cref="SearchResults.DidYouMean"/>.
    /// </summary>
    public SearchResults Search(SearchRequest request)
    {
        var read = Read(request.Query);
        if (read.LargestFirst && request.Sort == SearchSort.Relevance) request = request with { Sort = SearchSort.Amount };
        if (read.SmallestFirst && request.Sort == SearchSort.Relevance) request = request with { Sort = SearchSort.AmountAscending };
        if (read.NewestFirst && request.Sort == SearchSort.Relevance) request = request with { Sort = SearchSort.Date };
        if (read.DecisionsOnly && request.Kind is null) request = request with { Kind = SearchKinds.Decision };
        // 宜市监处罚 (2025) 12 号: a 文书号 typed with spaces between its parts. Searched as words, its parts also found the
        // body's other decisions of that year that write 12 and 号 (12号摊位); the number run together, when a public
        // decision has it, is the answer.
        if (UserQuery.Parse(request.Query).Parts is { Count: > 1 } typed && DecisionNumberQuery.Looks(string.Concat(typed))
            && QueryBuilder.NumberOnly(read, QueryBuilder.Build(read, analyzer).Terms) is { } byNumber
            && Run(request, byNumber) is { Total: > 0 } numbered)
            return numbered;
        var tried = new HashSet<string>(StringComparer.Ordinal);
        SearchResults? found = null;
        foreach (var stage in Ladder)
        {
            var built = QueryBuilder.Build(read, analyzer, stage, InMostDocuments, w => names.InPartyName(w, Today), (name, kind) => names.OfSameKind(name, kind, Today));
            if (built.Query is null || !tried.Add(built.Query.ToString())) continue;
            var results = Run(request, built);
            found ??= results with { Relaxation = stage, Dropped = built.Dropped };
            if (results.Total > 0)
            {
                // Filler left out (卖过期食品 as 过期食品, 哪家药店被罚了 as 药店) finds what was asked for: not relaxed results.
                found = (stage is Relaxation.Apart or Relaxation.WithoutFiller) && built.OnlyFillerDropped
                    ? results with { Relaxation = Relaxation.None, Dropped = [] }
                    : results with { Relaxation = stage, Dropped = built.Dropped };
                break;
            }
        }
        found ??= new SearchResults(0, request.Page, request.Size, []) { Sort = request.Sort };
        if (found.Relaxation == Relaxation.None && found.Total > 0) return found;
        // A correction is offered only when it finds decisions with every word it has (side by side or not, or either of two
        // kinds of wrongdoing: 假冒伪劣 for 假冒违劣): 明珠超市有款 for 明珠超市罚款, or a near name that itself finds nothing,
        // would lead nowhere. It is offered beside loosened results too: 假冒违劣 lists the counterfeit cases with 违劣 left out.
        var corrected = DidYouMean(read, request);
        if (corrected is not null && !FindsAsTyped(request, corrected)) corrected = null;
        return found with { DidYouMean = corrected ?? (found.Total == 0 ? WithoutQuotes(request) : null) };
    }

    private bool FindsAsTyped(SearchRequest request, string query)
    {
        var read = Read(query);
        foreach (var stage in (Relaxation[])[Relaxation.None, Relaxation.Apart, Relaxation.AnyOrder, Relaxation.SomeWords])
        {
            var built = QueryBuilder.Build(read, analyzer, stage, InMostDocuments);
            if (stage == Relaxation.SomeWords && !built.EitherOfTwo) continue;
            if (built.Query is not null && built.Dropped.Count == 0 && Run(request with { Query = query, Page = 1, Size = 1 }, built).Total > 0) return true;
        }
        return false;
    }

    /// <summary>
    /// A quoted phrase is searched exactly as written and never loosened; people quote out of habit (“过期食品”)
    /// as often as for exactness, so when the quotes find nothing the same words without them are offered, if
    /// they find something.
    /// </summary>
    private string? WithoutQuotes(SearchRequest request)
    {
        var unquoted = UserQuery.Parse(request.Query).Unquoted;
        return unquoted is not null && Search(request with { Query = unquoted, Page = 1 }).Total > 0 ? unquoted : null;
    }

    /// <summary>The public decisions (within the request's filters) that have <paramref name="word"/> as typed.</summary>
    private int DecisionsWith(SearchRequest request, string word)
    {
        var built = QueryBuilder.Build(Read(word), analyzer, Relaxation.None, InMostDocuments);
        return built.Query is null ? 0 : Run(request with { Query = word, Page = 1, Size = 1 }, built).Total;
    }

    /// <summary>A term's document frequency in <c>all</c>; a character's is kept, as every respelling asks for a few hundred.</summary>
    private int DocumentsWith(string term) => term.Length == 1
        ? characterCounts.GetOrAdd(term[0], c => reader.DocFreq(new Term(SearchFields.All, c.ToString())))
        : reader.DocFreq(new Term(SearchFields.All, term));

    private bool InMostDocuments(string term) => DocumentsWith(term) * 2 > reader.MaxDoc;

    /// <summary>Completions for what is being typed: public party, body and category names.</summary>
    public IReadOnlyList<Suggestion> Suggest(string typed, int limit = 8) =>
        names.Suggest(DecisionNumberKey.WellFormed(typed), Today, limit);

    /// <summary>
    /// The query with each word that is not found replaced by the public name it most likely meant, or else, if the
    /// word finds nothing, by the word of the same sound it most likely meant (<see cref="SoundAlike"/>); or null.
    /// </summary>
    private string? DidYouMean(ReadQuery read, SearchRequest request)
    {
        var changed = false;
        var parts = read.Parts.Select(part => string.Concat(part.Pieces.Select(piece =>
        {
            if (piece.Kind != PieceKind.Text) return piece.Text;
            var better = names.Correct(piece.Text, Today)
                ?? soundAlike.Correct(piece.Text, reader.NumDocs, DocumentsWith, word => DecisionsWith(request, word));
            if (better is null) return piece.Text;
            changed = true;
            return better;
        })));
        var corrected = string.Join(" ", parts);
        return changed ? corrected : null;
    }

    private SearchResults Run(SearchRequest request, BuiltQuery built)
    {
        var wanted = request.Page * request.Size;
        var byDate = new SortField(SearchFields.PublishedSort, SortFieldType.INT64, reverse: true);
        var byUrl = new SortField(SearchFields.UrlSort, SortFieldType.STRING);
        var sort = request.Sort switch
        {
            SearchSort.Date => new Sort(byDate, SortField.FIELD_SCORE, byUrl),
            SearchSort.Amount => new Sort(new SortField(SearchFields.AmountSort, SortFieldType.INT64, reverse: true), byDate, byUrl),
            SearchSort.AmountAscending => new Sort(new SortField(SearchFields.AmountSort, SortFieldType.INT64), byDate, byUrl),
            _ => new Sort(SortField.FIELD_SCORE, byDate, byUrl),
        };
        var top = searcher.Search(new BoostingQuery(built.Query!, InspectionResults, ResultWeight), Filter(request), wanted, sort);

        var hits = top.ScoreDocs
            .Skip((request.Page - 1) * request.Size)
            .Select(sd => ToHit(searcher.Doc(sd.Doc), built))
            .ToList();
        return new SearchResults(top.TotalHits, request.Page, request.Size, hits) { Sort = request.Sort };
    }

    /// <summary>
    /// A 双随机 result weighs half a decision: a shop's name or its wrongdoing finds its decision first and the result
    /// that led to it (立案查处) after. Results are short, which alone had ranked them above the decisions. Boost 0: the
    /// kind only marks what <see cref="BoostingQuery"/> multiplies, and adds nothing to the score itself.
    /// </summary>
    private static readonly TermQuery InspectionResults = new(new Term(SearchFields.Kind, SearchKinds.Inspection)) { Boost = 0f };

    private const float ResultWeight = 0.5f;

    /// <summary>Publicity by today's date, always; then the person's filters.</summary>
    private Filter Filter(SearchRequest r)
    {
        var filter = new BooleanFilter { { PublicOn(Today, r.Kind), Occur.MUST } };
        if (r.Body is { } body) filter.Add(new TermFilter(new Term(SearchFields.Body, body)), Occur.MUST);
        if (r.Category is { } category) filter.Add(new TermFilter(new Term(SearchFields.Category, category)), Occur.MUST);
        if (r.Penalty is { } penalty) filter.Add(new TermFilter(new Term(SearchFields.Penalty, penalty)), Occur.MUST);
        if (r.Year is { } year) filter.Add(NumericRangeFilter.NewInt32Range(SearchFields.Year, year, year, true, true), Occur.MUST);
        // The smallest amounts first: among decisions with an amount (a warning alone, or a 双随机 result, has none).
        if (r.Sort == SearchSort.AmountAscending) filter.Add(NumericRangeFilter.NewInt64Range(SearchFields.AmountFen, 1, long.MaxValue, true, true), Occur.MUST);
        // Most searches filter by nothing more: the day's cached bit set as it is, not a copy ANDed with it.
        return filter.Clauses.Count == 1 ? filter.Clauses[0].Filter : filter;
    }

    private sealed record DayFilters(DateOnly Day, ConcurrentDictionary<string, Filter> ByKind);

    private DayFilters? publicFilters;

    /// <summary>
    /// Decisions (and 双随机 results) still public on <paramref name="day"/>, of one kind or both: shown while the day is
    /// before the first day they are no longer public. Cached for the day as a bit set per segment, since every query
    /// needs one; the kind is in it because a query with 罚 (罚款5万, a 文书号) asks for decisions only, and a kind
    /// filter read afresh walked the postings of nearly every document on each such query (a 文书号 took 2.5 ms
    /// instead of 0.8 at 100,000 decisions; BENCHMARKS.md).
    /// </summary>
    private Filter PublicOn(DateOnly day, string? kind)
    {
        var cached = Volatile.Read(ref publicFilters);
        if (cached is null || cached.Day != day)
        {
            cached = new DayFilters(day, new ConcurrentDictionary<string, Filter>(StringComparer.Ordinal));
            Volatile.Write(ref publicFilters, cached);
        }
        return cached.ByKind.GetOrAdd(kind ?? "", k =>
        {
            Filter publicOn = NumericRangeFilter.NewInt32Range(SearchFields.PublicUntil, SearchIndexBuilder.DateKey(day), null, false, true);
            return new CachingWrapperFilter(k.Length == 0
                ? publicOn
                : new BooleanFilter { { publicOn, Occur.MUST }, { new TermFilter(new Term(SearchFields.Kind, k)), Occur.MUST } });
        });
    }

    private SearchHit ToHit(Document doc, BuiltQuery built)
    {
        var penalties = doc.GetValues(SearchFields.PenaltyItem).Select(SearchIndexBuilder.FromStoredPenalty).ToList();
        return new SearchHit(
            Number: doc.Get(SearchFields.Number),
            Title: doc.Get(SearchFields.Title),
            Url: doc.Get(SearchFields.Url),
            BodySlug: doc.Get(SearchFields.Body),
            BodyName: doc.Get(SearchFields.BodyName),
            PartyName: doc.Get(SearchFields.Party),
            Category: doc.Get(SearchFields.Category),
            PenaltyKinds: doc.GetValues(SearchFields.Penalty),
            TotalAmount: decimal.Parse(doc.Get(SearchFields.Amount), CultureInfo.InvariantCulture),
            Decided: Date(doc, SearchFields.Decided),
            Published: Date(doc, SearchFields.Published),
            PublicUntil: Date(doc, SearchFields.PublicUntil),
            Snippet: Snippet.Build(doc.Get(SearchFields.Text), SnippetTerms(built, penalties), analyzer))
        {
            Kind = doc.Get(SearchFields.Kind) ?? SearchKinds.Decision,
            Penalties = penalties,
        };
    }

    /// <summary>The query's terms, and for an amount searched (罚款两万) the found penalty's amount as decisions write it.</summary>
    private static IReadOnlySet<string> SnippetTerms(BuiltQuery built, IReadOnlyList<Penalty> penalties)
    {
        var amounts = penalties.Select(p => p.Amount).OfType<decimal>()
            .Where(a => built.Amounts.Any(r => SearchIndexBuilder.Fen(a) is var fen && fen >= r.From && fen <= r.To))
            .ToList();
        if (amounts.Count == 0) return built.Terms;
        var terms = new HashSet<string>(built.Terms, StringComparer.Ordinal);
        foreach (var amount in amounts) terms.UnionWith(ChineseAmount.Forms(amount));
        return terms;
    }

    private static DateOnly Date(Document doc, string field) =>
        SearchIndexBuilder.FromDateKey(doc.GetField(field).GetInt32Value() ?? 0);

    public void Dispose()
    {
        reader.Dispose();
        analyzer.Dispose();
        directory.Dispose();
    }
}
