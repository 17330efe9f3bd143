using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Infrastructure.Staff;

/// <summary>Who a staff request acts as: a key's name and the body it may act for ("*": all, the supervision office).</summary>
public sealed record StaffIdentity(string Name, string Body)
{
    public bool MayActFor(string bodySlug) => Body == "*" || Body == bodySlug;

    /// <summary>The supervision office, to which ratings go: it alone follows them up and sees raters' contacts.</summary>
    public bool IsSupervisionOffice => Body == "*";
}

/// <summary>
/// Staff keys are configured only as SHA-256 hashes (Portal:AdminKeys); a presented key is hashed and
/// compared in constant time against every configured hash.
/// </summary>
public sealed class StaffKeys(IOptions<PortalOptions> options)
{
    public const string Header = "X-Api-Key";

    public StaffIdentity? Identify(string? presented)
    {
        if (string.IsNullOrEmpty(presented) || presented.Length > 512) return null;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        StaffIdentity? found = null;
        foreach (var key in options.Value.AdminKeys)
        {
            byte[] expected;
            try { expected = Convert.FromHexString(key.Sha256.Trim()); }
            catch (FormatException) { continue; }
            // Check every key so timing does not tell which one matched.
            if (CryptographicOperations.FixedTimeEquals(hash, expected) && found is null)
                found = new StaffIdentity(key.Name, string.IsNullOrWhiteSpace(key.Body) ? "*" : key.Body.Trim());
        }
        return found;
    }

    public static string HashOf(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
