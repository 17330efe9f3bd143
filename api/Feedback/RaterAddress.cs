using System.Security.Cryptography;
using System.Text;

namespace Enforcement.Api.Feedback;

/// <summary>
/// The one-rating-per-card-per-address-per-day rule needs to recognise an address for one day only. A plain
/// hash of an IPv4 address is reversed by trying all 2^32, so it is keyed (a key derived from the card key,
/// which lives in configuration, not in the database) and salted with the day, so hashes of two days cannot be
/// linked; RatingStore clears them once the day is over.
/// </summary>
public static class RaterAddress
{
    /// <summary>The hash of the client asking, as the rating limits count it (an IPv6 address by its /64).</summary>
    public static string Of(HttpContext context, DateOnly day, byte[] cardKey) =>
        Hash(Infrastructure.Limits.RateLimits.ClientAddress(context), day, cardKey);

    public static string Hash(string address, DateOnly day, byte[] cardKey)
    {
        var key = HMACSHA256.HashData(cardKey, "rater-address-v1"u8);
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{day:yyyy-MM-dd}|{address}"));
        return Convert.ToHexStringLower(mac.AsSpan(0, 16));
    }
}
