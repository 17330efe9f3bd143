namespace Enforcement.Search;

/// <summary>
/// content/search/synonyms.yml: the words staff teach the search (format in Search/README.md). Synonym
/// groups link everyday words to the decisions' legal wording; filler words, places, company suffixes and modifiers are
/// what relaxation may drop when the exact query finds nothing; services are the site's pages people search for.
/// </summary>
public sealed record SearchWords(
    IReadOnlyList<SynonymGroup> Synonyms,
    IReadOnlyList<string> Filler,
    IReadOnlyList<string> Places,
    IReadOnlyList<string> Suffixes)
{
    public static readonly SearchWords None = new([], [], [], []);

    /// <summary>The content file they are read from, as errors name it.</summary>
    public const string ContentFile = "search/synonyms.yml";

    /// <summary>Pages of the site the search box links to when a query names them (办事直达).</summary>
    public IReadOnlyList<ServiceLink> Services { get; init; } = [];

    /// <summary>
    /// Words people put before what they look for that decisions do not write (大型超市, 进口食品, 品牌服装): relaxation
    /// drops them as it drops places, and the results say so.
    /// </summary>
    public IReadOnlyList<string> Modifiers { get; init; } = [];
}

/// <summary>
/// One synonym group: an everyday word searches for itself and every legal phrase; a legal phrase for the
/// other legal phrases (QueryLexicon, QueryBuilder). A phrase may hold
/// "…" for "a few characters in between" (未取得…许可 matches 未取得食品经营许可).
/// </summary>
public sealed record SynonymGroup(IReadOnlyList<string> Words, IReadOnlyList<string> Legal)
{
    public const string Gap = "…";

    [System.Text.Json.Serialization.JsonIgnore]
    public IEnumerable<string> Phrases => Words.Concat(Legal);
}
