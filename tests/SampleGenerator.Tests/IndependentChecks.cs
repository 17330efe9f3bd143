namespace Enforcement.Sample.Tests;

/// <summary>
/// The checksums written out again from the standards, independently of tools/SampleGenerator/Checksums.cs, so a
/// mistake there cannot make its own output pass.
/// </summary>
internal static class IndependentChecks
{
    /// <summary>GB 11643: Σ digit·2^(17-i) mod 11 over all 18 characters (X = 10) must be 1.</summary>
    public static bool IsId18(string id)
    {
        if (id.Length != 18) return false;
        var sum = 0L;
        for (var i = 0; i < 18; i++)
        {
            var c = id[i];
            int v = c is >= '0' and <= '9' ? c - '0' : i == 17 && c == 'X' ? 10 : -1;
            if (v < 0) return false;
            sum += v * (1L << (17 - i));
        }
        return sum % 11 == 1 && IsBirthDate(id.Substring(6, 8), "yyyyMMdd");
    }

    /// <summary>The old 15-digit number: area, yyMMdd, order; no check digit, so the date must be real.</summary>
    public static bool IsId15(string id) =>
        id.Length == 15 && id.All(char.IsAsciiDigit) && IsBirthDate("19" + id.Substring(6, 6), "yyyyMMdd");

    private static bool IsBirthDate(string text, string format) =>
        DateOnly.TryParseExact(text, format, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d)
        && d.Year is >= 1900 and <= 2030;

    /// <summary>GB 32100 check character over the 31-character alphabet.</summary>
    public static bool IsUscc(string code)
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
        if (code.Length != 18) return false;
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var v = alphabet.IndexOf(code[i]);
            if (v < 0) return false;
            sum += v * weights[i];
        }
        return alphabet.IndexOf(code[17]) == (31 - sum % 31) % 31;
    }

    public static bool IsLuhn(string digits)
    {
        if (digits.Length < 12 || !digits.All(char.IsAsciiDigit)) return false;
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            sum += d;
        }
        return sum % 10 == 0;
    }
}
