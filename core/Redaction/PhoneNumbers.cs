namespace Enforcement.Redaction;

/// <summary>Chinese mobile numbers (1[3-9] + 9 digits, optionally after 86 / 0086) and landlines with an area code.</summary>
public static class PhoneNumbers
{
    /// <summary>A mobile number, alone or with the country code 86 or 0086 in front; <paramref name="prefix"/> is that code's length.</summary>
    public static bool IsMobile(ReadOnlySpan<char> digits, out int prefix)
    {
        prefix = digits.Length switch { 11 => 0, 13 when digits.StartsWith("86") => 2, 15 when digits.StartsWith("0086") => 4, _ => -1 };
        if (prefix < 0) return false;
        var n = digits[prefix..];
        if (n[0] != '1' || n[1] is < '3' or > '9') return false;
        foreach (var c in n) if (!char.IsAsciiDigit(c)) return false;
        return true;
    }

    public static bool IsMobile(ReadOnlySpan<char> digits) => IsMobile(digits, out _);

    /// <summary>
    /// A landline with its area code and no separators: 010 or 02x (three digits) or 0[3-9]xx (four), then a
    /// local number of 7 or 8 digits that does not start with 0.
    /// </summary>
    public static bool IsLandline(ReadOnlySpan<char> digits)
    {
        if (digits.Length is < 10 or > 12 || digits[0] != '0') return false;
        foreach (var c in digits) if (!char.IsAsciiDigit(c)) return false;
        int area = digits[1] switch { '1' when digits[2] == '0' => 3, '2' => 3, >= '3' and <= '9' => 4, _ => 0 };
        if (area == 0) return false;
        var local = digits[area..];
        return local.Length is 7 or 8 && local[0] != '0';
    }
}
