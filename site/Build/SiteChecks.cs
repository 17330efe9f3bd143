using Enforcement.Content;
using Enforcement.Search;
using Enforcement.Validation;

namespace Enforcement.Site.Build;

/// <summary>What the site needs of the content beyond the contract's own rules.</summary>
internal static class SiteChecks
{
    /// <summary>
    /// A certificate number becomes a folder (/officers/{certificate}/), so it may not contain path separators,
    /// URL syntax or whitespace, nor be "." or "..".
    /// </summary>
    public static IEnumerable<ContentError> Check(PortalContent content)
    {
        foreach (var officer in content.Officers)
        {
            var c = officer.Certificate;
            if (c is "." or ".." || c.Any(ch => ch is '/' or '\\' or '?' or '#' or '%' || char.IsWhiteSpace(ch) || char.IsControl(ch)))
                yield return new ContentError($"officers/{officer.BodySlug}.yml", "certificate",
                    $"执法证号 '{c}' 不能包含空格、/、\\、?、# 或 % (used in the page address)");
        }
    }

    /// <summary>A service link (synonyms.yml, services:) must lead to a page this build writes, not to a 404.</summary>
    public static IEnumerable<ContentError> ServiceLinks(IReadOnlyList<ServiceLink> services, IReadOnlyList<PageJob> pages)
    {
        var files = pages.Select(p => p.FilePath).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < services.Count; i++)
            if (!files.Contains(PageJob.ToFilePath(services[i].Url)))
                yield return new ContentError(SearchWords.ContentFile, $"services[{i}].url",
                    $"'{services[i].Url}' 不是本站的页面 (no page of the site has this address)");
    }
}
