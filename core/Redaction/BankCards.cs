namespace Enforcement.Redaction;

/// <summary>Bank card and account numbers: 15-19 digits with a Luhn (ISO/IEC 7812) check digit.</summary>
public static class BankCards
{
    public static bool IsLuhnValid(ReadOnlySpan<char> digits)
    {
        if (digits.Length < 2) return false;
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if ((uint)d > 9) return false;
            if (i % 2 == 1) { d *= 2; if (d > 9) d -= 9; }
            sum += d;
        }
        return sum % 10 == 0;
    }

    /// <summary>The digit that makes <paramref name="payload"/> + digit Luhn-valid.</summary>
    public static char LuhnCheckDigit(ReadOnlySpan<char> payload)
    {
        var sum = 0;
        for (var i = 0; i < payload.Length; i++)
        {
            var d = payload[payload.Length - 1 - i] - '0';
            if ((uint)d > 9) throw new ArgumentException("只能是数字 (digits only)", nameof(payload));
            if (i % 2 == 0) { d *= 2; if (d > 9) d -= 9; }
            sum += d;
        }
        return (char)('0' + (10 - sum % 10) % 10);
    }

    /// <summary>
    /// Starts as cards issued in China do: 62 (UnionPay), 60, 4 (Visa), 5 (Mastercard, Maestro), 34/37 (Amex),
    /// 35 (JCB), 9 (old domestic debit cards, 9558…). Order, tracking and batch numbers mostly start otherwise.
    /// </summary>
    public static bool HasIssuerPrefix(ReadOnlySpan<char> s) =>
        s.Length >= 2 && (s[0] is '4' or '9' || s[0] == '6' && s[1] is '0' or '2' || s[0] == '5'
            || s[0] == '3' && s[1] is '4' or '5' or '7');

    /// <summary>
    /// Looks like a card number: 15-19 digits, no leading zero, Luhn-valid. An 18-digit 统一社会信用代码
    /// (which happens to pass Luhn one time in ten) is not taken for a card; 18-digit cards are rare.
    /// </summary>
    public static bool IsCardNumber(ReadOnlySpan<char> s)
    {
        if (s.Length is < 15 or > 19 || s[0] == '0') return false;
        foreach (var c in s) if (!char.IsAsciiDigit(c)) return false;
        return IsLuhnValid(s) && !(s.Length == 18 && CreditCodes.IsValid(s));
    }
}
