using System.Text.RegularExpressions;

namespace Enforcement.Contacts;

/// <summary>
/// What counts as a usable e-mail address and Chinese phone number, wherever the public leaves one: the
/// correction request (e-mail, phone) and the rating's optional call-back contact (either).
/// </summary>
public static partial class ContactRules
{
    /// <summary>The longest call-back contact a form takes: any phone number with extension, and e-mail
    /// addresses as people really have them (the 254 characters mail allows are never seen).</summary>
    public const int MaxLength = 100;

    /// <summary>A plain ASCII address (local@domain.tld), the shape every mail server we hand it to accepts.</summary>
    public static bool IsEmail(string? text) =>
        text is { Length: <= 254 } && EmailPattern().IsMatch(text)
        && text[..text.IndexOf('@')] is var local && !local.StartsWith('.') && !local.EndsWith('.') && !local.Contains("..", StringComparison.Ordinal);

    /// <summary>
    /// An e-mail address as a Chinese input method types it: full-width letters, digits and ＠ (ＺＨＡＮＧ＠qq.com), 。 or ．
    /// for the dot (zhang@qq。com), blanks around it; read as the ASCII address meant. Null for null.
    /// </summary>
    public static string? NormalizeEmail(string? text) =>
        text?.Normalize(System.Text.NormalizationForm.FormKC).Replace('。', '.').Replace('｡', '.').Trim();

    /// <summary>A mobile (13812345678), landline (0795-1234567, with optional extension) or 400/800 number,
    /// optionally after +86; blanks, dashes and brackets are ignored. Null when it is none of these.</summary>
    public static string? NormalizePhone(string? text)
    {
        if (text is null) return null;
        // １３８ ００１３ ８０００ typed with a Chinese input method's full-width digits.
        var folded = text.Normalize(System.Text.NormalizationForm.FormKC);
        // 0795-7654321-8: an extension after a dash or a space. Dashes dropped, it ran into the number (079576543218, which
        // staff read as 0795-76543218: a stranger's line); it is written 转 as an extension typed so is.
        if (ExtensionApartPattern().Match(folded) is { Success: true } apart)
            folded = apart.Groups["number"].Value + "转" + apart.Groups["ext"].Value;
        var digits = SeparatorPattern().Replace(folded, "");
        if (digits.StartsWith("+86", StringComparison.Ordinal)) digits = digits[3..];
        else if (digits.StartsWith("0086", StringComparison.Ordinal)) digits = digits[4..];
        return PhonePattern().IsMatch(digits) ? digits : null;
    }

    /// <summary>
    /// A landline typed as one run of digits (07957654321) with its area code apart, as people write it (0795-7654321);
    /// anything else as typed. A spreadsheet reads a run of digits as a number and drops its leading 0.
    /// </summary>
    public static string WithAreaCodeApart(string contact)
    {
        var typed = contact.Trim();
        // 07957654321转8 → 0795-7654321 转 8.
        if (typed.IndexOf('转') is > 0 and var mark && mark < typed.Length - 1 && typed[(mark + 1)..].All(char.IsAsciiDigit))
            return WithAreaCodeApart(typed[..mark]) + " 转 " + typed[(mark + 1)..];
        if (typed.Length is < 10 or > 12 || typed[0] != '0' || !typed.All(char.IsAsciiDigit) || NormalizePhone(typed) is null) return contact;
        var area = typed[1] is '1' or '2' ? 3 : 4;
        return typed[..area] + "-" + typed[area..];
    }

    /// <summary>A call-back contact: an e-mail address when it has an @, otherwise a phone number; at most
    /// <see cref="MaxLength"/> characters.</summary>
    public static bool IsPhoneOrEmail(string? text) =>
        text is { Length: <= MaxLength } && (text.Contains('@') ? IsEmail(text) : NormalizePhone(text) is not null);

    [GeneratedRegex(@"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"[\s\-()（）]", RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorPattern();

    /// <summary>A landline (area code, then seven or eight digits, maybe in two groups) and 1–6 more digits after a dash or blank.</summary>
    [GeneratedRegex(@"^\s*(?<number>(?:\+86|0086)?\s*[(（]?0\d{2,3}[)）]?[\s\-]*(?:\d{7,8}|\d{3,4}[\s\-]\d{4}))[\s\-]+(?<ext>\d{1,6})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ExtensionApartPattern();

    [GeneratedRegex(@"^(?:1[3-9]\d{9}|0\d{9,11}(?:(?:转|ext|#)?\d{1,6})?|[48]00\d{7})$", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();
}
