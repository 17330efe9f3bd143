using System.Text;
using Markdig;

namespace Enforcement.Search;

/// <summary>The decision's Markdown as one line of plain text: what is indexed and what snippets are cut from.</summary>
internal static class PlainText
{
    // Raw HTML in the Markdown is kept as literal text (and escaped wherever it is shown), never dropped or run.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static string FromMarkdown(string markdown) => CollapseWhitespace(Markdown.ToPlainText(TableCells(markdown), Pipeline));

    /// <summary>
    /// A table's rows as their cells' words (| 序号 | 品名 | → 序号 品名), its |---| line dropped: a snippet showed
    /// "扣押的食品如下： | 序号 | 品名 | 商标 |…" on a phone.
    /// </summary>
    internal static string TableCells(string markdown)
    {
        if (!markdown.Contains('|')) return markdown;
        var lines = markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length < 2 || line[0] != '|') continue;
            lines[i] = line.AsSpan().IndexOfAnyExcept("|-: \t\r") < 0 ? "" : line.Replace('|', ' ');
        }
        return string.Join('\n', lines);
    }

    public static string CollapseWhitespace(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
