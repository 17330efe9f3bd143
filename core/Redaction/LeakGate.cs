using Enforcement.Content;

namespace Enforcement.Redaction;

/// <summary>A text about to be published: a file's path under out/ (or a label such as "search index: 文书号"), and its text.</summary>
public sealed record PublishedText(string Path, string Text);

/// <summary>Personal data found in output: where, and what kind (never the secret itself).</summary>
public sealed record Leak(string Path, string Kind);

/// <summary>The last check before anything is published: scans every output for personal data.</summary>
public static class LeakGate
{
    // Placeholder until the scanner is written: finds nothing yet.
    public static IReadOnlyList<Leak> Scan(IEnumerable<PublishedText> outputs, IReadOnlyList<Decision> decisions, SiteSettings site) => [];
}
