using System.Text;
using Lucene.Net.Analysis.CharFilters;

namespace Enforcement.Search;

/// <summary>
/// 繁→简 folding from OpenCC's TSCharacters and TSPhrases tables (embedded from Search/Data, see
/// Search/README.md), so that 風險 and 风险 meet in the index and in queries.
/// </summary>
public static class TraditionalToSimplified
{
    /// <summary>The char map for <see cref="MappingCharFilter"/>; built once, immutable and thread-safe.</summary>
    public static NormalizeCharMap Map => Lazy.Value.Map;

    /// <summary>How many traditional forms the map folds.</summary>
    public static int Count => Lazy.Value.Count;

    private static readonly Lazy<(NormalizeCharMap Map, int Count)> Lazy = new(Build);

    private static readonly Lazy<char[]> Chars = new(BuildChars);

    /// <summary>
    /// One character folded on its own (陳 → 陈, 證 → 证), for callers that must keep positions (redaction maps
    /// each folded character back to the text). Phrases and characters outside the BMP are left alone.
    /// </summary>
    public static char FoldChar(char c) => c < '\u3400' ? c : Chars.Value[c];

    /// <summary>Folds a whole string, e.g. a 文书号 for its exact-match key.</summary>
    public static string Fold(string text)
    {
        if (text.Length == 0) return text;
        using var reader = new MappingCharFilter(Map, new StringReader(text));
        var sb = new StringBuilder(text.Length);
        var buffer = new char[256];
        int n;
        while ((n = reader.Read(buffer, 0, buffer.Length)) > 0) sb.Append(buffer, 0, n);
        return sb.ToString();
    }

    private static (NormalizeCharMap, int) Build()
    {
        var builder = new NormalizeCharMap.Builder();
        var count = 0;
        // Phrases first: NormalizeCharMap matches the longest key, and a key may appear once only.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in new[] { "TSPhrases.txt", "TSCharacters.txt" })
        {
            foreach (var (from, to) in Read(file))
            {
                if (from == to || !seen.Add(from)) continue;
                builder.Add(from, to);
                count++;
            }
        }
        return (builder.Build(), count);
    }

    private static char[] BuildChars()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i < table.Length; i++) table[i] = (char)i;
        foreach (var (from, to) in Read("TSCharacters.txt"))
            if (from.Length == 1 && to.Length == 1) table[from[0]] = to[0];
        return table;
    }

    /// <summary>Lines of <c>繁&lt;TAB&gt;简[ 简2…]</c>; the first candidate is OpenCC's default choice.</summary>
    private static IEnumerable<(string From, string To)> Read(string resource)
    {
        foreach (var line in SearchData.Lines(resource))
        {
            var tab = line.IndexOf('\t');
            if (tab <= 0) continue;
            var to = line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            if (to is null) continue;
            yield return (line[..tab], to);
        }
    }
}
