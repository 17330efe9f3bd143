namespace Enforcement.Site.Build;

/// <summary>What one build is asked to do.</summary>
/// <param name="Today">The day publicity is judged on (China Standard Time).</param>
/// <param name="ReportPath">Where to write the per-decision redaction report for staff, if anywhere.</param>
/// <param name="Clean">Start without the cache of the last build (<c>--clean</c>).</param>
internal sealed record BuildOptions(string ContentDir, string OutDir, DateOnly Today, string? ReportPath = null, bool Clean = false)
{
    /// <summary>OUT.cache beside OUT: what the next build may reuse. Never published, never inside OUT.</summary>
    public string CacheDir => Path.TrimEndingDirectorySeparator(Path.GetFullPath(OutDir)) + ".cache";
}
