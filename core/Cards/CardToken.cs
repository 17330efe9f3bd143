using System.Security.Cryptography;
using System.Text;

namespace Enforcement.Cards;

/// <summary>
/// The token printed in a supervision card's QR link: an HMAC of the certificate number, so only someone
/// who held the card can rate that officer. Rotating the key invalidates every printed card.
/// </summary>
public static class CardToken
{
    /// <summary>Base64url of the first 12 bytes of HMAC-SHA256(key, certificate): short enough for a small QR code.</summary>
    public static string For(string certificate, byte[] key)
    {
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(certificate));
        return Convert.ToBase64String(mac, 0, 12).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static bool Verify(string certificate, string? token, byte[] key)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 64) return false;
        var expected = Encoding.ASCII.GetBytes(For(certificate, key));
        var given = Encoding.UTF8.GetBytes(token);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    /// <summary>Reads a key given as base64 (at least 16 bytes), or null when it is not one.</summary>
    public static byte[]? ParseKey(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        try
        {
            var bytes = Convert.FromBase64String(text.Trim());
            return bytes.Length >= 16 ? bytes : null;
        }
        catch (FormatException) { return null; }
    }

    public static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
