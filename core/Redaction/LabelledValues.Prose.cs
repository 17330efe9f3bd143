using System.Text.RegularExpressions;

namespace Enforcement.Redaction;

public static partial class LabelledValues
{
    /// <summary>
    /// The sixteenth red team's names in prose with no role before them: whom officers identified (一名男子（后查明为刘海波）),
    /// whose injury was appraised (刘海波的损伤程度为…), who told what (据刘海波讲, 刘海波说这批货…), whose kin the party is
    /// (当事人系刘海波的妻子), whom the party paid (支付刘海波工资), who owns a vehicle (刘海波是该车的实际所有人), whom a photo
    /// shows (即为刘海波), whose phone (刘海波手机里, 对刘海波的手机), who brought goods in (由刘海波从湖南购进), who worked in
    /// the shop (刘海波在店内负责销售, 黄建明负责该批货物的运输, 刘海波和陈小芳是当事人雇请的员工), and a payer or payee in quotes
    /// (转账给微信用户“刘海波”, 收到“刘海波”通过微信转账, 支付宝实名认证为“*海波”). Three characters, where a clause opens or a
    /// word that only a person takes stands before: two are as often a brand or a town.
    /// </summary>
    private static void NamesInProse(string s, TextChars chars, LabelPolicy policy, List<LabelledValue> found)
    {
        foreach (var m in NamesAfterProseWords.Matches(s, chars).Concat(NamesBeforeProseWords.Matches(s, chars)))
        {
            if (m.Groups["star"].Success)
            {
                found.Add(new(m.Groups["star"].Index, m.Groups["star"].Index + m.Groups["star"].Length, MaskKinds.OtherPersonName, m.Groups["star"].Value));
                continue;
            }
            var names = m.Groups["n"].Captures.Cast<Capture>().ToList();
            // 刘海波和陈小芳是当事人雇请的员工: both or neither (刘海波和华联超是…).
            if (names.Any(c => NamesAThing(c.Value) || NamedAsOfficer(s, c.Value) || !IsPersonsName(c.Value, policy))) continue;
            foreach (var c in names) found.Add(new(c.Index, c.Index + c.Length, MaskKinds.OtherPersonName, c.Value));
        }
    }

    private const string Kin = "妻子|丈夫|老公|老婆|爱人|前妻|前夫|儿子|女儿|父亲|母亲|哥哥|姐姐|弟弟|妹妹|侄子|侄女|外甥|女婿|儿媳|岳父|岳母|公公|婆婆|"
        + "表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|舅舅|姑姑|叔叔|孙子|孙女|外孙|朋友|同学|邻居|雇工|学徒";

