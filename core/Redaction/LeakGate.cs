using Enforcement.Content;

namespace Enforcement.Redaction;

/// <summary>A text about to be published: a file's path under out/ (or a label such as "search index: 文书号"), and its text.</summary>
public sealed record PublishedText(string Path, string Text);

/// <summary>Personal data found in output: where, and what kind (never the secret itself).</summary>
public sealed record Leak(string Path, string Kind)
{
    /// <summary>The content file whose secret it is (decisions/2025/food-12.md), when the hit is one; null for a generic pattern.</summary>
    public string? Source { get; init; }

    /// <summary>The line of the output it is on, for a shape or a label the gate found itself; 0 when not known.</summary>
    public int Line { get; init; }

    /// <summary>One line for the build's error output; names the file, line and kind, never the secret.</summary>
    public override string ToString()
    {
        var at = Line > 0 ? $"{Path}:{Line}" : Path;
        return Source is null ? $"{at}: 发现{Kind} (personal data: {Kind})" : $"{at}: 发现{Kind}，来自 {Source} (personal data from {Source})";
    }
}

/// <summary>The last check before anything is published: scans every output for personal data.</summary>
public static class LeakGate
{
    /// <summary>
    /// Knows only the site's own contacts and the organisations' codes; a body's phone on its page would be
    /// reported. The build should use <see cref="Scan(IEnumerable{PublishedText}, PortalContent)"/>.
    /// </summary>
    public static IReadOnlyList<Leak> Scan(IEnumerable<PublishedText> outputs, IReadOnlyList<Decision> decisions, SiteSettings site)
    {
        var publicData = PublicData.FromSite(site);
        foreach (var d in decisions) publicData.AddDecision(d);
        return Scan(outputs, decisions, site, publicData);
    }

    /// <summary>Scans with everything the content publishes on purpose allowed (bodies' phones, officers, free pages).</summary>
    /// <param name="secretsOf">A decision's secrets as the build's redaction found them (null for one it did not redact).</param>
    public static IReadOnlyList<Leak> Scan(IEnumerable<PublishedText> outputs, PortalContent content, Func<Decision, IReadOnlyList<Secret>?>? secretsOf = null) =>
        Scan(outputs, content.Decisions, content.Site, PublicData.From(content), secretsOf);

    public static IReadOnlyList<Leak> Scan(IEnumerable<PublishedText> outputs, IReadOnlyList<Decision> decisions, SiteSettings site, PublicData publicData,
        Func<Decision, IReadOnlyList<Secret>?>? secretsOf = null)
    {
        // Made on the first output to scan: a rebuild whose outputs were all found clean before has none.
        var scanner = new Lazy<LeakScanner>(() => new LeakScanner(decisions, site, publicData, secretsOf));
        return outputs.AsParallel().SelectMany(o => scanner.Value.Scan(o)).Distinct()
            .OrderBy(l => l.Path, StringComparer.Ordinal).ThenBy(l => l.Kind, StringComparer.Ordinal)
            .ThenBy(l => l.Source, StringComparer.Ordinal).ThenBy(l => l.Line).ToList();
    }
}
