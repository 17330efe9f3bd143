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
            if (before < 2 || !(KinNicknameEnds.Contains(s[before - 1]) && Surnames.At(s, before - 2) == 1
                || s[before - 2] is '小' or '老' or '阿' && Surnames.At(s, before - 1) == 1)) continue;
            var at = open + 1;
            foreach (var lead in RealNameLeads)
                if (string.CompareOrdinal(s, at, lead, 0, lead.Length) == 0) { at += lead.Length; break; }
            // The name ends the bracket or its first part (（张志伟，17岁）).
            var close = s.IndexOfAny([')', '）', '，', ','], at, Math.Min(6, s.Length - at));
            if (close - at is < 2 or > 4) continue;
            var name = s[at..close];
            if (ReadsAsName(name, policy)) found.Add(new(at, close, MaskKinds.OtherPersonName, name));
        }
    }

    /// <summary>How a person is called by surname: 王姐, 张哥, 李叔, 刘嫂, 陈姨, 赵婶, 周伯.</summary>
    private const string KinNicknameEnds = "姐哥叔嫂姨婶伯";

    private static readonly string[] RealNameLeads = ["即", "本名", "真名", "真实姓名", "实名", "全名"];
}
