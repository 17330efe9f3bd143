using System.Globalization;
using Enforcement.Content;
using Enforcement.Inspections;
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
    /// Replaces <paramref name="indexDir"/> with a fresh index of the public decisions and the public 双随机 results of
    /// <paramref name="inspections"/> (after the decisions, in the same segment). <paramref name="bodyNames"/> maps body slug to its name,
    /// which is then searchable; without it a body is known by its slug. The staff's <paramref name="words"/> (content/search/synonyms.yml)
    /// and the bodies with their aliases (<paramref name="bodies"/>; by default derived from <paramref name="bodyNames"/>) go beside
    /// the index as <see cref="SearchVocabulary.FileName"/>, with the public names suggestions may offer. With a
    /// <paramref name="cacheDir"/>, parts of the index that are the same as in the last build are taken from it (<see cref="IndexParts"/>).
    /// </summary>
    public static void Build(IEnumerable<PublicDecision> decisions, string indexDir,
        IReadOnlyDictionary<string, string>? bodyNames = null, SearchWords? words = null, IReadOnlyList<SearchBody>? bodies = null, string? cacheDir = null,
        IEnumerable<PublicInspection>? inspections = null) =>
        Build(decisions, indexDir, bodyNames, words, bodies, () => new ChineseAnalyzer(), cacheDir, inspections);

    /// <summary>With another analyzer: for measuring alternatives (bench/Search); the searcher must use the same one.</summary>
    internal static void Build(IEnumerable<PublicDecision> decisions, string indexDir, IReadOnlyDictionary<string, string>? bodyNames,
        SearchWords? words, IReadOnlyList<SearchBody>? bodies, Func<Lucene.Net.Analysis.Analyzer> analyzer, string? cacheDir = null,
        IEnumerable<PublicInspection>? inspections = null)
    {
        var list = decisions as IReadOnlyList<PublicDecision> ?? decisions.ToList();
        if (System.IO.Directory.Exists(indexDir)) System.IO.Directory.Delete(indexDir, recursive: true);
        System.IO.Directory.CreateDirectory(indexDir);
        var indexed = list.Where(d => d.State == PublicityState.Public).ToList();
        var documents = indexed.AsParallel().AsOrdered()
            .Select(d => ToDocument(d, bodyNames?.GetValueOrDefault(d.BodySlug) ?? d.BodySlug)).ToList();
        var parts = indexed.Select(d => MonthKey(d.Published)).ToList();
        // 双随机 results go last, in parts of their own (negative keys), so decisions' order stays as it is.
        foreach (var (document, published) in InspectionIndex.Documents(inspections ?? [], bodyNames))
        {
            documents.Add(document);
            parts.Add(-MonthKey(published));
        }
        IndexParts.Write(documents, parts, indexDir, cacheDir, analyzer);
        bodies ??= (bodyNames ?? new Dictionary<string, string>()).Select(b => SearchBody.From(b.Key, b.Value, [])).ToList();
        SearchVocabulary.From(list, bodies, words).Save(indexDir);
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
            new Int64Field(SearchFields.AmountFen, Fen(d.TotalAmount), Field.Store.NO),
            new NumericDocValuesField(SearchFields.AmountSort, Fen(d.TotalAmount)),
            new StoredField(SearchFields.Amount, d.TotalAmount.ToString(CultureInfo.InvariantCulture)),
            new StoredField(SearchFields.Text, text),
            new StringField(SearchFields.Kind, SearchKinds.Decision, Field.Store.YES),
        };
        foreach (var kind in d.Penalties.Select(p => p.Kind).Distinct())
            doc.Add(new StringField(SearchFields.Penalty, kind, Field.Store.YES));
        foreach (var kind in PartyKinds.Of(d.PartyName))
            doc.Add(new StringField(SearchFields.PartyKind, kind, Field.Store.NO));
        foreach (var p in d.Penalties)
            doc.Add(new StoredField(SearchFields.PenaltyItem, StoredPenalty(p)));
        foreach (var amount in d.Penalties.Select(p => p.Amount).OfType<decimal>().Distinct())
            doc.Add(new Int64Field(SearchFields.PenaltyFen, Fen(amount), Field.Store.NO));
        foreach (var fine in d.Penalties.Where(p => p.IsFine).Select(p => p.Amount).OfType<decimal>().Distinct())
            doc.Add(new Int64Field(SearchFields.FineFen, Fen(fine), Field.Store.NO));
        if (DecisionNumberKey.Loose(d.Number) is { } loose)
            foreach (var key in DecisionNumberKey.IndexKeys(loose))
                doc.Add(new StringField(SearchFields.NumberLoose, key, Field.Store.NO));

        // The catch-all field, one value per source so a phrase never spans two of them. Title and party go
        // in twice: a match there says more about what the decision is about than one in the text.
        var all = new[] { d.Number, d.Title, d.Title, d.PartyName, d.PartyName, d.PartyCode, bodyName, d.Category, d.Violation, d.Basis }
            .Concat(d.Penalties.Select(p => p.Kind))
            .Append(text);
        foreach (var value in all.Where(v => !string.IsNullOrWhiteSpace(v)))
            doc.Add(new TextField(SearchFields.All, value!, Field.Store.NO));
        return doc;
    }

    private static int MonthKey(DateOnly date) => date.Year * 100 + date.Month;

    /// <summary>A date as yyyymmdd, which sorts and ranges like the date.</summary>
    internal static int DateKey(DateOnly date) => date.Year * 10000 + date.Month * 100 + date.Day;

    internal static DateOnly FromDateKey(int key) => new(key / 10000, key / 100 % 100, key % 100);

    /// <summary>An amount in yuan as the amount fields hold it, in fen; an amount too large for them is the largest.</summary>
    internal static long Fen(decimal yuan) => yuan >= long.MaxValue / 100 ? long.MaxValue : (long)Math.Round(yuan * 100m);

    /// <summary>A penalty as <see cref="SearchFields.PenaltyItem"/> stores it: its kind, a tab, its amount in yuan (none for 警告).</summary>
    internal static string StoredPenalty(Penalty p) => $"{p.Kind}\t{p.Amount?.ToString(CultureInfo.InvariantCulture)}";

    internal static Penalty FromStoredPenalty(string stored)
    {
        var tab = stored.IndexOf('\t');
        var amount = stored[(tab + 1)..];
        return new(stored[..tab], amount.Length == 0 ? null : decimal.Parse(amount, CultureInfo.InvariantCulture));
    }
}
