namespace Enforcement.Redaction;

public static partial class LabelledValues
{
    /// <summary>
    /// The nineteenth red team's: a second person named beside a natural-person party (当事人王小明与刘海燕系夫妻, 张三、王五共同
    /// 经营, 王小明和刘海燕均称…). The party's own name is masked from the front matter, so no label or list reader took the
    /// name joined to it: a list must read as names throughout, and the party's name is not one it may add. Here the
    /// party's name stands for the label: the name after 与 / 和 / 及 / 同 / 跟 / 、 is a person's where what follows it is
    /// what two persons do or are together (共同, 一起, 合伙, 系夫妻, 二人, 均, 都 …) or the clause ends; before the party's
    /// name likewise (刘海燕与王小明系夫妻). Not a company or a place (王小明与宜春市某某公司签订, 王小明和湖田村委会), which
    /// reads as no name.
    /// </summary>
    private static void NamesBesideTheParty(string s, LabelPolicy policy, List<LabelledValue> found)
    {
        if (!policy.NaturalParty || !policy.MaskPartyName) return;
        var party = TextFolding.Key(policy.PartyName);
        if (party.Length < 2 || PartyNames.IsMasked(party)) return;
        for (var at = s.IndexOf(party, StringComparison.Ordinal); at >= 0; at = s.IndexOf(party, at + party.Length, StringComparison.Ordinal))
        {
            var end = at + party.Length;
            if (end + 1 < s.Length && Joiners.Contains(s[end]) && !IsWordAfterJoiner(s, end))
                foreach (var length in (int[])[3, 2])
                {
                    var start = end + 1;
                    if (start + length > s.Length || !EndsJointClause(s, start + length, listed: s[end] == '、')) continue;
                    var name = s.Substring(start, length);
                    if (!IsPersonsName(name, policy) || NamedAsOfficer(s, name)) continue;
                    LabelledValue second = new(start, start + length, MaskKinds.OtherPersonName, name);
                    found.Add(second);
                    // 王小明、刘海燕、周建华三人: the others listed after it.
                    if (second.End < s.Length && s[second.End] == '、') ListedAfter(s, second, policy, found);
                    break;
                }
            // 刘海燕与王小明系夫妻, 刘海燕、王小明共同经营: the name before the party's, opening its clause.
            if (at > 2 && Joiners.Contains(s[at - 1]) && EndsJointClause(s, end, listed: s[at - 1] == '、'))
                foreach (var length in (int[])[3, 2])
                {
                    var start = at - 1 - length;
                    if (start < 0 || start > 0 && NameOccurrences.IsIdeograph(s[start - 1]) && !s.AsSpan(0, start).EndsWith("当事人", StringComparison.Ordinal)) continue;
                    var name = s.Substring(start, length);
                    if (!IsPersonsName(name, policy) || NamedAsOfficer(s, name)) continue;
                    found.Add(new(start, start + length, MaskKinds.OtherPersonName, name));
                    break;
                }
        }
    }

    // Not 同 or 跟, which start words as often (王小明同时销售, 跟进).
    private const string Joiners = "与和及、";

    /// <summary>及时, 与其, 和平: the joiner and the next character make a word, not a list.</summary>
    private static bool IsWordAfterJoiner(string s, int at) => Surnames.IsCommonWord(s.AsSpan(at, 2)) || StartsWithAny(s, at, JoinerWords);

    private static readonly string[] JoinerWords = ["及时", "及早", "及其", "与其", "与会", "和平", "和好", "和谐", "和解"];

    /// <summary>
    /// Whether what starts at <paramref name="at"/> says what two persons do or are together; after a 、 (<paramref name="listed"/>),
    /// also the clause's end (当事人王小明、刘海燕。), which after 与 or 和 is as often a thing (王小明与时俱进。).
    /// </summary>
    private static bool EndsJointClause(string s, int at, bool listed) =>
        listed && (at >= s.Length || s[at] is '，' or ',' or '。' or '；' or ';' or '\n' or '（' or '(' or '、') || at < s.Length && StartsWithAny(s, at, JointWords);

    private static readonly string[] JointWords =
    [
        "共同", "一起", "一同", "合伙", "合资", "合开", "系夫妻", "是夫妻", "为夫妻", "系夫妇", "系母子", "系父子", "系母女", "系父女", "系兄弟",
        "系姐妹", "系朋友", "系亲属", "夫妻", "夫妇", "二人", "两人", "三人", "均", "都", "分别", "共", "各", "轮流", "签订", "约定",
    ];
}
