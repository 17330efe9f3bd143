using System.Text;
using Enforcement.Redaction;
using Enforcement.Search;
using FsCheck;
using FsCheck.Fluent;

namespace Enforcement.Core.Tests.Redaction;

/// <summary>FsCheck generators for valid personal numbers and for the ways people type them.</summary>
internal static class NumberGenerators
{
    private static readonly string[] Regions = ["360902", "360981", "110105", "440305", "510107", "320102", "652801", "820000", "130229"];

    private static Gen<string> Digits(int count) => Gen.ArrayOf(Gen.Choose(0, 9), count).Select(ds => string.Concat(ds));

    private static Gen<DateOnly> BirthDate(int fromYear, int toYear) =>
        from y in Gen.Choose(fromYear, toYear)
        from m in Gen.Choose(1, 12)
        from d in Gen.Choose(1, DateTime.DaysInMonth(y, m))
        select new DateOnly(y, m, d);

    public static Gen<string> Id18 =>
        from region in Gen.Elements(Regions)
        from birth in BirthDate(1930, 2020)
        from seq in Digits(3)
        let first17 = region + birth.ToString("yyyyMMdd") + seq
        select first17 + IdNumbers.CheckChar(first17);

    public static Gen<string> Id15 =>
        from region in Gen.Elements(Regions)
        from birth in BirthDate(1930, 1999)
        from seq in Digits(3)
        select region + birth.ToString("yyMMdd") + seq;

    public static Gen<string> Mobile =>
        from second in Gen.Choose(3, 9)
        from rest in Digits(9)
        select "1" + second + rest;

    public static Gen<string> Landline =>
        from area in Gen.Elements("010", "021", "027", "0795", "0755", "0571", "0898")
        from first in Gen.Choose(2, 9)
        from rest in Digits(area.Length == 3 ? 7 : 6)
        select area + first + rest;

    public static Gen<string> Card =>
        from prefix in Gen.Elements("62", "4", "5", "9558", "6013")
        from length in Gen.Elements(15, 16, 17, 19)
        from body in Digits(length - prefix.Length - 1)
        let payload = prefix + body
        select payload + BankCards.LuhnCheckDigit(payload);

    public static Gen<string> CreditCode =>
        from head in Gen.Elements("91", "92", "93", "11", "12", "51", "52")
        from region in Gen.Elements(Regions)
        from org in Gen.ArrayOf(Gen.Elements("0123456789ABCDEFGHJKLMNPQRTUWXY".ToCharArray()), 9)
        let first17 = head + region + new string(org)
        select first17 + CreditCodes.CheckChar(first17);

    /// <summary>A number as someone might type it: grouped by spaces or dashes, in full-width digits, broken over a line.</summary>
    public static Gen<string> Typed(string number, string kind) =>
        from style in Gen.Choose(0, 7)
        from breakAt in Gen.Choose(1, number.Length - 1)
        from lower in Gen.Elements(true, false)
        select Style(number, kind, style, breakAt, lower);

    private static string Style(string n, string kind, int style, int breakAt, bool lowerX)
    {
        if (lowerX) n = n.Replace('X', 'x');
        return style switch
        {
            1 => Group(n, kind, " "),
            2 => Group(n, kind, "-"),
            3 => FullWidth(n),
            4 => n[..breakAt] + "\n" + n[breakAt..],
            5 => FullWidth(Group(n, kind, " ")),
            6 => kind == MaskKinds.Mobile ? "+86 " + Group(n, kind, " ") : Group(n, kind, "\u3000"),
            7 => string.Join(" ", n.ToCharArray()),
            _ => n,
        };
    }

    /// <summary>The grouping people use for each kind of number.</summary>
    public static string Group(string n, string kind, string separator)
    {
        int[] sizes = kind switch
        {
            MaskKinds.IdNumber when n.Length == 18 => [6, 8, 4],
            MaskKinds.IdNumber => [6, 6, 3],
            MaskKinds.Mobile => [3, 4, 4],
            MaskKinds.Landline => [n[1] is '1' or '2' ? 3 : 4, n.Length - (n[1] is '1' or '2' ? 3 : 4)],
            _ => Enumerable.Repeat(4, n.Length / 4).Append(n.Length % 4).Where(x => x > 0).ToArray(),
        };
        var sb = new StringBuilder();
        var at = 0;
        foreach (var size in sizes)
        {
            if (at > 0) sb.Append(separator);
            sb.Append(n, at, size);
            at += size;
        }
        return sb.ToString();
    }

    public static string FullWidth(string s) =>
        string.Concat(s.Select(c => c is >= '!' and <= '~' ? (char)(c + 0xFEE0) : c));

    /// <summary>Chinese text around a number: no digits, so anything digit-like left after masking came from the number.</summary>
    public static Gen<string> Context =>
        from parts in Gen.ArrayOf(Gen.OneOf(
            Gen.Elements("当事人", "身份证号码", "联系电话：", "住所", "经查，", "手机", "账号", "开户行", "。", "，", "（", "）", "ID:", "Tel ", "No.", "：", "\n"),
            // Not a unit, nor its traditional form (萬, 號): "…2470 6日" is read as a date after a number by design
            // (NumberScanner.IsDateOrAmount). Nor 生, which makes the date before it a birth date (2032年7月2日生).
            Gen.Choose(0x4E00, 0x9FA5).Select(c => ((char)c).ToString()).Where(c => !"年月日号元万生".Contains(TraditionalToSimplified.FoldChar(c[0])))), 6)
        select string.Concat(parts);

    /// <summary>Only the digits (folded) of a text, so a number is found however it was split.</summary>
    public static string DigitsOf(string text) => string.Concat(TextFolding.FoldWidth(text).Where(char.IsAsciiDigit));
}
