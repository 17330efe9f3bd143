using System.Xml.Linq;
using Enforcement.Site.Build;
using Enforcement.Site.Feeds;

namespace Enforcement.Site.Tests.Feeds;

public sealed class SitemapTests
{
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public void Past_fifty_thousand_urls_the_sitemap_becomes_an_index_of_parts()
    {
        var pages = Enumerable.Range(0, Sitemap.MaxUrlsPerFile + 1)
            .Select(i => new PageJob($"/decisions/2025/d-{i}/", typeof(object), new Dictionary<string, object?>()))
            .Append(new PageJob("/404.html", typeof(object), new Dictionary<string, object?>(), InSitemap: false))
            .ToList();

        var files = Sitemap.Render("https://zfgs.example.gov.cn", pages);

        Assert.Equal(["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml"], files.Select(f => f.File));
        var index = XDocument.Parse(files[0].Xml);
        Assert.Equal(Sm + "sitemapindex", index.Root!.Name);
        Assert.Equal(["https://zfgs.example.gov.cn/sitemap-1.xml", "https://zfgs.example.gov.cn/sitemap-2.xml"],
            index.Descendants(Sm + "loc").Select(l => l.Value));
        Assert.Equal(Sitemap.MaxUrlsPerFile, XDocument.Parse(files[1].Xml).Descendants(Sm + "url").Count());
        Assert.Equal("https://zfgs.example.gov.cn/decisions/2025/d-50000/", XDocument.Parse(files[2].Xml).Descendants(Sm + "loc").Single().Value);
    }
}
