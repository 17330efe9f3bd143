namespace Enforcement.Site.Build;

/// <summary>
/// The headers every page of the site is served with. netlify.toml repeats them for Netlify (a test holds the
/// two together); the nginx include the build writes takes them from here.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>The pages are built for this policy: no inline script or style, no on* handlers.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public static readonly IReadOnlyList<(string Name, string Value)> All =
    [
        ("Content-Security-Policy", ContentSecurityPolicy),
        ("X-Content-Type-Options", "nosniff"),
        // Officer pages are opened with a card token in the query string: never send it to another site.
        ("Referrer-Policy", "same-origin"),
        ("X-Frame-Options", "DENY"),
        ("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"),
    ];

    /// <summary>How long browsers may keep /assets/ files without asking again (the API serves its copy the same way).</summary>
    public const string AssetsCacheControl = Enforcement.Registry.PageShell.AssetsCacheControl;
}
