namespace Enforcement.Redaction;

/// <summary>
/// Whether a person's name found in a text stands there as the name, or as part of a word or a place:
/// a party called 高峰 is in "高峰称" but not in "用电高峰期" or "高峰路"; a representative called 金华 is not
/// in "金华路" or "浙江金华". And an officer who shares a party's name keeps his public name beside his
/// certificate ("王小明（执法证号：…）"). The same rule serves redaction and the leak gate.
/// </summary>
public static class NameOccurrences
{
    // After a two-character name, these make a place, a period or a thing: 高峰路, 高峰期, 金华市, 金华火腿.
    private const string WordSuffixes = "路街巷弄道村镇乡区县市省州期段时点山江河湖海桥园苑楼厦店厂站港湾线门场庄坊城社组队部局院校馆堂所宫寺塔岭坡湾桥洲岛峰火腿牌号型款式类中北南东西大小新";

    // After any name, these make a road or place named after it (王小明路 is a street, not a person).
    private const string PlaceSuffixes = "路街巷弄村镇乡";

    // Before a two-character name, a place it belongs to: 浙江金华, 宜春市高峰.
    private static readonly string[] PlacePrefixes =
    [
        "省", "市", "县", "区", "镇", "乡", "州", "用电", "用水", "交通", "客流", "早", "晚",
        "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东",
        "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏",
        "宁夏", "新疆", "香港", "澳门",
    ];

    // A spoken or written act that follows a name that stands alone: 小明称, 阿依古丽表示.
    private const string Follows = "称说讲表陈承认于在的是系为向对到未已均等及和与同因也签提供出现男女住身联将曾自从即经确回答指告介之、，,。.；;：:（(）)」』”\"'|<\n\r 　";

    // The nineteenth red team's: a given name addressing someone in a quoted chat or a transcript («建国！快把货搬走», “建国你把货
    // 搬走”, “建国啊，…”, “建国哥，货到了”), after the full name was masked elsewhere.
    private const string AddressedBy = "！!？?你您啊呀哥姐嘛呢吧";

    // Before a given name that is addressed: a greeting or thanks (“好的建国”, “谢谢建国。”, “喂，建国”).
    private static readonly string[] Greetings = ["谢谢", "好的", "喂", "嗨", "哎", "你好", "辛苦"];

    /// <summary>
    /// A given name followed by 你, 啊, 哥, ！ is addressed only at the start of what is said (after a quote, a colon, a comma) or
    /// after a greeting: 新中国建国啊 is no one addressed.
    /// </summary>
    private static bool Addressed(ReadOnlySpan<char> text, int start, int end)
    {
        if (start == 0 || !IsIdeograph(text[start - 1])) return true;
        return EndsWithGreeting(text[..start]);
    }

    private static bool EndsWithGreeting(ReadOnlySpan<char> before)
    {
        foreach (var g in Greetings) if (before.EndsWith(g, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>
    /// Whether the name at [<paramref name="start"/>, <paramref name="end"/>) in <paramref name="text"/> is the
    /// name. <paramref name="alone"/>: a part of a name (a given name, one half of 阿依古丽·买买提), which counts only
    /// where something a person does or a punctuation mark follows it.
    /// </summary>
    public static bool IsName(ReadOnlySpan<char> text, int start, int end, bool alone = false)
    {
        var length = end - start;
        var next = end < text.Length ? text[end] : '\n';
        var before = text[..start];
        if (alone)
            return (Follows.Contains(next) || AddressedBy.Contains(next) && Addressed(text, start, end))
                && !(start > 0 && IsIdeograph(text[start - 1]) && !IsLead(before) && !EndsWithGreeting(before));
        if (length <= 2)
        {
            if (WordSuffixes.Contains(next)) return false;
            foreach (var p in PlacePrefixes) if (before.EndsWith(p, StringComparison.Ordinal)) return false;
            // 高峰期 spelled out in the middle of a word: both sides are ideographs that do not end a phrase.
            if (start > 0 && IsIdeograph(text[start - 1]) && IsIdeograph(next) && !IsLead(before) && !Follows.Contains(next)) return false;
        }
        else if (PlaceSuffixes.Contains(next)) return false;
        return !IsOfficer(text, start, end);
    }

    /// <summary>An officer named in his public role: 执法人员 before, or his certificate number just after.</summary>
    public static bool IsOfficer(ReadOnlySpan<char> text, int start, int end)
    {
        var after = text[end..Math.Min(text.Length, end + 14)];
        var line = after.IndexOfAny('\n', '\u001F');
        if (line >= 0) after = after[..line];
        if (after.Contains("执法证", StringComparison.Ordinal) || after.Contains("执法证件", StringComparison.Ordinal)) return true;
        var before = text[Math.Max(0, start - 8)..start];
        return before.EndsWith("执法人员", StringComparison.Ordinal) || before.EndsWith("执法人员：", StringComparison.Ordinal)
            || before.EndsWith("执法人员:", StringComparison.Ordinal);
    }

    /// <summary>Words after which a name may follow directly: 当事人王小明, 对王小明, 询问王小明.</summary>
    private static bool IsLead(ReadOnlySpan<char> before)
    {
        if (before.IsEmpty) return true;
        var c = before[^1];
        if (!IsIdeograph(c)) return true;
        return "人者对向与和及由被将把给据知询问令经因请派委托叫让见".Contains(c);
    }

    internal static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}
