using Enforcement.Search;
using Enforcement.Validation;

namespace Enforcement.Loading;

/// <summary>
/// content/search/synonyms.yml (format in core/Search/README.md): synonym groups, filler words, places,
/// company suffixes, modifiers and the pages people ask for. Every problem is reported with the file, key and line.
/// </summary>
internal static class SynonymsReader
{
    public const string RelativePath = SearchWords.ContentFile;

    public static SearchWords Read(YamlMap map)
    {
        var groups = new List<SynonymGroup>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (entry, i) in map.MapList("synonyms", required: true).Select((m, i) => (m, i)))
        {
            var words = entry.StringList("words", required: true);
            var legal = entry.StringList("legal");
            if (words.Count + legal.Count < 2)
                entry.Error("words", "一组同义词至少要有两个词语 (a group needs at least two phrases in words and legal)");
            foreach (var (key, phrases) in new[] { ("words", words), ("legal", legal) })
            {
                foreach (var phrase in phrases)
                {
                    if (phrase.StartsWith(SynonymGroup.Gap, StringComparison.Ordinal) || phrase.EndsWith(SynonymGroup.Gap, StringComparison.Ordinal))
                        entry.Error(key, $"'{phrase}'：省略号 … 只能用在两段文字之间 (… must stand between two parts)");
                    if (!phrase.Any(char.IsLetterOrDigit))
                        entry.Error(key, $"'{phrase}' 没有可搜索的文字 (nothing searchable)");
                    var folded = QueryText.Normalize(phrase);
                    if (seen.TryGetValue(folded, out var other))
                        entry.Error(key, $"'{phrase}' 已在 {other} 中出现；一个词语只能属于一组 (a phrase may belong to one group only)");
                    else seen[folded] = $"synonyms[{i}]";
                }
            }
            groups.Add(new SynonymGroup(words, legal));
        }
        return new SearchWords(groups, Words(map, "filler"), Words(map, "places"), Words(map, "suffixes")) { Services = Services(map), Modifiers = Words(map, "modifiers") };
    }

    /// <summary>services: each a page of the site (url, a path such as /officers/), its title and the words that ask for it.</summary>
    private static List<ServiceLink> Services(YamlMap map)
    {
        var services = new List<ServiceLink>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (entry, i) in map.MapList("services").Select((m, i) => (m, i)))
        {
            var words = entry.StringList("words", required: true);
            var title = entry.Required("title");
            var url = entry.Required("url");
            if (url.Length > 0 && !IsSitePath(url))
                entry.Error("url", $"'{url}' 应为本站页面的路径，以 / 开头，例如 /officers/ (a path on this site)");
            foreach (var word in words)
            {
                var folded = QueryText.Normalize(word);
                if (folded.Length < 2)
                    entry.Error("words", $"'{word}' 太短：至少两个字 (two characters at least: a shorter word is in too many queries)");
                else if (seen.TryGetValue(folded, out var other))
                    entry.Error("words", $"'{word}' 已在 {other} 中出现；一个词语只能指向一个页面 (a word may lead to one page only)");
                else seen[folded] = $"services[{i}]";
            }
            services.Add(new ServiceLink(words, title, url));
        }
        return services;
    }

    private static bool IsSitePath(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.Any(c => char.IsWhiteSpace(c) || c is '\\' or '?' or '"' or '<' or '>');

    private static IReadOnlyList<string> Words(YamlMap map, string key)
    {
        var words = map.StringList(key);
        foreach (var duplicate in words.GroupBy(QueryText.Normalize).Where(g => g.Count() > 1))
            map.Error(key, $"'{duplicate.First()}' 重复出现 (listed twice)");
        return words;
    }

    /// <summary>Reads the file if the content has one; a content folder without it searches without synonyms.</summary>
    public static SearchWords ReadFile(string contentDir, List<ContentError> errors)
    {
        var path = Path.Combine(contentDir, RelativePath);
        if (!File.Exists(path)) return SearchWords.None;
        var map = YamlDocument.ReadMap(path, RelativePath, errors);
        return map is null ? SearchWords.None : Read(map);
    }
}
