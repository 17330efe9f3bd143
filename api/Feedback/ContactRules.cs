using System.Text.RegularExpressions;

namespace Enforcement.Api.Feedback;

/// <summary>The optional call-back contact: a mainland mobile or landline number, or an e-mail address.</summary>
public static partial class ContactRules
{
    public const int MaxLength = 100;

    public static bool IsValid(string contact)
    {
        if (contact.Length > MaxLength) return false;
        if (contact.Contains('@')) return contact.Length <= 254 && Email().IsMatch(contact);
        var digits = Separators().Replace(contact, "");
        if (digits.StartsWith("+86", StringComparison.Ordinal)) digits = digits[3..];
        else if (digits.StartsWith("0086", StringComparison.Ordinal)) digits = digits[4..];
        return Mobile().IsMatch(digits) || Landline().IsMatch(digits) || ServiceNumber().IsMatch(digits);
    }

    [GeneratedRegex(@"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+$")]
    private static partial Regex Email();

    /// <summary>Spaces, hyphens and brackets people write into numbers: 0795-1234567, (0795) 123 4567.</summary>
    [GeneratedRegex(@"[\s\-()（）]")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex Mobile();

    /// <summary>Area code (0 + 2-3 digits) and a 7-8 digit number, with an optional extension of up to 6 digits after 转 or #.</summary>
    [GeneratedRegex(@"^0\d{2,3}\d{7,8}([转#]\d{1,6})?$")]
    private static partial Regex Landline();

    [GeneratedRegex(@"^[48]00\d{7}$")]
    private static partial Regex ServiceNumber();
}
