namespace Enforcement.Registry;

/// <summary>
/// out/data/shell.html: the site's page frame, written by the build with two slots, so the pages the API
/// answers with (form posts, the officer page, search without JavaScript) look like the rest of the site.
/// </summary>
public static class PageShell
{
    public const string FileName = "shell.html";

    /// <summary>
    /// The staff console's frame: the same, but linking to the site by its address and without the search box, since
    /// the console is served on the API's own address (README, Deploying). The preview, which serves the site, uses <see cref="FileName"/>.
    /// </summary>
    public const string ConsoleFileName = "console-shell.html";

    /// <summary>
    /// out/data/assets: a copy of the site's stylesheets and scripts, which the API serves at /assets/ so that the
    /// pages it answers on its own address (the console, the printed cards) are styled too.
    /// </summary>
    public const string AssetsFolder = "assets";

    /// <summary>How long browsers may keep /assets/ files without asking again: the site (Netlify, nginx) and the API alike.</summary>
    public const string AssetsCacheControl = "public, max-age=3600";

    /// <summary>Replaced by the page's title (HTML-escaped).</summary>
    public const string TitleSlot = "{{title}}";

    /// <summary>Replaced by the page's content (trusted markup).</summary>
    public const string ContentSlot = "<!--content-->";
}
