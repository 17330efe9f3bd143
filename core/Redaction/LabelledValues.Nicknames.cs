namespace Enforcement.Redaction;

public static partial class LabelledValues
{
    /// <summary>
    /// 收银的王姐（王美玲）, 与“张哥”（即张国荣）商议, 网管小张（张志伟，17岁）: what people called someone (a surname and 姐,
    /// 哥, 叔 …, or 小, 老, 阿 and a surname), then the real name in brackets, maybe after 即, 本名 or 真名. The name is
    /// masked here and, found, wherever else it is written.
    /// </summary>
    private static void RealNamesAfterNicknames(string s, LabelPolicy policy, List<LabelledValue> found)
    {
        for (var open = s.IndexOfAny(['（', '(']); open >= 0; open = s.IndexOfAny(['（', '('], open + 1))
        {
            var before = open;
            if (before > 0 && s[before - 1] is '”' or '"' or '」') before--;
            if (!CalledBefore(s, before, out var surname)) continue;
            var at = open + 1;
            foreach (var lead in RealNameLeads)
                if (string.CompareOrdinal(s, at, lead, 0, lead.Length) == 0) { at += lead.Length; break; }
            // The name ends the bracket or its first part (（张志伟，17岁）).
            var close = s.IndexOfAny([')', '）', '，', ','], at, Math.Min(6, s.Length - at));
            if (close - at is < 2 or > 4) continue;
            var name = s[at..close];
            // After the text's own stand-in, the name in the bracket is the stand-in's person only with its surname: 张某（高管）,
            // 刘氏（宗祠）, 王老汉（牛肉干） say who or what, not a name (the over-mask round's). A Latin initial's is any name.
            if (surname is null ? ReadsAsName(name, policy) : surname.Length > 0 ? name.StartsWith(surname, StringComparison.Ordinal) && ReadsAsName(name, policy) : IsPersonsName(name, policy))
                found.Add(new(at, close, MaskKinds.OtherPersonName, name));
        }
    }

    /// <summary>
    /// Whether the text before <paramref name="at"/> is what a person was called by: a surname and 姐, 哥 … (王姐), 小, 老
    /// or 阿 and a surname (小张), a surname and a word for an elder (李大妈, 胡老汉), or the text's own stand-in for a
    /// name (张某, 钱某某, 张XX, 张**, 张○○, Z某, 朱氏: the twelfth red team's, whose real name in the bracket after it was
    /// published, undoing the stand-in).
    /// </summary>
    /// <param name="surname">
    /// Null after a nickname (any name may follow); after a stand-in with a surname, that surname, which the real name
    /// starts with; empty after a Latin initial (Z某).
    /// </param>
    private static bool CalledBefore(string s, int at, out string? surname)
    {
        surname = null;
        if (at < 2) return false;
        if (KinNicknameEnds.Contains(s[at - 1]) && Surnames.At(s, at - 2) == 1 || s[at - 2] is '小' or '老' or '阿' && Surnames.At(s, at - 1) == 1) return true;
        if (s[at - 1] == '氏') return (surname = SurnameEndingAt(s, at - 1)) is not null;
        if (at >= 3 && ElderWords.Contains(s.Substring(at - 2, 2))) return (surname = SurnameEndingAt(s, at - 2)) is not null;
        var stand = at;
        while (stand > 0 && at - stand < 3 && StandInChars.Contains(s[stand - 1])) stand--;
        if (stand == at || stand == 0) return false;
        if ((surname = SurnameEndingAt(s, stand)) is not null) return true;
        surname = "";
        return char.IsAsciiLetterUpper(s[stand - 1]) && (stand == 1 || !char.IsAsciiLetter(s[stand - 2]));
    }

    private static string? SurnameEndingAt(string s, int end) =>
        end >= 2 && Surnames.At(s, end - 2) == 2 ? s.Substring(end - 2, 2) : end >= 1 && Surnames.At(s, end - 1) == 1 ? s.Substring(end - 1, 1) : null;

    /// <summary>How a person is called by surname: 王姐, 张哥, 李叔, 刘嫂, 陈姨, 赵婶, 周伯.</summary>
    private const string KinNicknameEnds = "姐哥叔嫂姨婶伯";

    /// <summary>What a text writes for a name it keeps back: 某, XX, **, ○○.</summary>
    private const string StandInChars = "某Xx*＊○〇×ＸＯ";

    /// <summary>A surname and how an elder is called: 李大妈, 胡老汉, 张大爷.</summary>
    private static readonly HashSet<string> ElderWords = ["大妈", "大娘", "大爷", "大叔", "大婶", "大伯", "大姐", "大哥", "老汉", "老太", "老伯", "阿婆", "婆婆", "奶奶", "爷爷", "师傅"];

    private static readonly string[] RealNameLeads = ["即", "本名", "真名", "真实姓名", "实名", "全名", "化名"];
}
