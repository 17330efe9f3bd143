using System.Text.RegularExpressions;

namespace Enforcement.Redaction;

/// <summary>
/// Facts about a person found by their words rather than by a label: a child's age (其子王小红，13岁; 年仅十五岁),
/// which identifies a minor, and a date of birth (1985年3月12日出生; 出生日期：1985-03-12), which the publicity
/// rules list with the ID number and the address as not to be published. The law's own thresholds
/// (未满十四周岁, 已满十六周岁不满十八周岁的, 14周岁以下) are not anybody's age and stay.
/// Works on text folded by <see cref="TextFolding.FoldNumerals"/>.
/// </summary>
public static partial class AgesAndBirthDates
{
    // An age said of someone: after 年仅/现年/时年/年龄/年方/约/今年/才 or opening a clause (，13岁，), not a range or a threshold.
    // Also after 一名 / 两名 (一名16周岁的学生), 刚满 (刚满十五周岁的), 分别为 (年龄分别为13岁、14岁), 其 (其8岁的女儿), after
    // hiring (招用了15周岁的…), and after a child and maybe the child's name (儿子雷晨8岁, 大的12岁小的7岁).
    // An age given roughly (七八岁, 十二三岁) is the younger of the two.
    [GeneratedRegex("(?<=(?:年仅|现年|时年|年龄|年方|约|仅|刚满|今年|才|只有|分别为|[一两二三四五六七八九十几]名|招用了|雇佣了|雇用了|其|(?:儿子|女儿|孩子|小孩|孙子|孙女)[\\u4E00-\\u9FFF]{0,3}|大的|小的|[，,（(、])[：: ]?)(?<age>[0-9]{1,2}|[一二三四五六七八九十]{1,3}) ?周?岁(?!以[上下内]|及以[上下]|至|到|[-~～])")]
    private static partial Regex AgePattern();

    // 1985年3月12日出生, 1985年3月生, 1978年出生, 1985.03.12出生, 出生于1985年3月12日, ，生于1985年3月 (not 发生于), 出生日期：1985-03-12,
    // 出生：1985-03-12, 出生于一九九〇年七月十五日 (the year folded to digits, the month and day in numerals),
    // **出生年月**：1985.03. The day as 号 (1985年3月12号出生) and the year in two digits after a label (出生日期：85.03.12).
    // A year alone says as much: 1978年出生, 生于1985年, 85年生人.
    [GeneratedRegex("(?:(?:19|20)|(?<![0-9]))[0-9]{2}(?: ?年(?: ?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2}) ?月(?: ?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3}) ?[日号])?)?|[-./][0-9]{1,2}[-./][0-9]{1,2})(?=出生|生(?:[，,。；;）)\\n ]|$)|生人)|(?<=出生日期|出生年月日|出生年月|出生于|出生(?=[：:])|生日|DOB|D\\.O\\.B\\.|[Dd]ate of [Bb]irth|[，,（(：:其]生于)[*_]*[：: ]*[*_ ]*(?:19|20)?[0-9]{2}(?: ?年(?: ?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2}) ?月(?: ?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3}) ?[日号])?)?|[-./][0-9]{1,2}(?:[-./][0-9]{1,2})?)")]
    private static partial Regex BirthPattern();

    // Also 19850312出生 (the date's digits run together), 八五年出生 (the year in two numerals, which numeral folding leaves
    // alone) and 生日为3月12日 (a birthday without its year, which still narrows a person down with the rest).
    [GeneratedRegex("(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])(?=出生|生(?:[，,。；;）)\\n ]|$))|[一二三四五六七八九〇零]{2}年(?=出生|生人)|(?<=生日[为是：: ]{0,2})(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})月(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[日号]"
        // 出生日期：19781203 (a form's date with nothing between), 1983年农历六月十二日出生 (the lunar calendar's date).
        + "|(?<=出生日期[：: ]{0,3}|出生年月日[：: ]{0,3})(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])(?![0-9])"
        + "|(?:19|20)[0-9]{2}年(?:农历|阴历)[正腊冬一二三四五六七八九十]{1,2}月(?:[初廿]?[一二三四五六七八九十]{1,2}|[0-9]{1,2})日?(?=出生|生)")]
    private static partial Regex MoreBirthPattern();

