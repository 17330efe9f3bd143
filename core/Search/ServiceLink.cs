namespace Enforcement.Search;

/// <summary>
/// A page of the site that people look for with the search box (content/search/synonyms.yml, services:): 查执法证
/// means the officers' list, 信息有误 the correction form, 复议 the page on remedies. When the query holds one of
/// <see cref="Words"/>, the results page links to <see cref="Url"/> above the hits.
/// </summary>
public sealed record ServiceLink(IReadOnlyList<string> Words, string Title, string Url)
{
    public const int MaxShown = 3;

    /// <summary>The words folded as queries are, once, not on every search.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<string> FoldedWords { get; } = [.. Words.Select(QueryText.Normalize)];

    /// <summary>
    /// The links whose words the query holds (folded as queries are: 繁→简, width, case, spaces), in the file's order,
    /// at most <see cref="MaxShown"/>.
    /// </summary>
    public static IReadOnlyList<ServiceLink> For(IEnumerable<ServiceLink> links, string query)
    {
        var folded = QueryText.Normalize(query);
        if (folded.Length == 0) return [];
        return [.. links.Where(l => l.FoldedWords.Any(w => folded.Contains(w, StringComparison.Ordinal))).Take(MaxShown)];
    }
}
