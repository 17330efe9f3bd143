namespace Enforcement.Site.Build;

/// <summary>What one build is asked to do.</summary>
/// <param name="Today">The day publicity is judged on (China Standard Time).</param>
/// <param name="ReportPath">Where to write the per-decision redaction report for staff, if anywhere.</param>
internal sealed record BuildOptions(string ContentDir, string OutDir, DateOnly Today, string? ReportPath = null);
