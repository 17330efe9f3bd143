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
