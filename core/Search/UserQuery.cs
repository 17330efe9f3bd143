using System.Text;

namespace Enforcement.Search;

/// <summary>
/// What a person typed, split into the parts that must all match: words separated by spaces, and
/// phrases in quotes ("…", “…”, 「…」, 『…』). Every other character is text for the analyzer, so no
/// input is syntax: brackets, colons, * and the like are just punctuation.
/// </summary>
public sealed record UserQuery(string Text, IReadOnlyList<string> Parts)
{
    /// <summary>The parts that were typed in quotes: searched exactly as written, never relaxed or expanded.</summary>
    public IReadOnlySet<string> Quoted { get; init; } = new HashSet<string>();

    /// <summary>The same words with the quotes typed round them taken off (“过期食品” → 过期食品), or null if none were quoted.</summary>
    public string? Unquoted => Quoted.Count == 0 ? null : string.Join(" ", Parts);

    public const int MaxLength = 200;
    public const int MaxParts = 20;

    public static UserQuery Parse(string text)
    {
        var parts = new List<string>();
        var quoted = new HashSet<string>(StringComparer.Ordinal);
        var current = new StringBuilder();
        char? closing = null;
        foreach (var c in text)
        {
            if (closing is null && Closer(c) is { } close)
            {
                Flush();
                closing = close;
            }
            else if (closing is not null && c == closing)
            {
                Flush();
                closing = null;
            }
            else if (closing is null && (char.IsWhiteSpace(c) || char.IsControl(c)))
                Flush();
            else
                current.Append(c);
        }
        Flush(); // an unclosed quote runs to the end
        return new UserQuery(text, parts) { Quoted = quoted };

        void Flush()
        {
            var part = current.ToString().Trim();
            if (part.Length > 0) parts.Add(part);
            if (part.Length > 0 && closing is not null) quoted.Add(part);
            current.Clear();
        }
    }

    private static char? Closer(char open) => open switch
    {
        '"' => '"',
        '＂' => '＂',
        '“' => '”',
        '「' => '」',
        '『' => '』',
        _ => null,
    };
}