    // The match starts at its word: 后查明为, 据, 支付, 即为, 由, 微信用户“.
    [GeneratedRegex("\\G(?:"
        // 一名男子（后查明为刘海波）, 该男子后经查明为刘海波。, （经核实为刘海波）: whom officers identified; two characters only in brackets.
        + "(?:查明|核实|查实|证实|确认)(?:为|系|是)(?:(?<n>[\u4E00-\u9FFF]{3})(?=[）)，,。；;\n]|$)|(?<n>[\u4E00-\u9FFF]{2})(?=[）)]))"
        // 据刘海波讲, 据刘海波介绍: who told it (据…反映 is read with the complaints).
        + "|据(?<n>[\u4E00-\u9FFF]{3})(?=讲|说|介绍|交代|供述|陈述|回忆|称)"
        // 每月支付刘海波工资3000元, 支付给刘海波劳务费: whom the party paid for work.
        + "|支付(?:给)?(?<n>[\u4E00-\u9FFF]{3})(?=(?:[0-9]{1,2}月份?)?(?:工资|劳务费|报酬|工钱|提成|加班费|辛苦费))"
        // 照片中的男子即为刘海波。: whom a picture or a record shows.
        + "|即(?:为|系|是)(?<n>[\u4E00-\u9FFF]{3})(?=[。，,；;\n]|$|本人)"
        // 该批货物由刘海波从湖南购进: who brought the goods in.
        + "|由(?<n>[\u4E00-\u9FFF]{3})(?=从[\u4E00-\u9FFF]{1,10}?(?:购进|购买|进货|采购|批发|运来|运回|带回|拉回))"
        // The nineteenth red team's: who supplied the goods or ran the shop (上述白酒由刘海波提供, 该店由刘海波实际经营).
        + "|由(?<n>[\u4E00-\u9FFF]{3})(?=提供[。，,；;]|(?:实际|具体|负责|一人)(?:经营|管理|操作)|(?:经营|管理)[。，,；;]|签收|代收|送货|送达[。，,；;])"
        // 转账给微信用户“刘海波”, 支付宝实名认证为“刘海波”; a name the app shows with its surname hidden (“*海波”) is still the given name.
        // 转账备注为“刘海波货款”: whose money a transfer's note says it was.
        + "|备注(?:为|是|[：:])[“\"]?(?<n>[\u4E00-\u9FFF]{3})(?=货款|定金|工资|还款|借款|转账|付款|购货|买货|[”\"，,。；;]|$)"
        + "|(?:微信用户|支付宝用户|实名认证为|实名为|收款人为|付款人为|转账人为|收款方为|付款方为|户名为)[“\"](?:(?<n>[\u4E00-\u9FFF]{2,3})|(?<star>[*＊](?!某)[\u4E00-\u9FFF]{1,2}))(?=[”\"])"
        // The seventeenth red team's: a name in brackets or quotes straight after the role or the kin it is (举报人（邹建军）,
        // 当事人丈夫（刘海波）, 证人“刘海波”称), and the person a nickname in quotes is (外号“钟胖子”的钟国华).
        + "|(?:举报人|投诉人|证人|丈夫|妻子|老公|老婆|儿子|女儿|父亲|母亲)[（(“\"](?<n>[\u4E00-\u9FFF]{2,3})(?=[）)”\"])"
        + "|(?:外号|绰号|小名|网名)(?:叫|为|是)?[“\"][^”\"\n]{1,10}[”\"]的(?<n>[\u4E00-\u9FFF]{3})"
        + ")", RegexOptions.Multiline)]
    private static partial Regex NameAfterProseWord();

    private static readonly NearWords NamesAfterProseWords = new(NameAfterProseWord(),
        [.. new[] { "查明", "核实", "查实", "证实", "确认" }.SelectMany(v => new[] { v + "为", v + "系", v + "是" }),
         "据", "备注", "支付", "即为", "即系", "即是", "由", "微信用户", "支付宝用户", "实名认证为", "实名为", "收款人为", "付款人为", "转账人为", "收款方为", "付款方为", "户名为",
         "举报人", "投诉人", "证人", "丈夫", "妻子", "老公", "老婆", "儿子", "女儿", "父亲", "母亲", "外号", "绰号", "小名", "网名"],
        Before: 0, After: 0);

