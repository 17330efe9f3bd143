using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Enforcement.Site.Pages.Shared;

namespace Enforcement.Site.Build;

/// <summary>
/// Staff Markdown to HTML. Raw HTML is off and link targets are limited to safe schemes, so text typed by
/// staff can never inject script or handlers; headings nest under the page's own.
/// </summary>
internal static class MarkdownText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseCjkFriendlyEmphasis()
        .UseNonAsciiNoEscape()
        .DisableHtml()
        .Build();

    /// <param name="under">The level of the page's heading the text sits under: its top headings become one below it (HeadingLevels).</param>
    public static string ToHtml(string markdown, int under)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var headings = document.Descendants<HeadingBlock>().ToList();
        var levels = HeadingLevels.Under(under, headings.Select(h => h.Level).ToList());
        for (var i = 0; i < headings.Count; i++)
            headings[i].Level = levels[i];
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
            if (!IsSafe(autolink.Url, image: false))
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
        foreach (var link in document.Descendants<LinkInline>().ToList())
            if (!IsSafe(link.Url, link.IsImage))
                Unwrap(link);

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        // A table as wide as its columns (a 决定书's 扣押物品清单 has ten) scrolls in its own box on a phone instead of
        // widening the page. Raw HTML is off, so every <table> here is one of Markdig's.
        return writer.ToString().Replace("<table>", TableScroll.OpenTag("决定书中的表格") + "<table>", StringComparison.Ordinal)
            .Replace("</table>", "</table></div>", StringComparison.Ordinal);
    }

    /// <summary>Site-relative paths, fragments, and http(s)/mailto/tel links; images only from the site or https.</summary>
    internal static bool IsSafe(string? url, bool image)
    {
        if (string.IsNullOrWhiteSpace(url)) return !image;
        var u = url.Trim();
        if (u.StartsWith("//", StringComparison.Ordinal)) return false;
        if (u.StartsWith('/') || u.StartsWith('#')) return true;
        var colon = u.IndexOf(':');
        var slash = u.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon)) return true; // relative: no scheme
        var scheme = u[..colon].ToLowerInvariant();
        return image ? scheme == "https" : scheme is "http" or "https" or "mailto" or "tel";
    }

    // An unsafe link keeps its words but loses its target; an unsafe image disappears.
    private static void Unwrap(LinkInline link)
    {
        if (!link.IsImage)
        {
            var child = link.FirstChild;
            while (child is not null)
            {
                var next = child.NextSibling;
                child.Remove();
                link.InsertBefore(child);
                child = next;
            }
        }
        link.Remove();
    }
}
