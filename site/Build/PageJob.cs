namespace Enforcement.Site.Build;

/// <summary>One page to render: its URL on the site, the Razor component that makes it, and that component's parameters.</summary>
internal sealed record PageJob(string Url, Type Component, IReadOnlyDictionary<string, object?> Parameters, bool InSitemap = true, DateOnly? LastModified = null)
{
    /// <summary>The file under out/site that serves <see cref="Url"/>: /a/b/ is a/b/index.html.</summary>
    public string FilePath => ToFilePath(Url);

    public static string ToFilePath(string url)
    {
        var path = Uri.UnescapeDataString(url.Split('?', '#')[0]);
        return path.EndsWith('/') ? path.TrimStart('/') + "index.html" : path.TrimStart('/');
    }
}
