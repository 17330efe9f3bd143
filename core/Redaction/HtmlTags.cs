namespace Enforcement.Redaction;

/// <summary>How a tag affects text that runs through it.</summary>
internal enum TagKind
{
    /// <summary>Inline markup (em, strong, a, span ...): the text reads on through it.</summary>
    Inline,
    /// <summary>br: a line break inside the same text.</summary>
    LineBreak,
    /// <summary>Anything else (p, li, td, div, comments ...): the text on either side is separate.</summary>
    Block,
}

/// <summary>Recognises HTML tags in Markdown (raw HTML) and in rendered output, without a full parser.</summary>
internal static class HtmlTags
{
    private static readonly HashSet<string> InlineNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd",
        "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
    };

    private const int MaxTagLength = 4096;

    /// <summary>
    /// Whether a tag starts at <paramref name="i"/> (which holds '&lt;'); <paramref name="end"/> is just past it.
    /// Follows CommonMark's rule that a tag name is followed by space, / or &gt;, so autolinks such as
    /// &lt;tel:13800138000&gt; or &lt;zhang@example.com&gt; are text, not tags.
    /// </summary>
    public static bool TryRead(string s, int i, out int end, out TagKind kind)
    {
        end = i;
        kind = TagKind.Block;
        var p = i + 1;
        if (p >= s.Length) return false;
        if (s[p] == '!')
        {
            // A comment's opening is a boundary; what follows stays visible to the scanners (a comment can leak too).
            if (string.CompareOrdinal(s, p, "!--", 0, 3) == 0) { end = p + 3; return true; }
            return TryFindClose(s, p, out end);
        }
        if (s[p] == '?') return TryFindClose(s, p, out end);
        if (s[p] == '/') p++;
        var nameStart = p;
        while (p < s.Length && (char.IsAsciiLetterOrDigit(s[p]) || s[p] == '-')) p++;
        if (p == nameStart || !char.IsAsciiLetter(s[nameStart]) || p >= s.Length) return false;
        if (!(s[p] is '>' or '/' || char.IsWhiteSpace(s[p]))) return false;
        if (!TryFindClose(s, p, out end)) return false;
        var name = s.AsSpan(nameStart, p - nameStart);
        kind = name.Equals("br", StringComparison.OrdinalIgnoreCase) ? TagKind.LineBreak
            : InlineNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name) ? TagKind.Inline
            : TagKind.Block;
        return true;
    }

    /// <summary>Finds the closing &gt;, skipping quoted attribute values; gives up at a stray &lt; or after 4 KB.</summary>
    private static bool TryFindClose(string s, int p, out int end)
    {
        end = p;
        char quote = '\0';
        var limit = Math.Min(s.Length, p + MaxTagLength);
        for (; p < limit; p++)
        {
            var c = s[p];
            if (quote != '\0') { if (c == quote) quote = '\0'; continue; }
            if (c is '"' or '\'') quote = c;
            else if (c == '<') return false;
            else if (c == '>') { end = p + 1; return true; }
        }
        return false;
    }

    /// <summary>An HTML entity (&amp;nbsp; &amp;#160; &amp;#xA0;) starting at <paramref name="i"/>; <paramref name="end"/> is just past its ';'.</summary>
    public static bool TryReadEntity(string s, int i, out int end)
    {
        end = i;
        var p = i + 1;
        var limit = Math.Min(s.Length, i + 12);
        if (p < limit && s[p] == '#')
        {
            p++;
            if (p < limit && s[p] is 'x' or 'X') p++;
        }
        var start = p;
        while (p < limit && char.IsAsciiLetterOrDigit(s[p])) p++;
        if (p == start || p >= limit || s[p] != ';') return false;
        end = p + 1;
        return true;
    }
}
