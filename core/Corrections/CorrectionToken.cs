using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Enforcement.Corrections;

/// <summary>
/// The secret that opens a request's status page: 256 random bits, URL-safe. Only its SHA-256 hash is stored,
/// and a presented token is compared in constant time.
/// </summary>
public static class CorrectionToken
{
    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    public static bool Matches(string? presented, byte[] storedHash) =>
        CryptographicOperations.FixedTimeEquals(Hash(presented ?? ""), storedHash);
}
