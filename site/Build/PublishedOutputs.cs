using Enforcement.Registry;
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

    /// <summary>
    /// Every text file under site/ (but those <paramref name="unchanged"/> says were found clean before, as they
    /// are), the registry and the shell under data/, and each indexed decision's text.
    /// </summary>
    public static IEnumerable<PublishedText> Collect(StagingFolder staging, IEnumerable<PublicDecision> indexed,
        IEnumerable<Inspections.PublicInspection>? indexedInspections = null, Func<string, bool>? unchanged = null)
    {
        foreach (var file in Directory.EnumerateFiles(staging.SiteDir, "*", SearchOption.AllDirectories)
                     .Select(f => Path.GetRelativePath(staging.Root, f).Replace('\\', '/'))
                     .Order(StringComparer.Ordinal))
            if (!BinaryExtensions.Contains(Path.GetExtension(file)) && unchanged?.Invoke(file) != true)
                yield return new PublishedText(file, File.ReadAllText(Path.Combine(staging.Root, file)));

        // The registry carries each body's internal notify address on purpose (correction requests go there);
        // everything else in it must be as clean as a page.
        var registry = Registry.PortalRegistry.Load(staging.DataDir);
        registry = registry with { Bodies = registry.Bodies.Select(b => b with { Notify = null }).ToList() };
        yield return new PublishedText($"data/{Registry.PortalRegistry.FileName}",
            System.Text.Json.JsonSerializer.Serialize(registry, Registry.PortalRegistry.Json));
        foreach (var shell in new[] { DataFolder.ShellFileName, PageShell.ConsoleFileName })
            yield return new PublishedText($"data/{shell}", File.ReadAllText(Path.Combine(staging.DataDir, shell)));

        foreach (var d in indexed)
            yield return new PublishedText($"search index: {d.Number}", SearchIndexBuilder.IndexedText(d));

        foreach (var t in indexedInspections ?? [])
            for (var i = 0; i < t.Results.Count; i++)
                yield return new PublishedText($"search index: {t.ResultUrl(i)}", InspectionIndex.IndexedText(t, t.Results[i]));
    }
}
