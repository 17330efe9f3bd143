using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Enforcement.Content;
using Enforcement.Publicity;
using Enforcement.Redaction;

namespace Enforcement.Search;

/// <summary>
/// What the searcher knows besides the index, written beside it (index/vocabulary.json) by the same build:
/// the staff's search words, the bodies' everyday names, and the names suggestions and 您是不是要找 may offer.
/// Names come only from public decisions' redacted fields, and never from a natural person.
/// </summary>
public sealed record SearchVocabulary(
    SearchWords Words,
    IReadOnlyList<SearchBody> Bodies,
    IReadOnlyList<SearchName> Names)
{
    public const string FileName = "vocabulary.json";

    public static readonly SearchVocabulary Empty = new(SearchWords.None, [], []);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>
    /// The vocabulary for an index of <paramref name="decisions"/>: party names of organisations and individual
    /// businesses and the categories, each with the public decisions it leads to; the bodies' names and forms.
    /// </summary>
    public static SearchVocabulary From(IEnumerable<PublicDecision> decisions, IEnumerable<SearchBody> bodies, SearchWords? words)
    {
        var bodyList = bodies.ToList();
        var indexed = decisions.Where(d => d.State == PublicityState.Public).ToList();
        var parties = indexed.Where(d => d.PartyKind != PartyKind.NaturalPerson && d.PartyName.Length > 0)
            .GroupBy(d => d.PartyName, StringComparer.Ordinal)
            .Select(g => new SearchName(g.Key, NameKind.Party, Links(g)));
        var categories = indexed.Where(d => d.Category.Length > 0)
            .GroupBy(d => d.Category, StringComparer.Ordinal)
            .Select(g => new SearchName(g.Key, NameKind.Category, Links(g)));
        var bodyNames = bodyList.Select(b => new SearchName(b.Name, NameKind.Body,
            Links(indexed.Where(d => d.BodySlug == b.Slug))));
        var names = parties.Concat(categories).Concat(bodyNames)
            .Where(n => n.Decisions.Count > 0)
            .OrderBy(n => n.Kind).ThenBy(n => n.Text, StringComparer.Ordinal)
            .ToList();
        return new SearchVocabulary(words ?? SearchWords.None, bodyList, names);

        static List<NameLink> Links(IEnumerable<PublicDecision> ds) =>
            ds.Select(d => new NameLink(d.Url, d.PublicUntil)).OrderBy(l => l.Url, StringComparer.Ordinal).ToList();
    }

    public void Save(string indexDir) =>
        File.WriteAllText(Path.Combine(indexDir, FileName), JsonSerializer.Serialize(this, Json));

    /// <summary>The vocabulary beside an index; empty when an older build wrote none.</summary>
    public static SearchVocabulary Load(string indexDir)
    {
        var path = Path.Combine(indexDir, FileName);
        if (!File.Exists(path)) return Empty;
        return JsonSerializer.Deserialize<SearchVocabulary>(File.ReadAllText(path), Json) ?? Empty;
    }
}

public enum NameKind { Party, Body, Category }

/// <summary>A name that suggestions may offer, and the decisions it leads to (each public until a day).</summary>
public sealed record SearchName(string Text, NameKind Kind, IReadOnlyList<NameLink> Decisions);

public sealed record NameLink(string Url, DateOnly Until);
