namespace Enforcement.Registry;

/// <summary>
/// out/data/shell.html: the site's page frame, written by the build with two slots, so the pages the API
/// answers with (form posts, the officer page, search without JavaScript) look like the rest of the site.
/// </summary>
public static class PageShell
{
    public const string FileName = "shell.html";

    /// <summary>Replaced by the page's title (HTML-escaped).</summary>
    public const string TitleSlot = "{{title}}";

    /// <summary>Replaced by the page's content (trusted markup).</summary>
    public const string ContentSlot = "<!--content-->";
}
