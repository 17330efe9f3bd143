namespace Enforcement.Content;

/// <summary>content/pages/&lt;slug&gt;.md: a free page (关于本站, 救济渠道说明 ...).</summary>
public sealed record FreePage(string Slug, string Title, string Markdown);
