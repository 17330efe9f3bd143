using System.Text.RegularExpressions;

namespace Enforcement.Redaction;

public static partial class LabelledValues
{
    /// <summary>
    /// A chat transcript pasted into a decision (聊天记录显示：⏎张大伟：钱打你卡上了⏎【林小峰】：转你定金2000了): each line
    /// opens with who wrote it, maybe after the time, and mentions go by @ (@陈志强 工商的人来过没有). Read only in a text
    /// that speaks of a chat, and only where two lines or more open with a speaker, so a heading with a colon is not one.
    /// </summary>
    private static void ChatSpeakers(string s, LabelPolicy policy, List<LabelledValue> found)
    {
        var speakers = new List<Group>();
        for (var m = SpeakerLine().Match(s); m.Success; m = m.NextMatch()) speakers.Add(m.Groups["name"]);
        if (speakers.Count >= 2)
            foreach (var g in speakers) AddIfPersonsName(g, policy, found);
        for (var m = Mention().Match(s); m.Success; m = m.NextMatch()) AddIfPersonsName(m.Groups["name"], policy, found);
        // 刘海波 2023-03-01 10:23:45: WeChat's own export puts the speaker and the time on a line of their own.
        for (var m = ExportedSpeakerLine().Match(s); m.Success; m = m.NextMatch()) AddIfPersonsName(m.Groups["name"], policy, found);
    }

    /// <summary>
    /// An interview quoted in a decision (the twelfth red team's): 刘冬根：“这批货是我…”, who spoke before a colon and a quote
    /// in the first or second person, opening a line or a sentence; 问：刘冬根，你…, whom the officer's question addresses;
    /// 执法人员问刘冬根：…, whom the officer asked. Each only a whole name that reads as a person's and is no everyday word
    /// (顾客：“…”, 问：公司，你… are not); not a sign's or a slogan's words (门头：“周黑鸭”, 王老吉：“怕上火…”, with no 我 or
    /// 你), nor an officer the decision names as one (刘洋：“请出示营业执照。” where 执法人员刘洋 stands).
    /// </summary>
    private static void InterviewSpeakers(string s, LabelPolicy policy, List<LabelledValue> found)
    {
        for (var open = s.Length > 1 ? s.IndexOfAny(OpeningQuotes, 1) : -1; open > 0; open = s.IndexOfAny(OpeningQuotes, open + 1))
        {
            if (s[open - 1] is not ('：' or ':')) continue;
            var i = open - 1;
            var start = i;
            while (start > 0 && i - start < 4 && NameOccurrences.IsIdeograph(s[start - 1])) start--;
            if (i - start < 2 || start > 0 && s[start - 1] is not ('\n' or '。' or '；' or ';' or '？' or '?' or '！' or '”' or ' ' or '\u3000' or '>' or '*')) continue;
            var quote = s.AsSpan(i + 2, Math.Min(60, s.Length - i - 2));
            if (quote.IndexOfAny("”\"」’") is var close and >= 0) quote = quote[..close];
            if (quote.IndexOfAny("我你您咱") < 0 || NamedAsOfficer(s, s[start..i])) continue;
            AddIfPersonsName(start, s[start..i], policy, found);
        }
        for (var q = s.IndexOf('问'); q >= 0 && q + 1 < s.Length; q = s.IndexOf('问', q + 1))
        {
            // 问：刘冬根，你在店里做什么: the name the question opens with, then 你 or 您.
            if (s[q + 1] is '：' or ':')
            {
                var at = q + 2;
                while (at < s.Length && s[at] is ' ' or '\u3000') at++;
                if (at < s.Length && Name(s, at, MaskKinds.OtherPersonName, separated: true) is { } addressed && addressed.End + 1 < s.Length
                    && s[addressed.End] is '，' or ',' && s[addressed.End + 1] is '你' or '您') AddIfPersonsName(addressed.Start, s[addressed.Start..addressed.End], policy, found);
            }
            // 执法人员问刘冬根：: asked whom, then what, after a colon (looked at only where a surname and a colon stand near:
            // most decisions hold 询问笔录 many times).
            else if (Surnames.At(s, q + 1) > 0 && s.IndexOfAny(['：', ':'], q + 2, Math.Min(5, s.Length - q - 2)) > 0
                && Name(s, q + 1, MaskKinds.OtherPersonName, separated: false) is { } asked && asked.End < s.Length && s[asked.End] is '：' or ':')
                AddIfPersonsName(asked.Start, s[asked.Start..asked.End], policy, found);
        }
    }

