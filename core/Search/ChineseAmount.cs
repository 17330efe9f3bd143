using System.Globalization;

namespace Enforcement.Search;

/// <summary>
/// Numbers as people write amounts: 50000, 50,000, 5万, 1.5万, 五万, 伍万, 一万五, 十万. Parsing only; when a
/// number in a query counts as an amount is <see cref="QueryReader"/>'s rule.
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
        foreach (var c in text)
        {
            var digit = DigitValue(c);
            if (digit >= 0) { number = digit; sawDigit = true; continue; }
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
            lastUnit = unit;
        }
        // 一万五 is 15000 and 三千五 is 3500: a final digit after a unit counts in the next unit down.
        if (number > 0 && lastUnit >= 100) number *= lastUnit / 10;
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
}
