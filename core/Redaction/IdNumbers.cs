namespace Enforcement.Redaction;

/// <summary>居民身份证号码 (GB 11643): 18 digits with an ISO 7064 MOD 11-2 check character, or the old 15-digit form.</summary>
public static class IdNumbers
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckChars = "10X98765432";

    /// <summary>The check character for the first 17 digits.</summary>
    public static char CheckChar(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17) throw new ArgumentException("需要 17 位数字 (17 digits expected)", nameof(first17));
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var d = first17[i] - '0';
            if ((uint)d > 9) throw new ArgumentException("只能是数字 (digits only)", nameof(first17));
            sum += d * Weights[i];
        }
        return CheckChars[sum % 11];
    }

    /// <summary>Either form, valid; <paramref name="s"/> holds only the number (ASCII digits, X or x last).</summary>
    public static bool IsValid(ReadOnlySpan<char> s) => IsValid18(s) || IsValid15(s);

    /// <summary>
    /// 18 digits (the last may be X): checksum, a real birth date (1900-2099) and no leading zero.
    /// The region is not checked against a table, so that an ID from any region (or a test's made-up one) is caught.
    /// </summary>
    public static bool IsValid18(ReadOnlySpan<char> s)
    {
        if (s.Length != 18 || !AllDigits(s[..17]) || s[0] == '0') return false;
        var last = s[17] is 'x' ? 'X' : s[17];
        if (last != 'X' && !char.IsAsciiDigit(last)) return false;
        return IsDate(Number(s.Slice(6, 4)), Number(s.Slice(10, 2)), Number(s.Slice(12, 2)))
            && CheckChar(s[..17]) == last;
    }

    /// <summary>
    /// 18 characters that read as an ID number whatever the check character (a typo, a lowercase x): 17 digits,
    /// a province code in use (11-15, 21-23, 31-37, 41-46, 50-54, 61-65, 71, 81-83) and a real birth date.
    /// </summary>
    public static bool IsIdShaped18(ReadOnlySpan<char> s)
    {
        if (s.Length != 18 || !AllDigits(s[..17]) || !(char.IsAsciiDigit(s[17]) || s[17] is 'X' or 'x')) return false;
        var province = Number(s[..2]);
        var known = province is >= 11 and <= 15 or >= 21 and <= 23 or >= 31 and <= 37 or >= 41 and <= 46
            or >= 50 and <= 54 or >= 61 and <= 65 or 71 or >= 81 and <= 83;
        return known && IsDate(Number(s.Slice(6, 4)), Number(s.Slice(10, 2)), Number(s.Slice(12, 2)));
    }

    /// <summary>The old 15-digit form (before 1999): region, YYMMDD of a 19xx birth date, sequence; no checksum.</summary>
    public static bool IsValid15(ReadOnlySpan<char> s) =>
        s.Length == 15 && AllDigits(s) && s[0] != '0'
        && IsDate(1900 + Number(s.Slice(6, 2)), Number(s.Slice(8, 2)), Number(s.Slice(10, 2)));

    private static bool IsDate(int year, int month, int day) =>
        year is >= 1900 and <= 2099 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (!char.IsAsciiDigit(c)) return false;
        return true;
    }

    private static int Number(ReadOnlySpan<char> digits)
    {
        var n = 0;
        foreach (var c in digits) n = n * 10 + (c - '0');
        return n;
    }
}
