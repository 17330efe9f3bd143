using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Enforcement.Api.Feedback;

/// <summary>
/// The thank-you page's own address, where a rating sent from the form goes on to: Reload and Back show the reference
/// again, where the post's own answer, reloaded, sent the rating again and was refused as 今天已评价过. The address
/// carries what the page says, signed with a key derived from the card key, so it shows only what was just sent and
/// looks nothing up (the honeypot's made-up reference gets the same page a person's does).
/// </summary>
public sealed partial record RatingReceipt(string Reference, string Certificate, bool Forwarded, bool HasContact)
{
    public const string Path = "/api/feedback/thanks";

    public string Address(byte[] cardKey) =>
        $"{Path}?ref={Uri.EscapeDataString(Reference)}&officer={Uri.EscapeDataString(Certificate)}"
        + $"&forwarded={Flag(Forwarded)}&contact={Flag(HasContact)}&sig={Signature(cardKey)}";

    /// <summary>The receipt an address names, or null when it was not one this server wrote (altered, cut short, made up).</summary>
    public static RatingReceipt? Read(IQueryCollection query, byte[] cardKey)
    {
        var (reference, certificate) = (query["ref"].ToString(), query["officer"].ToString());
        if (!ReferencePattern().IsMatch(reference) || certificate.Length is 0 or > 64) return null;
        if (query["forwarded"].ToString() is not ("0" or "1") || query["contact"].ToString() is not ("0" or "1")) return null;
        var receipt = new RatingReceipt(reference, certificate, query["forwarded"] == "1", query["contact"] == "1");
        var signature = Encoding.ASCII.GetBytes(query["sig"].ToString());
        return CryptographicOperations.FixedTimeEquals(signature, Encoding.ASCII.GetBytes(receipt.Signature(cardKey))) ? receipt : null;
    }

    private string Signature(byte[] cardKey)
    {
        var key = HMACSHA256.HashData(cardKey, "rating-receipt-v1"u8);
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{Reference}|{Certificate}|{Flag(Forwarded)}|{Flag(HasContact)}"));
        return Convert.ToHexStringLower(mac.AsSpan(0, 16));
    }

    private static char Flag(bool on) => on ? '1' : '0';

    [GeneratedRegex(@"^PJ-\d{4}-\d{6}$")]
    private static partial Regex ReferencePattern();
}
