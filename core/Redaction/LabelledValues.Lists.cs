namespace Enforcement.Redaction;

public static partial class LabelledValues
{
    /// <summary>
    /// A list item's number before a name (①廖春生, ⑴廖春生, （1）廖春生, 1.廖春生, 1、廖春生): where the item starts, and how
    /// the next item's number is written, to find it however much the item says between (（1）廖春生 9200元（2）涂海波…).
    /// </summary>
    private readonly record struct ListMarker(int End, string[] Next);

    private static ListMarker? ListMarkerAt(string s, int at)
    {
        if (at >= s.Length) return null;
        var c = s[at];
        if (c is >= '①' and < '⑳' or >= '⑴' and < '⒇') return new(at + 1, [((char)(c + 1)).ToString()]);
        var open = c is '（' or '(';
        var digits = open ? at + 1 : at;
        var i = digits;
        while (i < s.Length && i - digits < 2 && char.IsAsciiDigit(s[i])) i++;
        if (i == digits || i >= s.Length) return null;
        var next = int.Parse(s.AsSpan(digits, i - digits)) + 1;
        if (open) return s[i] is '）' or ')' ? new(i + 1, [$"（{next}）", $"({next})"]) : null;
        // 1.廖春生, 1、廖春生; not 1.5 or 1、2月.
        return s[i] is '.' or '、' or '．' && i + 1 < s.Length && NameOccurrences.IsIdeograph(s[i + 1]) ? new(i + 1, [$"{next}{s[i]}"]) : null;
    }

    /// <summary>
    /// 被拖欠工资劳动者：①廖春生 ②涂海波, （1）廖春生 9200元（2）涂海波 8800元, a numbered list on the lines below the role:
    /// the name after each next number of a list whose first item the role names, within what one item says, the sentence
    /// and the heading (not into …，经核实：①工资表 ②考勤表); each item only a whole name (not ②江西建工, ②金盘路社区, ②车工).
    /// </summary>
    private static void NumberedItemsAfter(string s, LabelledValue first, ListMarker marker, LabelPolicy policy, List<LabelledValue> found)
    {
        const int ItemLength = 60;
        for (var (end, count) = (first.End, 0); count < 30; count++)
        {
            var limit = Math.Min(s.Length, end + ItemLength);
            if (s.AsSpan(end, limit - end).IndexOfAny('。', '：', ':') is var stop and >= 0) limit = end + stop;
            ListMarker? nextMarker = null;
            foreach (var written in marker.Next)
            {
                var k = s.IndexOf(written, end, limit - end, StringComparison.Ordinal);
                // 12.张华 is not the item after 1.
                if (k >= 0 && (k == 0 || !char.IsAsciiDigit(s[k - 1]))) { nextMarker = ListMarkerAt(s, k); break; }
            }
            if (nextMarker is not { } next) return;
            var at = next.End;
            while (at < s.Length && s[at] is ' ' or '\t' or '\u3000') at++;
            // ②王军（执法证号…）: an officer listed with them is named on purpose.
            if (at >= s.Length || Name(s, at, first.Kind, separated: true) is not { } name || IsInPartyName(name, policy) || !IsListedName(s, name, policy)
                || IsOfficerAfter(s, name.End)) return;
            found.Add(name);
            (end, marker) = (name.End, next);
        }
    }

    /// <summary>The words of a heading that lists persons without a role's label before its colon (拖欠下列劳动者工资：…).</summary>
    private static readonly string[] PersonsInHeading = ["劳动者", "农民工", "职工", "员工", "工人", "人员", "务工"];

    /// <summary>
    /// 当事人拖欠下列劳动者工资：①廖春生 9200元 ②涂海波 8800元, 拖欠农民工工资如下：（1）廖春生…: a numbered list after a heading
    /// that says it lists persons, though no role stands straight before the colon. Each item only a whole name.
    /// </summary>
    private static void NumberedPersonsAfterHeadings(string s, LabelPolicy policy, List<LabelledValue> found)
    {
        for (var colon = s.IndexOfAny(Colons); colon > 0; colon = s.IndexOfAny(Colons, colon + 1))
        {
            var at = colon + 1;
            while (at < s.Length && s[at] is ' ' or '\t' or '\u3000' or '\n' or '\r') at++;
            if (ListMarkerAt(s, at) is not { } marker || marker.End >= s.Length) continue;
            // 执法人员：①刘洋 ②王军: the officers are named on purpose.
            var heading = HeadingBefore(s, colon).ToString();
            if (!PersonsInHeading.Any(heading.Contains) || heading.Contains("执法", StringComparison.Ordinal) || heading.Contains("检查人员", StringComparison.Ordinal)
                || heading.Contains("办案", StringComparison.Ordinal)) continue;
            var first = marker.End;
            while (first < s.Length && s[first] is ' ' or '\t' or '\u3000') first++;
            if (first >= s.Length || Name(s, first, MaskKinds.OtherPersonName, separated: true) is not { } name || IsInPartyName(name, policy)
                || !IsListedName(s, name, policy) || IsOfficerAfter(s, name.End)) continue;
            found.Add(name);
            NumberedItemsAfter(s, name, marker, policy, found);
        }
    }

