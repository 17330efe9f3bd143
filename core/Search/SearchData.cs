using System.Reflection;
using System.Text;

namespace Enforcement.Search;

/// <summary>The tables embedded from Search/Data (OpenCC's 繁→简, ICU's pinyin) and Redaction/Data (common words), read line by line.</summary>
internal static class SearchData
{
    public static IEnumerable<string> Lines(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded resource {resource} is missing (core/Search/Data, core/Redaction/Data)");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line) yield return line;
    }
}
