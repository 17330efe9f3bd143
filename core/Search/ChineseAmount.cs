using System.Globalization;

namespace Enforcement.Search;

/// <summary>
/// Numbers as people write amounts: 50000, 50,000, 5万, 1.5万, 五万, 伍万, 一万五, 十万. When a number in a query
/// counts as an amount is <see cref="QueryReader"/>'s rule; <see cref="Forms"/> goes the other way, for snippets.
/// </summary>
public static class ChineseAmount
{
    private const string Digits = "零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖";

    /// <summary>The characters a Chinese numeral is written with (digits, 十百千万, and their 大写 forms).</summary>
    public const string NumeralChars = Digits + "十拾百佰千仟万";

    /// <summary>The value of an Arabic (with optional thousands commas and decimals) or Chinese numeral.</summary>
    public static decimal? Parse(string text)
    {
        if (text.Length == 0) return null;
        if (char.IsAsciiDigit(text[0]))
            return decimal.TryParse(text.Replace(",", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? d : null;
        return ParseChinese(text);
    }

    private static decimal? ParseChinese(string text)
    {
        decimal total = 0, section = 0, number = 0;
        var lastUnit = 0m;
        var sawDigit = false;
        var afterZero = false;
        foreach (var c in text)
        {
            var digit = DigitValue(c);
            if (digit >= 0) { number = digit; sawDigit = true; afterZero |= digit == 0; continue; }
            var unit = UnitValue(c);
            if (unit == 0) return null;
            if (unit == 10000m)
            {
                total += (section + number) * unit;
                section = 0;
            }
            else section += (number == 0 && !sawDigit ? 1 : number) * unit;
            number = 0;
            sawDigit = false;
            afterZero = false;
            lastUnit = unit;
        }
        // 一万五 is 15000 and 三千五 is 3500: a final digit after a unit counts in the next unit down; after 零 it
        // does not (一千零五 is 1005).
        if (number > 0 && lastUnit >= 100 && !afterZero) number *= lastUnit / 10;
        return total + section + number;
    }

    private static int DigitValue(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' or '壹' => 1,
        '二' or '两' or '贰' => 2,
        '三' or '叁' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => -1,
    };

    private static decimal UnitValue(char c) => c switch
    {
        '十' or '拾' => 10m,
        '百' or '佰' => 100m,
        '千' or '仟' => 1000m,
        '万' => 10000m,
        _ => 0m,
    };

    /// <summary>
    /// The ways a decision may write <paramref name="yuan"/>: 20000, 20,000, 2万, 贰万, 二万, 两万; so that a snippet
    /// for 罚款两万 shows 罚款人民币贰万元整（¥20,000.00）, not the boilerplate about late payment. A leading 壹拾 / 一十
    /// is also given as 拾 / 十, which the longer form contains (拾万 is found in 壹拾万 and in 拾万). Numerals below
    /// 1亿 only, as <see cref="Parse"/> reads them.
    /// </summary>
    public static IReadOnlyList<string> Forms(decimal yuan)
    {
        if (yuan <= 0) return [];
        if (yuan != decimal.Truncate(yuan))
            return [yuan.ToString("0.##", CultureInfo.InvariantCulture), yuan.ToString("#,0.00", CultureInfo.InvariantCulture)];
        var forms = new List<string> { yuan.ToString("0", CultureInfo.InvariantCulture), yuan.ToString("#,0", CultureInfo.InvariantCulture) };
        if (yuan >= 1_0000_0000m) return forms;
        var n = (int)yuan;
        if (n >= 10000 && n % 1000 == 0) forms.Add((n / 10000m).ToString("0.#", CultureInfo.InvariantCulture) + "万");
        var capital = Chinese(n, "零壹贰叁肆伍陆柒捌玖", "拾佰仟");
        var lower = Chinese(n, "零一二三四五六七八九", "十百千");
        forms.AddRange([capital, lower]);
        if (capital.StartsWith("壹拾", StringComparison.Ordinal)) forms.AddRange([capital[1..], lower[1..]]);
        if (lower.Length > 1 && lower[0] == '二' && lower[1] is not '十') forms.Add("两" + lower[1..]);
        return forms.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>A whole number below 1亿 in Chinese numerals: its 万 and its ones, with one 零 for each run of zeros.</summary>
    private static string Chinese(int n, string digits, string units)
    {
        var sb = new System.Text.StringBuilder();
        var (high, low) = (n / 10000, n % 10000);
        if (high > 0) sb.Append(Section(high, digits, units)).Append('万');
        if (low > 0) sb.Append(high > 0 && low < 1000 ? digits[0].ToString() : "").Append(Section(low, digits, units));
        return sb.ToString();
    }

    /// <summary>1 to 9999: 伍仟零叁拾.</summary>
    private static string Section(int n, string digits, string units)
    {
        var sb = new System.Text.StringBuilder();
        var zero = false;
        for (var pos = 3; pos >= 0; pos--)
        {
            var d = n / (int)Math.Pow(10, pos) % 10;
            if (d == 0) { zero = sb.Length > 0; continue; }
            if (zero) sb.Append(digits[0]);
            sb.Append(digits[d]);
            if (pos > 0) sb.Append(units[pos - 1]);
            zero = false;
        }
        return sb.ToString();
    }
}
