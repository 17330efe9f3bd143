using System.Text;

namespace Enforcement.Redaction;

/// <summary>
/// A text whose HTML tables are written as Markdown's (<c>&lt;tr&gt;&lt;td&gt;姓名&lt;/td&gt;&lt;td&gt;刘海波&lt;/td&gt;&lt;/tr&gt;</c> as
/// <c>|姓名|刘海波|</c>), so that a table pasted from a web page or a word processor is read as the same table typed in
/// Markdown; <see cref="InOriginal"/> takes what is found back to the text's own positions.
/// </summary>
internal sealed class HtmlTables
{
    private readonly List<int> map;

    private HtmlTables(string text, List<int> map) => (Text, this.map) = (text, map);

    /// <summary>The text with its tables in Markdown: a cell opens with a pipe, a row starts a line and ends with a pipe.</summary>
    public string Text { get; }

    /// <summary>A value found in <see cref="Text"/>, at its place in the original text.</summary>
    public LabelledValue InOriginal(LabelledValue v) => v with { Start = map[v.Start], End = map[v.End - 1] + 1 };

    /// <summary>
    /// The text's tables rewritten, or null when it has no table cell. Only the tables are kept, each on lines of its
    /// own: the rest was read already.
    /// </summary>
    public static HtmlTables? AsMarkdown(string s)
    {
        if (s.IndexOf("<td", StringComparison.OrdinalIgnoreCase) < 0 && s.IndexOf("<th", StringComparison.OrdinalIgnoreCase) < 0) return null;
        var text = new StringBuilder();
        var map = new List<int>();
        var depth = 0;
        var inRow = false;
        for (var i = s.IndexOf('<'); i >= 0 && i < s.Length; i++)
        {
            var c = s[i];
            if (c == '<' && IsTableTag(s, i) && HtmlTags.TryRead(s, i, out var end, out _) && TagName(s, i, end) is var (name, closing) && IsTables(name))
            {
                if (name == "table") depth = Math.Max(0, depth + (closing ? -1 : 1));
                if (name == "tr") inRow = !closing;
                if (Rewritten(name, closing) is { } written) { text.Append(written); map.Add(i); }
                i = end - 1;
                continue;
            }
            if (depth == 0 && !inRow)
            {
                // Outside a table: on to the next tag.
                var next = s.IndexOf('<', i + 1);
                if (next < 0) break;
                i = next - 1;
                continue;
            }
            // A row pasted one cell a line is one row.
            if (c is '\n' or '\r') continue;
            text.Append(c);
            map.Add(i);
        }
        return new HtmlTables(text.ToString(), map);
    }

    /// <summary>Whether the tag at <paramref name="at"/> may be a table's (its name starts with t): the rest are stepped over unread.</summary>
    private static bool IsTableTag(string s, int at)
    {
        var p = at + 1 < s.Length && s[at + 1] == '/' ? at + 2 : at + 1;
        return p < s.Length && s[p] is 't' or 'T';
    }

    private static bool IsTables(string name) => name is "td" or "th" or "tr" or "table" or "thead" or "tbody" or "tfoot";

    /// <summary>What a table's tag is written as in Markdown: a pipe, a line break, or nothing (a cell's end).</summary>
    private static char? Rewritten(string name, bool closing) => name switch
    {
        "td" or "th" => closing ? null : '|',
        "tr" => closing ? '|' : '\n',
        _ => '\n',
    };

    private static (string Name, bool Closing) TagName(string s, int start, int end)
    {
        var closing = start + 1 < end && s[start + 1] == '/';
        var at = closing ? start + 2 : start + 1;
        var stop = at;
        while (stop < end && char.IsAsciiLetterOrDigit(s[stop])) stop++;
        return (s[at..stop].ToLowerInvariant(), closing);
    }
}
