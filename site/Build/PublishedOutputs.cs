using Enforcement.Redaction;
using Enforcement.Search;

namespace Enforcement.Site.Build;

/// <summary>Everything the leak gate must see before the build may publish, read lazily so memory stays flat.</summary>
internal static class PublishedOutputs
{
    private static readonly HashSet<string> BinaryExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".ico", ".woff", ".woff2", ".ttf", ".otf", ".pdf", ".zip",
    };

    /// <summary>Every text file under site/, the registry and the shell under data/, and each indexed decision's text.</summary>
    public static IEnumerable<PublishedText> Collect(StagingFolder staging, IEnumerable<PublicDecision> indexed)
    {
        foreach (var file in Directory.EnumerateFiles(staging.SiteDir, "*", SearchOption.AllDirectories)
                     .Select(f => Path.GetRelativePath(staging.Root, f).Replace('\\', '/'))
                     .Order(StringComparer.Ordinal))
            if (!BinaryExtensions.Contains(Path.GetExtension(file)))
                yield return new PublishedText(file, File.ReadAllText(Path.Combine(staging.Root, file)));

        foreach (var file in new[] { Registry.PortalRegistry.FileName, DataFolder.ShellFileName })
            yield return new PublishedText($"data/{file}", File.ReadAllText(Path.Combine(staging.DataDir, file)));

        foreach (var d in indexed)
            yield return new PublishedText($"search index: {d.Number}", SearchIndexBuilder.IndexedText(d));
    }
}
