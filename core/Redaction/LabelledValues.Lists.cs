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
    /// the name after each next number of a list whose first item the role names, within what one item says and the sentence.
    /// </summary>
    private static void NumberedItemsAfter(string s, LabelledValue first, ListMarker marker, LabelPolicy policy, List<LabelledValue> found)
    {
        const int ItemLength = 60;
        for (var (end, count) = (first.End, 0); count < 30; count++)
        {
            var limit = Math.Min(s.Length, end + ItemLength);
            if (s.AsSpan(end, limit - end).IndexOf('。') is var stop and >= 0) limit = end + stop;
            ListMarker? found1 = null;
            foreach (var written in marker.Next)
            {
                var k = s.IndexOf(written, end, limit - end, StringComparison.Ordinal);
                // 12.张华 is not the item after 1.
                if (k >= 0 && (k == 0 || !char.IsAsciiDigit(s[k - 1]))) { found1 = ListMarkerAt(s, k); break; }
            }
            if (found1 is not { } next) return;
            var at = next.End;
            while (at < s.Length && s[at] is ' ' or '\t' or '\u3000') at++;
            if (at >= s.Length || Name(s, at, first.Kind, separated: true) is not { } name || IsInPartyName(name, policy)) return;
            found.Add(name);
            (end, marker) = (name.End, next);
        }
    }

    /// <summary>What may stand after a name a space apart from the one before it, so that the name is a whole word.</summary>
    private static bool EndsSpacedItem(string s, int end) =>
        end >= s.Length || s[end] is ' ' or '\t' or '\u3000' or '，' or ',' or '。' or '；' or ';' or '、' or '\n' or '\r' or '）' or ')';
}
