using System.Globalization;
using Enforcement.Site.Build;

namespace Enforcement.Site.Feeds;

/// <summary>
/// sitemap.xml with absolute URLs. Past the protocol's 50,000 URLs per file it becomes a sitemap index over
/// sitemap-1.xml, sitemap-2.xml ...
/// </summary>
internal static class Sitemap
{
    public const string FileName = "sitemap.xml";
    public const int MaxUrlsPerFile = 50_000;
    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>File name → content, in the order they should be written.</summary>
    public static IReadOnlyList<(string File, string Xml)> Render(string baseUrl, IEnumerable<PageJob> pages)
    {
        var listed = pages.Where(p => p.InSitemap).ToList();
        if (listed.Count <= MaxUrlsPerFile) return [(FileName, UrlSet(baseUrl, listed))];

        var parts = listed.Chunk(MaxUrlsPerFile).Select((chunk, i) => ($"sitemap-{i + 1}.xml", UrlSet(baseUrl, chunk))).ToList();
        var index = XmlText.Write(w =>
        {
            w.WriteStartElement("sitemapindex", Ns);
            foreach (var (file, _) in parts)
            {
                w.WriteStartElement("sitemap", Ns);
                w.WriteElementString("loc", Ns, $"{baseUrl}/{file}");
                w.WriteEndElement();
            }
            w.WriteEndElement();
        });
        return [(FileName, index), .. parts];
    }

    private static string UrlSet(string baseUrl, IEnumerable<PageJob> pages) => XmlText.Write(w =>
    {
        w.WriteStartElement("urlset", Ns);
        foreach (var page in pages)
        {
            w.WriteStartElement("url", Ns);
            w.WriteElementString("loc", Ns, baseUrl + page.Url);
            if (page.LastModified is { } modified)
                w.WriteElementString("lastmod", Ns, modified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteEndElement();
        }
        w.WriteEndElement();
    });
}