    private static readonly char[] Colons = ['：', ':'];

    /// <summary>The heading before a colon: back to the sentence's, the line's or the last field's end, at most 24 characters.</summary>
    private static ReadOnlySpan<char> HeadingBefore(string s, int colon)
    {
        var from = colon;
        while (from > 0 && colon - from < 24 && s[from - 1] is not ('。' or '；' or ';' or '\n' or '：' or ':')) from--;
        return s.AsSpan(from, colon - from);
    }

    /// <summary>
    /// 共拖欠以下人员工资：刘志华8000元、陈小兵5500元, 欠薪名单：刘志华，8000元；陈小兵，5500元 (the thirteenth red team's): a
    /// list of names each with the pay owed, after a heading that speaks of persons or pay. Each item a whole name, then its
    /// amount; the list ends where an item is not a name and an amount.
    /// </summary>
    private static void NamesWithAmountsAfterHeadings(string s, LabelPolicy policy, List<LabelledValue> found)
    {
        // Most decisions speak of no pay: one search of the whole text spares a look behind every colon.
        if (!s.Contains("工资", StringComparison.Ordinal) && !s.Contains("欠薪", StringComparison.Ordinal) && !s.Contains("薪酬", StringComparison.Ordinal)) return;
        for (var colon = s.IndexOfAny(Colons); colon > 0; colon = s.IndexOfAny(Colons, colon + 1))
        {
            var heading = HeadingBefore(s, colon);
            if (!(heading.Contains("工资", StringComparison.Ordinal) || heading.Contains("欠薪", StringComparison.Ordinal) || heading.Contains("薪酬", StringComparison.Ordinal))
                || heading.Contains("执法", StringComparison.Ordinal)) continue;
            for (var (at, count) = (colon + 1, 0); count < 50; count++)
            {
                while (at < s.Length && s[at] is ' ' or '\t' or '\u3000' or '\n' or '\n') at++;
                if (at >= s.Length || Name(s, at, MaskKinds.OtherPersonName, separated: true) is not { } name || IsInPartyName(name, policy)
                    || !IsListedName(s, name, policy) || AmountAfter(s, name.End) is not { } next) break;
                found.Add(name);
                at = next;
            }
        }
        PayRowsUnderTitles(s, policy, found);
    }

    /// <summary>Where the next item starts after a name's amount (，8000元；, 5500元、, 1.2万元), or null when no amount follows.</summary>
    private static int? AmountAfter(string s, int at)
    {
        while (at < s.Length && s[at] is ' ' or '\t' or '\u3000' or '，' or ',') at++;
        // 谢桂花  3月  2800元 (the eighteenth red team's): the month the pay is for, between the name and the amount.
        if (PayMonth().Match(s, at) is { Success: true } month && month.Index == at)
            for (at += month.Length; at < s.Length && s[at] is ' ' or '\t' or '\u3000' or '，' or ','; at++) { }
        var digits = at;
        while (at < s.Length && (char.IsAsciiDigit(s[at]) || s[at] == '.' && at > digits)) at++;
        if (at == digits) return null;
        if (at < s.Length && s[at] == '万') at++;
        if (at >= s.Length || s[at] != '元') return null;
        at++;
        return at < s.Length && s[at] is '、' or '，' or ',' or '；' or ';' or '\n' or '\n' or ' ' ? at + 1 : at;
    }

    /// <summary>What may stand after a name a space apart from the one before it, so that the name is a whole word.</summary>
    private static bool EndsSpacedItem(string s, int end) =>
        end >= s.Length || s[end] is ' ' or '\t' or '\u3000' or '，' or ',' or '。' or '；' or ';' or '、' or '\n' or '\r' or '）' or ')' or '（' or '(';

    /// <summary>
    /// What ends a list's item that is no name: a place (叶家湾, 段家坊, 万寿宫街), a job or a thing (车工, 文员, 钱包, 方便面), where
    /// a person is from (高安人, 江西籍).
    /// </summary>
    private const string ItemEnds = "湾坊村庄屯街巷路桥坝岭山湖港区镇乡宫阁工员包面人籍";

    /// <summary>
    /// A list's item that is a person's name: the whole item (not the start of 江西建工, 高温补贴), no everyday word, no
    /// place, job or origin, and not a name staff already masked.
    /// </summary>
    private static bool IsListedName(string s, LabelledValue item, LabelPolicy policy) =>
        item.Name is { } name && (item.End >= s.Length || !NameOccurrences.IsIdeograph(s[item.End]))
        && (name.Contains('·') || IsPersonsName(name, policy) && !ItemEnds.Contains(name[^1]));
}
