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

    /// <summary>
    /// Whether the first two characters are a registration authority and an organisation kind GB 32100 defines
    /// (91 企业, 92 个体工商户, 12 事业单位, 51 社会团体 …). An ID number passes the MOD 31 check one time in 31,
    /// and most provinces' codes are no such pair (36 江西, 37 山东, 42-46, 14, 15 …): such a number is an ID.
    /// </summary>
    public static bool HasIssuedKind(ReadOnlySpan<char> s) => s.Length >= 2 && (char.ToUpperInvariant(s[0]), char.ToUpperInvariant(s[1])) switch
    {
        ('1', '1' or '2' or '3' or '9') => true,
        ('2' or '4' or '8' or 'A', '1' or '9') => true,
        ('3', >= '1' and <= '5' or '9') => true,
        ('5' or 'N', >= '1' and <= '3' or '9') => true,
        ('6' or '7', '1' or '2' or '9') => true,
        ('9', >= '1' and <= '3') => true,
        ('Y', '1') => true,
        _ => false,
    };

    /// <summary>A code an authority could have issued: the check passes and its first two characters are a kind it issues.</summary>
    public static bool IsIssued(ReadOnlySpan<char> s) => IsValid(s) && HasIssuedKind(s);

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
