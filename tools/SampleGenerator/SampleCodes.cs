using System.Text;

namespace Enforcement.Sample;

/// <summary>统一社会信用代码 the sample gives organisations, individual businesses and the bodies themselves.</summary>
internal static class SampleCodes
{
    /// <summary>
    /// A valid code from its parts: the registering authority and kind (11 机关, 91 企业, 92 个体工商户), the area code,
    /// and eight characters of the subject's own code; both check characters are computed.
    /// </summary>
    public static string Uscc(string authorityAndKind, string areaCode, string subject8)
    {
        var body = subject8 + Checksums.OrgCodeCheckChar(subject8);
        var first17 = authorityAndKind + areaCode + body;
        return first17 + Checksums.UsccCheckChar(first17);
    }

    // Letters GB 32100 allows, and digits.
    private const string Alphabet = Checksums.UsccAlphabet;

    /// <summary>
    /// A company's or shop's code: since 2015 mostly "MA…" subject codes; one in eight is an older company
    /// whose code is all digits (it carried over its 组织机构代码).
    /// </summary>
    public static string Random(Random rng, string authorityAndKind, string areaCode)
    {
        var sb = new StringBuilder(8);
        if (rng.Next(8) == 0)
        {
            sb.Append((char)('1' + rng.Next(9)));
            while (sb.Length < 8) sb.Append((char)('0' + rng.Next(10)));
        }
        else
        {
            sb.Append("MA");
            sb.Append((char)('0' + rng.Next(10)));
            while (sb.Length < 8) sb.Append(Alphabet[rng.Next(Alphabet.Length)]);
        }
        return Uscc(authorityAndKind, areaCode, sb.ToString());
    }
}