    public static IEnumerable<LabelledValue> Find(string folded)
    {
        // Most decisions say neither; the patterns look behind, so they are tried only where they can match.
        if (folded.Contains('岁'))
            for (var m = AgePattern().Match(folded); m.Success; m = m.NextMatch())
                if (Years(m.Groups["age"].Value) is > 0 and < 18)
                    yield return new LabelledValue(m.Index, m.Index + m.Length, MaskKinds.Minor);
        var mayHoldBirthDate = MayHoldBirthDate(folded);
        // 19850312生。: eight digits before 生 are tried too, with no 出生 anywhere in the text.
        if (mayHoldBirthDate || folded.Contains("生人", StringComparison.Ordinal))
            for (var m = MoreBirthPattern().Match(folded); m.Success; m = m.NextMatch())
                yield return new LabelledValue(m.Index, m.Index + m.Length, MaskKinds.BirthDate);
        // ，属牛，: the birth year's sign among a person's particulars narrows the year down as a date of birth does.
        if (folded.Contains('属'))
            for (var m = ZodiacSign().Match(folded); m.Success; m = m.NextMatch())
                yield return new LabelledValue(m.Index, m.Index + m.Length, MaskKinds.BirthDate);
        // 问：你的出生年月？⏎答：1973年12月。: in a 询问笔录, the answer to a question about the birth is the date of birth.
        if (folded.Contains('答') && (folded.Contains("出生", StringComparison.Ordinal) || folded.Contains("生日", StringComparison.Ordinal)))
            for (var m = AnswerAboutBirth().Match(folded); m.Success; m = m.NextMatch())
                yield return new LabelledValue(m.Index, m.Index + m.Length, MaskKinds.BirthDate);
        if (!mayHoldBirthDate) yield break;
        for (var m = BirthPattern().Match(folded); m.Success; m = m.NextMatch())
        {
            var start = m.Index;
            while (start < m.Index + m.Length && folded[start] is '：' or ':' or ' ' or '*' or '_') start++;
            yield return new LabelledValue(start, m.Index + m.Length, MaskKinds.BirthDate);
        }
    }

    [GeneratedRegex("(?<=问[：:][^\n]{0,30}(?:出生|生日)[^\n]{0,20}\r?\n[ \t\u3000]*答[：:][ \t\u3000]*(?:我是|是)?)(?:19|20)?[0-9]{2} ?(?:年(?: ?[0-9]{1,2} ?月(?: ?[0-9]{1,2} ?[日号])?)?|[-./][0-9]{1,2}(?:[-./][0-9]{1,2})?)")]
    private static partial Regex AnswerAboutBirth();

    [GeneratedRegex("(?<=[，,、（(])属[鼠牛虎兔龙蛇马羊猴鸡狗猪](?=[，,、。；;）)])")]
    private static partial Regex ZodiacSign();

    /// <summary>出生, or 生 after a date (…12日生, 1985年生, 1985-03-12生) or before 于: where <see cref="BirthPattern"/> can match.</summary>
    private static bool MayHoldBirthDate(string s)
    {
        // 生日：1985年3月12日, DOB: 1985-03-12 (a form copied into the decision).
        if (s.Contains("生日", StringComparison.Ordinal) || s.Contains("DOB", StringComparison.Ordinal) || s.Contains("D.O.B.", StringComparison.Ordinal)
            || s.Contains("of birth", StringComparison.OrdinalIgnoreCase)) return true;
        for (var i = s.IndexOf('生'); i >= 0; i = s.IndexOf('生', i + 1))
        {
            if (i > 0 && (s[i - 1] is '出' or '月' or '日' or '年' || char.IsAsciiDigit(s[i - 1]))) return true;
            if (i + 1 < s.Length && s[i + 1] == '于') return true;
        }
        return false;
    }

    /// <summary>13 or 十三 → 13; 0 when it is not a number.</summary>
    internal static int Years(string age)
    {
        if (int.TryParse(age, out var n)) return n;
        const string Digits = "一二三四五六七八九";
        return age switch
        {
            ['十'] => 10,
            ['十', var u] => 10 + Digits.IndexOf(u) + 1,
            [var t, '十'] => (Digits.IndexOf(t) + 1) * 10,
            [var t, '十', var u] => (Digits.IndexOf(t) + 1) * 10 + Digits.IndexOf(u) + 1,
            [var u] => Digits.IndexOf(u) + 1,
            // 七八 (岁), 十二三: a rough age, the younger of two numbers in a row.
            [var a, var b] when Digits.IndexOf(b) == Digits.IndexOf(a) + 1 && Digits.IndexOf(a) >= 0 => Digits.IndexOf(a) + 1,
            ['十', var a, var b] when Digits.IndexOf(b) == Digits.IndexOf(a) + 1 && Digits.IndexOf(a) >= 0 => 10 + Digits.IndexOf(a) + 1,
            _ => 0,
        };
    }
}
