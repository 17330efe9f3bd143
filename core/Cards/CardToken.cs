using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Enforcement.Cards;

/// <summary>
/// The token printed in a supervision card's QR link: the card's serial and an HMAC of the certificate number
/// with that serial, "{serial}.{mac}", so only someone who held that card can rate that officer. The serial
/// lets one card be withdrawn (the API keeps which serials are revoked); rotating the key invalidates every
/// printed card at once.
/// </summary>
public static partial class CardToken
{
    /// <summary>Base64url of the first 12 bytes of HMAC-SHA256(key, "certificate|serial"): short enough for a small QR code.</summary>
    public static string For(string certificate, long serial, byte[] key)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(serial);
        return $"{serial.ToString(CultureInfo.InvariantCulture)}.{Mac(certificate, serial, key)}";
    }

    /// <summary>The card's serial when the token was made with this key for this certificate; null otherwise.</summary>
    public static long? Verify(string certificate, string? token, byte[] key)
    {
        // A link copied out of a chat or a message comes with the sentence's end (…4xPTzs。) or a space; the
        // MAC's own characters are letters, digits, - and _, so these are never part of it.
        token = token?.Trim().TrimEnd('。', '.', '，', ',', '、', '；', ';', '）', ')', '”', '"', '\'', '！', '!');
        if (string.IsNullOrEmpty(token) || token.Length > 64) return null;
        var dot = token.IndexOf('.');
        if (dot is < 1 or > 12 || !long.TryParse(token.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var serial) || serial < 1)
            return null;
        var expected = Encoding.ASCII.GetBytes(Mac(certificate, serial, key));
        var given = Encoding.UTF8.GetBytes(token[(dot + 1)..]);
        return CryptographicOperations.FixedTimeEquals(expected, given) ? serial : null;
    }

    private static string Mac(string certificate, long serial, byte[] key)
    {
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{certificate}|{serial.ToString(CultureInfo.InvariantCulture)}"));
        return Convert.ToBase64String(mac, 0, 12).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>
    /// A card token as it would appear in a link, with or without a serial (cards printed before serials had
    /// none). The static build has no key, so it looks for the shape: a page or data file that carries one
    /// hands a card to whoever reads it.
    /// </summary>
    [GeneratedRegex(@"token=(?:[0-9]{1,12}\.)?[A-Za-z0-9_-]{16}(?![A-Za-z0-9_-])")]
    public static partial Regex InLink();

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
