namespace Enforcement.Redaction;

/// <summary>
/// Chinese surnames, so that the words after a role label (委托代理人, 证人, 负责人) are read as a name only
/// when they start like one: "经本局负责人批准" has no name in it.
/// </summary>
internal static class Surnames
{
    // The common single-character surnames (about 99% of the population), then the compound ones in PartyNames.
    private const string Single =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
        + "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
        // Common in Jiangxi and the south, missed by the first list: 赖, 洪, 傅, 占, 萧 …
        + "洪赖傅萧占阎荀丘蔚郦汝钮鄂伦凤宦竺蒯逄訾甯庹禤郗邴隗蓬"
        // Rarer, found leaking after 证人： and 姓名： by the fourth red team (习's everyday words are in EverydayStarts.txt).
        + "缑郄宓蹇钭仉佴郇贲颉禚麴习"
        // Found leaking after 店员 and 证人： by the sixth red team.
        + "衷淦凃巢糜郏笪贝禄眭"
        // Found leaking after 驾驶员 and 退款申请人 by the seventh red team (its everyday words, 兑换 兑现 …, are in EverydayStarts.txt).
        + "兑";

    private static readonly HashSet<char> SingleSet = [.. Single];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonWords = LoadCommonWords();

    /// <summary>
    /// Whether two characters that start with a surname are an everyday word rather than a name (周末, 时常, 宿舍,
    /// 信用, 权限): Data/CommonWords.txt.
    /// </summary>
    public static bool IsCommonWord(ReadOnlySpan<char> word) => CommonWords.Contains(word);

    private static readonly string[] EverydayStarts =
        [.. Search.SearchData.Lines("EverydayStarts.txt").Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Trim())];

    /// <summary>Whether a would-be name starts with a word listed in Data/EverydayStarts.txt (付款后, 师傅, 花名册).</summary>
    public static bool StartsWithEverydayWord(ReadOnlySpan<char> s)
    {
        foreach (var w in EverydayStarts) if (s.StartsWith(w, StringComparison.Ordinal)) return true;
        return false;
    }

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LoadCommonWords() =>
        new HashSet<string>(Search.SearchData.Lines("CommonWords.txt").Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Trim()),
            StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The length of the surname <paramref name="s"/> starts with at <paramref name="at"/> (1 or 2), or 0.</summary>
    public static int At(ReadOnlySpan<char> s, int at = 0)
    {
        if (at + 2 <= s.Length && PartyNames.IsCompoundSurname(s.Slice(at, 2))) return 2;
        return at < s.Length && SingleSet.Contains(s[at]) ? 1 : 0;
    }
}