    // The name stands before its word: 的损伤程度, 说, 的妻子, 是该车, 手机里, 是当事人, 在店内, 负责, ”通过微信.
    [GeneratedRegex("\\G(?:"
        // 经鉴定，刘海波的损伤程度为轻伤二级: whose injury was appraised.
        + "(?<=^|[；;。：:\n，,、|>对将])(?<n>[\u4E00-\u9FFF]{3})(?=的(?:损伤程度|损伤|伤情|伤势|伤残等级|伤残程度|死亡原因|死因))"
        // 经鉴定，刘海波构成十级伤残: whom the appraisal found injured.
        + "|(?<=^|[；;。：:\n，,])(?<n>[\u4E00-\u9FFF]{3})(?=(?:经鉴定|经司法鉴定)?构成(?:轻伤|重伤|轻微伤|(?:[一二三四五六七八九十]|10|[1-9])级伤残|伤残))"
        // 刘海波说这批货是他朋友送的: a sentence opening with what the person said (说明, 说法 are words; 说： and 说，are NameOpeningSpeech's).
        + "|(?<=^|[；;。\n|>])(?<n>[\u4E00-\u9FFF]{3})(?<![名简全统俗号声职昵又堪总并宣自谎通旧对])(?=(?:亦|也|还|又|当时|曾)?说(?![明法服过：:，,“\"]))"
        // 当事人系刘海波的妻子: whose kin the party or a witness is (only kin: 是王老吉的员工 is a brand's).
        + "|(?<=[系是])(?<n>[\u4E00-\u9FFF]{3})(?=的(?:" + Kin + "))"
        // 刘海波的妻子在当事人店内购买了…: the seventeenth red team's, a spouse, a child or a parent opening a clause (not 的朋友圈).
        + "|(?<=^|[；;。：:\n，,])(?<n>[\u4E00-\u9FFF]{3})(?=的(?:妻子|丈夫|老公|老婆|爱人|儿子|女儿|父亲|母亲)(?!圈))"
        // 刘海波是该车的实际所有人: who owns the vehicle or the house.
        + "|(?<=^|[；;。：:\n，,])(?<n>[\u4E00-\u9FFF]{3})(?=(?:才)?[是系](?:该车|该车辆|涉案车辆|该房屋|涉案房屋|该船|该货车|该三轮车|该摩托车)的?(?:实际)?(?:所有人|所有者|车主|房主|船主))"
        // 刘海波是该店的店长, 刘海波作为该店的负责人 (the nineteenth red team's): how the person stands to the party.
        + "|(?<=^|[；;。：:\n，,])(?<n>[\u4E00-\u9FFF]{3})(?=(?:是|系|作为|担任)(?:该店|该公司|该厂|当事人|本店|店内)的?(?:负责人|店长|店主|老板|经理|厨师|员工|店员|营业员|收银员|实际经营者|经营者|股东|会计|司机|主管|仓管员))"
        // 刘海波手机里存有…, 对刘海波的手机进行了拍照: whose phone.
        + "|对(?<n>[\u4E00-\u9FFF]{3})(?=的手机)|(?<=^|[；;。：:\n，,])(?<n>[\u4E00-\u9FFF]{3})(?=的?手机(?:里|中|内|上))"
        // 刘海波和陈小芳是当事人雇请的员工: two names, then how they stand to the party.
        + "|(?<=^|[；;。：:\n，,])(?<n>[\u4E00-\u9FFF]{3})[和与](?<n>[\u4E00-\u9FFF]{3})(?=(?:均|都)?[是系](?:当事人|该店|店内|店里))"
        // 刘海波在店内负责销售, 陈小芳平时在店里帮忙收银: who worked in the shop.
        + "|(?<=^|[；;。：:\n，,])(?<n>[\u4E00-\u9FFF]{3})(?=(?:平时|每天|一直|主要|长期|经常|当时)?在(?:店内|店里|店中|现场|该店|厂内|厂里|车间|工地|仓库)(?:负责|帮忙|帮工|打工|工作|上班|做事|收银|销售|看店|打杂|做饭|炒菜|搬运|装卸))"
        // 黄建明负责该批货物的运输: what the person was in charge of.
        + "|(?<=^|[；;。\n，,])(?<n>[\u4E00-\u9FFF]{3})(?=负责(?:店内|店里|该店|收银|销售|看店|记账|送货|进货|该批|货物|运输|配送|施工|现场|装卸))"
        // 倾倒废渣的车辆为刘海波所有: a vehicle's owner after 为 (after 系 it is NameBeforeWhatWasDoneToThem's).
        + "|(?<=(?:车辆|车|货车|自卸车|渣土车|挖掘机|房屋|房子|住房|船舶|船只)(?:为|属))(?<n>[\u4E00-\u9FFF]{3})(?=所有)"
        // 对刘海波驾驶的赣C…号渣土车进行检查, 由刘海波驾驶: who drove it.
        + "|(?<=[对由])(?<n>[\u4E00-\u9FFF]{3})(?=(?:所)?驾驶)"
        // 刘海波夫妇在该处经营: a couple by the husband's name.
        + "|(?<=^|[；;。：:\n，,])(?<n>[\u4E00-\u9FFF]{3})(?=夫妇|夫妻(?:俩|二人|两人))"
        // 住在隔壁的刘海波反映: a neighbour by where he lives.
        + "|(?<=(?:住在|家住)(?:隔壁|对面|楼上|楼下|附近|对门)的)(?<n>[\u4E00-\u9FFF]{3})(?=反映|称|证实|投诉|举报|说|表示|[，,])"
        // 当事人收到“刘海波”通过微信转账的货款: a payer in quotes.
        + "|[“\"](?<n>[\u4E00-\u9FFF]{2,3})(?=[”\"](?:通过(?:微信|支付宝|银行|手机银行|转账)|的(?:转账|付款|汇款|微信转账|支付宝转账)))"
        + ")", RegexOptions.Multiline)]
    private static partial Regex NameBeforeProseWord();

