using System.Globalization;
using Enforcement.Content;
using Enforcement.Inspections;
using Enforcement.Publicity;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Enforcement.Search;

/// <summary>
/// 双随机 results as documents of the index <see cref="SearchIndexBuilder"/> writes, one per inspected unit,
/// in the same fields as a decision (title: the unit and its result, number: the task, party: the unit) and
/// with <see cref="SearchFields.Kind"/> = inspection, so they are found alongside decisions and can be
/// filtered apart. Their <see cref="SearchFields.PublicUntil"/> is the task's, so the searcher hides them
/// when their own period ends.
/// </summary>
public static class InspectionIndex
{
    /// <summary>What a unit where nothing was found is searched as, besides its name and result.</summary>
    private const string NothingFound = "双随机抽查";

    /// <summary>The text of one result exactly as it goes into the index, for the leak gate to scan.</summary>
    public static string IndexedText(PublicInspection task, PublicInspectionResult r) =>
        string.Join("\n", new[] { task.Title, r.Unit, r.Code, r.Operator, r.OutcomeLabel, r.Decision, task.Item, r.Note }
            .Where(s => !string.IsNullOrEmpty(s)));

    /// <summary>A document for each result of the tasks public on the build's day, tasks and results in the order given.</summary>
    internal static IEnumerable<(Document Document, DateOnly Published)> Documents(IEnumerable<PublicInspection> tasks, IReadOnlyDictionary<string, string>? bodyNames) =>
        tasks.Where(t => t.State == PublicityState.Public)
            .SelectMany(t => t.Results.Select((r, i) => (ToDocument(t, r, i, bodyNames?.GetValueOrDefault(t.BodySlug) ?? t.BodySlug), t.Published)));

    private static Document ToDocument(PublicInspection t, PublicInspectionResult r, int index, string bodyName)
    {
        var url = t.ResultUrl(index);
        var title = $"{r.Unit}：{r.OutcomeLabel}";
        // What every unit of the task was checked for (从业人员健康证明 …) is not searched: a unit found by it would read
        // as if it had broken it. Its note is what was found there.
        var text = string.Join("；", new[] { $"{t.Title}，抽查事项：{t.Item}", r.Note }.Where(s => s.Length > 0));
        // Nor, where nothing was found, the task's subject (商品和服务明码标价情况检查): 不标价 listed every shop the task
        // checked, those in order first, above the decisions. Such a unit is found by its name, its result and as a
        // 双随机 result; its page and snippet still say which task it was.
        var searched = r.Outcome == InspectionOutcome.NoProblem ? string.Join("；", new[] { NothingFound, r.Note }.Where(s => s.Length > 0)) : text;
        var doc = new Document
        {
            new StringField(SearchFields.Url, url, Field.Store.YES),
            new SortedDocValuesField(SearchFields.UrlSort, new BytesRef(url)),
            new StoredField(SearchFields.Number, r.Decision ?? ""),
            new StoredField(SearchFields.Title, title),
            new StoredField(SearchFields.Party, r.Unit),
            new StringField(SearchFields.Body, t.BodySlug, Field.Store.YES),
            new StoredField(SearchFields.BodyName, bodyName),
            new StringField(SearchFields.Category, t.Item, Field.Store.YES),
            new Int32Field(SearchFields.Year, t.Year, Field.Store.YES),
            new Int32Field(SearchFields.Decided, SearchIndexBuilder.DateKey(t.Date), Field.Store.YES),
            new Int32Field(SearchFields.Published, SearchIndexBuilder.DateKey(t.Published), Field.Store.YES),
            new NumericDocValuesField(SearchFields.PublishedSort, SearchIndexBuilder.DateKey(t.Published)),
            new Int32Field(SearchFields.PublicUntil, SearchIndexBuilder.DateKey(t.PublicUntil), Field.Store.YES),
            new StoredField(SearchFields.Amount, 0m.ToString(CultureInfo.InvariantCulture)),
            new StoredField(SearchFields.Text, text),
            new StringField(SearchFields.Kind, SearchKinds.Inspection, Field.Store.YES),
        };
        foreach (var kind in PartyKinds.Of(r.Unit))
            doc.Add(new StringField(SearchFields.PartyKind, kind, Field.Store.NO));
        foreach (var value in new[] { title, title, r.Unit, r.Code, bodyName, r.Decision, searched }.Where(v => !string.IsNullOrWhiteSpace(v)))
            doc.Add(new TextField(SearchFields.All, value!, Field.Store.NO));
        return doc;
    }
}
