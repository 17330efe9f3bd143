using System.Net;
using System.Text;

namespace Enforcement.Redaction;

/// <summary>
/// Turns an output file into the text a reader (or a crawler) can get out of it: JSON escapes (\u738B) and
/// HTML entities (&amp;#x738B;) decoded, and the values of attributes that carry text (title, alt, content,
/// href, data-*) added at the end, since the scanners otherwise step over tags.
/// </summary>
internal static class GateText
{
    private static readonly HashSet<string> TextAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "title", "alt", "content", "href", "src", "srcset", "value", "placeholder", "label", "summary", "cite",
        "action", "poster", "download", "srcdoc", "longdesc", "abbr", "datetime",
    };

    public static string Prepare(PublishedText output)
    {
        var text = output.Text;
        if (IsJson(output)) text = Unescape(text, jsonEscapes: true);
        else if (text.Contains("\\u", StringComparison.Ordinal)) text = Unescape(text, jsonEscapes: false);
        var extra = new StringBuilder();
        if (text.Contains('<')) CollectAttributes(text, extra);
        if (text.Contains('&'))
        {
            var escapedMarkup = text.Contains("&lt;", StringComparison.Ordinal);
            text = WebUtility.HtmlDecode(text);
            // A feed carries its entries' HTML escaped; once decoded, its tags carry attributes too.
            if (escapedMarkup) CollectAttributes(text, extra);
        }
        return extra.Length == 0 ? text : text + TextFolding.Boundary + extra;
    }

    private static bool IsJson(PublishedText output)
    {
        if (output.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) return true;
        var t = output.Text.AsSpan().TrimStart();
        return t.Length > 0 && t[0] is '{' or '[';
    }

    /// <summary>Decodes \uXXXX (and with <paramref name="jsonEscapes"/> the other JSON escapes).</summary>
    private static string Unescape(string s, bool jsonEscapes)
    {
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c != '\\' || i + 1 >= s.Length) { sb.Append(c); continue; }
            var e = s[i + 1];
            if (e == 'u' && i + 5 < s.Length && ushort.TryParse(s.AsSpan(i + 2, 4), System.Globalization.NumberStyles.HexNumber, null, out var code))
            {
                sb.Append((char)code);
                i += 5;
                continue;
            }
            char? simple = jsonEscapes ? e switch { '"' => '"', '\\' => '\\', '/' => '/', 'b' => '\b', 'f' => '\f', 'n' => '\n', 'r' => '\r', 't' => '\t', _ => null } : null;
            if (simple is { } ch) { sb.Append(ch); i++; }
            else sb.Append(c);
        }
        return sb.ToString();
    }

    private static void CollectAttributes(string s, StringBuilder extra)
    {
        for (var i = s.IndexOf('<'); i >= 0 && i < s.Length; i = s.IndexOf('<', i + 1))
        {
            if (!HtmlTags.TryRead(s, i, out var end, out _)) continue;
            var p = i + 1;
            while (p < end && (char.IsAsciiLetterOrDigit(s[p]) || s[p] is '-' or '/' or '!' or '?')) p++;
            while (p < end - 1)
            {
                while (p < end && (char.IsWhiteSpace(s[p]) || s[p] == '/')) p++;
                var nameStart = p;
                while (p < end && !char.IsWhiteSpace(s[p]) && s[p] is not ('=' or '>' or '/')) p++;
                var name = s.AsSpan(nameStart, p - nameStart);
                while (p < end && char.IsWhiteSpace(s[p])) p++;
                if (p >= end || s[p] != '=') { if (p == nameStart) p++; continue; }
                p++;
                while (p < end && char.IsWhiteSpace(s[p])) p++;
                int valueStart, valueEnd;
                if (p < end && s[p] is '"' or '\'')
                {
                    var q = s[p];
                    valueStart = p + 1;
                    valueEnd = s.IndexOf(q, valueStart, end - valueStart);
                    if (valueEnd < 0) valueEnd = end - 1;
                    p = valueEnd + 1;
                }
                else
                {
                    valueStart = p;
                    while (p < end && !char.IsWhiteSpace(s[p]) && s[p] != '>') p++;
                    valueEnd = p;
                }
                if (TextAttributes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name)
                    || name.StartsWith("data-", StringComparison.OrdinalIgnoreCase) || name.StartsWith("aria-", StringComparison.OrdinalIgnoreCase))
                    extra.Append(WebUtility.HtmlDecode(s[valueStart..valueEnd])).Append(TextFolding.Boundary);
            }
            i = end - 1;
        }
    }
}
