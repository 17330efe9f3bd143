namespace Enforcement.Site.Feeds;

/// <summary>robots.txt: everything may be crawled except the API; points at the sitemap.</summary>
internal static class RobotsTxt
{
    public const string FileName = "robots.txt";

    public static string Render(string baseUrl) => $"""
        User-agent: *
        Disallow: /api/
        Sitemap: {baseUrl}/sitemap.xml

        """;
}
