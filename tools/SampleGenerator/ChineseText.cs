using System.Globalization;
using System.Text;

namespace Enforcement.Sample;

/// <summary>How 决定书 write dates and sums of money.</summary>
internal static class ChineseText
{
    public static string Date(DateOnly d) => $"{d.Year}年{d.Month}月{d.Day}日";

    private const string Digits = "零壹贰叁肆伍陆柒捌玖";
    private static readonly string[] Units = ["", "拾", "佰", "仟"];
    private static readonly string[] Sections = ["", "万", "亿"];

    /// <summary>A whole number of yuan in capitals, as on a 罚没款 notice: 10500 → 壹万零伍佰元整.</summary>
    public static string Capital(decimal yuan)
    {
        var n = (long)decimal.Truncate(yuan);
        if (n < 0 || n >= 1_000_000_000_000) throw new ArgumentOutOfRangeException(nameof(yuan));
        if (n == 0) return "零元整";
        var parts = new List<string>();
        var needZero = false;
        for (var s = 2; s >= 0; s--)
        {
            var section = (int)(n / (long)Math.Pow(10_000, s) % 10_000);
            if (section == 0) { needZero = parts.Count > 0; continue; }
            if (parts.Count > 0 && (needZero || section < 1000)) parts.Add("零");
            parts.Add(Section(section) + Sections[s]);
            needZero = false;
        }
        return string.Concat(parts) + "元整";
    }

    private static string Section(int n)
    {
        var sb = new StringBuilder();
        var zero = false;
        for (var p = 3; p >= 0; p--)
        {
            var d = n / (int)Math.Pow(10, p) % 10;
            if (d == 0) { zero = sb.Length > 0; continue; }
            if (zero) sb.Append('零');
            sb.Append(Digits[d]).Append(Units[p]);
            zero = false;
        }
        return sb.ToString();
    }

    /// <summary>人民币伍万元整（¥50,000.00）.</summary>
    public static string Money(decimal yuan) =>
        $"人民币{Capital(yuan)}（¥{yuan.ToString("#,##0.00", CultureInfo.InvariantCulture)}）";

    /// <summary>Plain figures in running text: 12,345.6 元.</summary>
    public static string Yuan(decimal yuan) => yuan.ToString("#,##0.##", CultureInfo.InvariantCulture) + "元";

    private static readonly string[] Small = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    /// <summary>Numbers up to 99 in ordinary characters (十五日内, 第三十二条).</summary>
    public static string Small99(int n) => n switch
    {
        <= 10 => Small[n],
        < 20 => "十" + (n % 10 == 0 ? "" : Small[n % 10]),
        < 100 => Small[n / 10] + "十" + (n % 10 == 0 ? "" : Small[n % 10]),
        _ => n.ToString(CultureInfo.InvariantCulture),
    };
}
