namespace Enforcement.Sample;

/// <summary>
/// The check characters of the identifiers the sample plants, written here so the generator does not
/// depend on the redaction library it is meant to test.
/// </summary>
internal static class Checksums
{
    private static readonly int[] IdWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>居民身份证 (GB 11643): ISO 7064 MOD 11-2 over the first 17 digits.</summary>
    public static char IdCheckChar(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17) throw new ArgumentException("需要 17 位数字 (expected 17 digits)", nameof(first17));
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(first17[i])) throw new ArgumentException("只能是数字 (digits only)", nameof(first17));
            sum += (first17[i] - '0') * IdWeights[i];
        }
        return "10X98765432"[sum % 11];
    }

    public static bool IsValidId18(string id) =>
        id.Length == 18 && id[..17].All(char.IsAsciiDigit) && char.ToUpperInvariant(id[17]) == IdCheckChar(id.AsSpan(0, 17));

    /// <summary>统一社会信用代码 (GB 32100): these 31 characters, the letters I, O, Z, S, V left out.</summary>
    public const string UsccAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] UsccWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static char UsccCheckChar(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17) throw new ArgumentException("需要 17 个字符 (expected 17 characters)", nameof(first17));
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = UsccAlphabet.IndexOf(first17[i]);
            if (value < 0) throw new ArgumentException($"'{first17[i]}' 不能用于统一社会信用代码", nameof(first17));
            sum += value * UsccWeights[i];
        }
        return UsccAlphabet[(31 - sum % 31) % 31];
    }

    public static bool IsValidUscc(string code) =>
        code.Length == 18 && code.All(c => UsccAlphabet.Contains(c))
        && code[17] == UsccCheckChar(code.AsSpan(0, 17))
        && code[16] == OrgCodeCheckChar(code.AsSpan(8, 8));

    private static readonly int[] OrgCodeWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>组织机构代码 (GB 11714): the ninth character of the body of a 统一社会信用代码.</summary>
    public static char OrgCodeCheckChar(ReadOnlySpan<char> first8)
    {
        if (first8.Length != 8) throw new ArgumentException("需要 8 个字符 (expected 8 characters)", nameof(first8));
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = first8[i];
            var value = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetterUpper(c) ? c - 'A' + 10
                : throw new ArgumentException($"'{c}' 不能用于组织机构代码", nameof(first8));
            sum += value * OrgCodeWeights[i];
        }
        return (11 - sum % 11) switch { 10 => 'X', 11 => '0', var d => (char)('0' + d) };
    }

    /// <summary>The digit that makes <paramref name="digits"/> + it pass the Luhn check (bank cards).</summary>
    public static char LuhnCheckDigit(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        var doubleIt = true; // the check digit is not doubled, so the one left of it is
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (doubleIt) { d *= 2; if (d > 9) d -= 9; }
            sum += d;
            doubleIt = !doubleIt;
        }
        return (char)('0' + (10 - sum % 10) % 10);
    }

    public static bool IsLuhnValid(string number) =>
        number.Length >= 2 && number.All(char.IsAsciiDigit) && number[^1] == LuhnCheckDigit(number.AsSpan(0, number.Length - 1));
}
