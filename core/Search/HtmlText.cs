using System.Text;

namespace Enforcement.Search;

/// <summary>HTML escaping for text placed in element content or a quoted attribute.</summary>
public static class HtmlText
{
    public static string Escape(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    public static string Escape(string text) => Escape(text.AsSpan());
}
