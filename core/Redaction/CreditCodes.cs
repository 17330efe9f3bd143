namespace Enforcement.Redaction;

/// <summary>统一社会信用代码 (GB 32100-2015): 18 characters from 0-9 and A-Z without I, O, S, V, Z; MOD 31 check.</summary>
public static class CreditCodes
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static bool IsValid(ReadOnlySpan<char> s)
    {
        if (s.Length != 18) return false;
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var v = Alphabet.IndexOf(char.ToUpperInvariant(s[i]));
            if (v < 0) return false;
            sum += v * Weights[i];
        }
        return Alphabet.IndexOf(char.ToUpperInvariant(s[17])) == (31 - sum % 31) % 31;
    }

    /// <summary>The check character for the first 17 characters.</summary>
    public static char CheckChar(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += Alphabet.IndexOf(char.ToUpperInvariant(first17[i])) * Weights[i];
        return Alphabet[(31 - sum % 31) % 31];
    }

    /// <summary>
    /// Whether an organisation's <c>party.code</c> may be published as it is: a valid 统一社会信用代码, or
    /// anything that is not a 居民身份证号 (old 注册号 and the like). An ID number entered as an organisation's
    /// code is still a person's ID and is masked.
    /// </summary>
    public static bool IsPublicOrganisationCode(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return false;
        var folded = TextFolding.Key(code);
        return IsValid(folded) || !IdNumbers.IsValid(folded);
    }
}