    private static readonly char[] OpeningQuotes = ['“', '"', '「', '‘'];

    /// <summary>The roles a record's signature line gives in brackets after a name: 刘冬根（当事人）.</summary>
    private static readonly string[] RolesInBrackets = ["当事人", "被询问人", "被检查人", "被调查人", "证人", "见证人", "在场人"];

    /// <summary>
    /// 检查人（签名）：刘洋　王军　刘冬根（当事人）: in a record's signature line the person's role follows the name in brackets,
    /// after the officers' names. Only a whole name standing alone (after a space, a colon, a comma or a 、) that reads as a
    /// person's.
    /// </summary>
    private static void NamesBeforeTheirRoles(string s, LabelPolicy policy, List<LabelledValue> found)
    {
        for (var open = s.Length > 1 ? s.IndexOfAny(OpeningBrackets, 1) : -1; open > 0; open = s.IndexOfAny(OpeningBrackets, open + 1))
        {
            if (!RoleInBracketAt(s, open + 1)) continue;
            var start = open;
            while (start > 0 && open - start < 4 && NameOccurrences.IsIdeograph(s[start - 1])) start--;
            if (open - start < 2 || start > 0 && s[start - 1] is not (' ' or '\u3000' or '\t' or '：' or ':' or '、' or '，' or ',' or '\n')) continue;
            if (Name(s, start, MaskKinds.OtherPersonName, separated: true) is { } name && name.End == open) AddIfPersonsName(start, s[start..open], policy, found);
        }
    }

    private static bool RoleInBracketAt(string s, int at)
    {
        foreach (var role in RolesInBrackets)
            if (string.CompareOrdinal(s, at, role, 0, role.Length) == 0 && at + role.Length < s.Length && s[at + role.Length] is '）' or ')') return true;
        return false;
    }

    /// <summary>转账记录：2023-03-01 刘海波 转入 500.00, 3月1日 收到 刘海波 转账 500元: the other party of a payment record.</summary>
    private static void PaymentCounterparts(string s, LabelPolicy policy, List<LabelledValue> found)
    {
        for (var m = PaymentCounterpart().Match(s); m.Success; m = m.NextMatch()) AddIfPersonsName(m.Groups["name"], policy, found);
    }

    [GeneratedRegex("^[ \\t]*(?<name>[\\u4E00-\\u9FFF]{2,4})[ \\t]+[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}[ \\t]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?[ \\t]*\\r?$", RegexOptions.Multiline)]
    private static partial Regex ExportedSpeakerLine();

    [GeneratedRegex("(?:[0-9][日号]?|收到|付给|转给)[ \\t]+(?<name>[\\u4E00-\\u9FFF]{2,4})[ \\t]+(?=转入|转出|转账|付款|收款|红包)")]
    private static partial Regex PaymentCounterpart();

    // A line: maybe a date and a time (2024-03-05 10:40), maybe a bracket (【张大伟】) or a group's role in one (【群主】刘海波：),
    // the speaker, a colon and what was said.
    [GeneratedRegex("^[ \\t]*(?:[0-9]{2,4}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?[ \\t]+)?(?:[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?[ \\t]*)?(?:【(?:群主|管理员|成员|群成员)】)?[【\\[]?(?<name>[\\u4E00-\\u9FFF]{2,4})[】\\]]?[ \\t]*[：:](?=[ \\t]*[^ \\t\\r\\n])", RegexOptions.Multiline)]
    private static partial Regex SpeakerLine();

    [GeneratedRegex("@(?<name>[\\u4E00-\\u9FFF]{2,4})(?=[ \\t\\u3000，,：:]|$)", RegexOptions.Multiline)]
    private static partial Regex Mention();
}
