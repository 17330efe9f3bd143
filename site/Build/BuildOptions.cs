namespace Enforcement.Site.Build;

/// <summary>What one build is asked to do.</summary>
/// <param name="Today">The day publicity is judged on (China Standard Time).</param>
/// <param name="CardKey">The HMAC key for the card tokens printed in QR codes.</param>
/// <param name="ReportPath">Where to write the per-decision redaction report for staff, if anywhere.</param>
internal sealed record BuildOptions(string ContentDir, string OutDir, DateOnly Today, byte[] CardKey, string? ReportPath = null);