    private static readonly NearWords NamesBeforeProseWords = new(NameBeforeProseWord(),
        ["构成", "的损伤", "的伤情", "的伤势", "的伤残", "的死亡原因", "的死因", "说", .. Kin.Split('|').Select(k => "的" + k),
         "是该", "系该", "作为该", "作为当事人", "担任该", "担任当事人", "是本店", "系本店", "是店内", "系店内", "是涉案", "系涉案", "的手机", "手机里", "手机中", "手机内", "手机上", "是当事人", "系当事人", "是该店", "系该店", "是店", "系店",
         "在店内", "在店里", "在店中", "在现场", "在该店", "在厂内", "在厂里", "在车间", "在工地", "在仓库", "负责", "所有", "驾驶", "夫妇", "夫妻", "隔壁的", "对面的", "楼上的", "楼下的", "附近的", "对门的", "”通过", "\"通过", "”的", "\"的"],
        Before: 9, After: 0);

    /// <summary>
    /// 其父亲位于湖田村…23号的房屋内, 其朋友刘海波位于湖田村的家中 (the sixteenth red team's): the home is a relative's or a friend's
    /// when the kin word, after 其, 当事人(的), 我, 他 or 她, stands before 位于 or before the name that does; the name is masked too.
    /// </summary>
    private static bool KinBefore(string s, int index, LabelPolicy policy, List<LabelledValue> found)
    {
        var name = NameBefore(s, index, policy);
        var at = name?.Start ?? index;
        foreach (var kin in KinWords)
        {
            if (!s.AsSpan(0, at).EndsWith(kin, StringComparison.Ordinal)) continue;
            var before = s.AsSpan(0, at - kin.Length);
            if (before.EndsWith("的", StringComparison.Ordinal)) before = before[..^1];
            if (!(before.EndsWith("其", StringComparison.Ordinal) || before.EndsWith("当事人", StringComparison.Ordinal) || before.EndsWith("我", StringComparison.Ordinal)
                || before.EndsWith("他", StringComparison.Ordinal) || before.EndsWith("她", StringComparison.Ordinal))) continue;
            if (name is { } n) found.Add(n);
            return true;
        }
        return false;
    }

    /// <summary>The kin and friends of <see cref="Kin"/>, one word each.</summary>
    private static readonly string[] KinWords = Kin.Split('|');

    /// <summary>
    /// 问：你的微信号是多少？⏎答：lhb1985。 (the sixteenth red team's): the answer to a question about an account is the account, as
    /// the answer about a phone is a phone by its shape.
    /// </summary>
    private static void AnswersAboutAccounts(string s, List<LabelledValue> found)
    {
        for (var m = AnswerAboutAccount().Match(s); m.Success; m = m.NextMatch())
            if (Handle(s, m.Index + m.Length) is { } account) found.Add(account);
    }

    [GeneratedRegex("问[：:][^\n？?]{0,20}?(?:微信|QQ|qq|支付宝|抖音|快手|淘宝)(?:号|账号|ID|id)?[^\n？?]{0,10}[？?][ \t]*\n?[ \t]*答[：:](?:我的?)?(?:微信号?|QQ号?|支付宝账?号?|抖音号?|账号)?(?:是|为|[：:])?[ \t]*")]
    private static partial Regex AnswerAboutAccount();
}
