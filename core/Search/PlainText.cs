using System.Text;
using Markdig;

namespace Enforcement.Search;

/// <summary>The decision's Markdown as one line of plain text: what is indexed and what snippets are cut from.</summary>
internal static class PlainText
{
    // Raw HTML in the Markdown is kept as literal text (and escaped wherever it is shown), never dropped or run.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static string FromMarkdown(string markdown) => CollapseWhitespace(Markdown.ToPlainText(markdown, Pipeline));

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
