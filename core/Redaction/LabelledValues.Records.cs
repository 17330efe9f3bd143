using System.Text.RegularExpressions;

namespace Enforcement.Redaction;

public static partial class LabelledValues
{
    /// <summary>
    /// The eighteenth red team's names in records with no role before them: whom attendance or a rota shows (考勤记录显示舒红梅3月…),
    /// whom an order's note or a buyer's message names (订单备注：“送给刘德明，…”, 备注：余春兰 女士), a signature on a service
    /// receipt or a statement (签收人一栏签名为“甘小平”, 签收：温小燕 3月5日, 署名：熊春花), the first speaker of a chat quoted on one
    /// line (聊天记录显示：钟国华：…), a name in brackets or quotes after more roles (消费者（卢晓玲）, 该员工（邓春梅）, 群成员“黄建明”),
    /// and a sentence that opens with a person and when the person did what (甘小军当时也在店内, 刘桂英知道后…, 黄小平随后离开了…).
    /// Three characters where nothing but the word before or after says it is a person: two are as often a brand or a town.
    /// </summary>
    private static void NamesInRecords(string s, TextChars chars, LabelPolicy policy, List<LabelledValue> found)
    {
        var matches = NamesAfterRecordWords.Matches(s, chars).Concat(NamesBeforeRecordWords.Matches(s, chars)).Concat(NamesBeforeOwned.Matches(s, chars))
            .Concat(NamesBeforeNationality.Matches(s, chars)).Concat(NamesInBracketsAfterRoles.Matches(s, chars));
        foreach (var m in matches)
        {
            // 称呼对方为“春生”, 微信备注为“丽萍”: what the party calls the person, a given name or a pet name (masked as a nickname is).
            if (m.Groups["called"].Success)
            {
                // 称呼对方为“老板”, 微信备注为“供货商”: a role or a title, not the person's own name.
                if (StartsWithRoleWord(s, m.Groups["called"].Index) || Surnames.StartsWithEverydayWord(m.Groups["called"].ValueSpan)
                    || CallsNoOne.Any(t => m.Groups["called"].ValueSpan.EndsWith(t, StringComparison.Ordinal))) continue;
                found.Add(new(m.Groups["called"].Index, m.Groups["called"].Index + m.Groups["called"].Length, MaskKinds.Account));
                continue;
            }
            var n = m.Groups["n"];
            // A minority name is read by its nationality alone (NamesBeforeNationality), not by a surname; not a place or a role.
            if (m.Groups["nationality"].Success)
            {
                if (!StartsWithRoleWord(s, n.Index) && !ItemEnds.Contains(n.Value[^1]) && !IsEverydayWord(n.Value))
                    found.Add(new(n.Index, n.Index + n.Length, MaskKinds.OtherPersonName, n.Value));
                continue;
            }
            if (NamesAThing(n.Value) || NamedAsOfficer(s, n.Value) || !IsPersonsName(n.Value, policy)) continue;
            found.Add(new(n.Index, n.Index + n.Length, MaskKinds.OtherPersonName, n.Value));
        }
    }

    /// <summary>What a party calls someone that is a title, not a name (老板, 王总, 师傅, 美女).</summary>
    private static readonly string[] CallsNoOne = ["老板", "老板娘", "总", "师傅", "领导", "老师", "经理", "美女", "帅哥", "兄弟", "老乡", "亲", "宝贝", "客户", "供货商", "老公", "老婆"];

    /// <summary>The roles after which a name in brackets or quotes is the person's (消费者（卢晓玲）), beside the seventeenth round's.</summary>
    private const string BracketedRoles = "消费者|顾客|买家|卖家|员工|店员|雇工|工人|车主|房东|租客|户主|受害人|患者|伤者|死者|申辩人|群成员|签收人|收件人|收货人|代收人|联系人|邻居|朋友";

    // The match starts at its word: 考勤, 备注, 签名为, 签收, 聊天记录, a role, 称呼, 微信备注.
    [GeneratedRegex("\\G(?:"
        // 考勤记录显示舒红梅3月份出勤26天, 打卡记录显示邹丽娟于当日8时02分到岗: whom attendance or a rota shows.
        + "(?:考勤|打卡|签到|排班|值班|出勤)(?:记录|表|情况)(?:上)?显示[，,：:]?[ \t]?(?<n>[\u4E00-\u9FFF]{3})(?=[0-9一二三四五六七八九十于在当本每，,。、和及与的共均])"
        // 值班记录显示：3月5日夜班 何建军: the name after the date and the shift, ending the line.
        + "|(?:考勤|打卡|签到|排班|值班)(?:记录|表)(?:显示)?[：:][^\n。；;]{0,16}?[ \t](?<n>[\u4E00-\u9FFF]{3})(?=$|[ \t，,。；;])"
        // 订单备注：“送给刘德明，放门卫”, 买家留言为“给叶志华的生日蛋糕”: whom an order was for.
        + "|(?:备注|留言)(?:内容)?(?:为|是|显示)?[：:]?[ \t]?[“\"]?[ \t]?(?:送给|寄给|转交|转给|给)(?<n>[\u4E00-\u9FFF]{3})(?=[，,。；;”\" 的]|女士|先生|小姐|收)"
        // 外卖订单备注：余春兰 女士 不要辣: the buyer's name with a title.
        + "|(?:备注|留言)(?:内容)?(?:为|是)?[：:][ \t]?[“\"]?(?<n>[\u4E00-\u9FFF]{3})(?=[ \t]?(?:女士|先生|小姐|收))"
        // 写祝叶志华生日快乐: a cake's or a gift's greeting.
        + "|祝(?<n>[\u4E00-\u9FFF]{3})(?=生日|新婚|早日|身体)"
        // 签收人一栏签名为“甘小平”: a signature in quotes.
        + "|(?:签名|签字|署名)(?:为|是)[“\"](?<n>[\u4E00-\u9FFF]{2,3})(?=[”\"])"
        // 签收：温小燕 3月5日, 署名：熊春花。, 落款：郑小兰: who signed, after a colon (签收人：… is a label's).
        + "|(?:签收|署名|落款)[：:][ \t]*(?<n>[\u4E00-\u9FFF]{3})(?=$|[ \t，,。；;（(0-9])"
        // 聊天记录显示：钟国华：这批货是过期的吗？: the first speaker of a chat quoted on one line.
        + "|聊天记录(?:显示|截图|内容|如下)?[：:][ \t]*(?<n>[\u4E00-\u9FFF]{3})(?=[：:])"
        // 聊天记录中当事人称呼对方为“春生”, 对方（微信备注为“丽萍”）: what the party calls the person.
        + "|(?:称呼(?:对方|其|他|她)?为|微信备注(?:名)?(?:为|是|[：:]))[“\"](?<called>[\u4E00-\u9FFF]{2,4})(?=[”\"])"
        + ")", RegexOptions.Multiline)]
    private static partial Regex NameAfterRecordWord();

    private static readonly NearWords NamesAfterRecordWords = new(NameAfterRecordWord(),
        ["考勤", "打卡", "签到", "排班", "值班", "出勤", "备注", "留言", "祝", "签名为", "签名是", "签字为", "签字是", "署名", "签收：", "签收:", "落款",
         "聊天记录", "称呼", "微信备注"],
        Before: 0, After: 0);

    // 消费者（卢晓玲）向本局投诉, 该员工（邓春梅）, 群成员“黄建明”: a name in brackets or quotes after more roles. Looked for from the
    // bracket or the quote back to the role: the roles' own words (员工, 顾客) are in most decisions, brackets after them in few.
    [GeneratedRegex("\\G(?:" + BracketedRoles + ")[（(“\"](?<n>[\u4E00-\u9FFF]{2,3})(?=[）)”\"])")]
    private static partial Regex NameInBracketsAfterRole();

    private static readonly NearWords NamesInBracketsAfterRoles = new(NameInBracketsAfterRole(), ["(", "（", "“", "\""], Before: 3, After: 0);

    // 该船（船名“赣鄱阳渔01235”）系周德兵个人所有: whose a boat, a vehicle or a house is, after 系, 归 or 为 (not a trademark's
    // owner: 涉案商标系康师傅所有).
    [GeneratedRegex("\\G(?<=(?:船|船只|船舶|渔船|车|车辆|货车|三轮车|摩托车|电动车|房屋|房子|住房)(?:[（(][^）)\n]{0,24}[）)])?[系归为])(?<n>[\u4E00-\u9FFF]{3})(?=(?:个人|私人)?所有)")]
    private static partial Regex NameBeforeOwned();

    private static readonly NearWords NamesBeforeOwned = new(NameBeforeOwned(), ["所有"], Before: 5, After: 0);

    /// <summary>China's minority nationalities as a person's particulars give them (藏族, 蒙古族, 维吾尔族 …), the Han excepted.</summary>
    private const string Nationalities = "藏|蒙古|维吾尔|彝|哈萨克|回|壮|苗|土家|布依|侗|瑶|白|哈尼|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|朝鲜|满";

    // 证人：扎西多吉（藏族）, 尼玛次仁，男，藏族: a minority name (no Han surname, four characters or more) before the person's
    // nationality, after a field's colon or a clause's start. The surname list reads none of them.
    [GeneratedRegex("\\G(?<=[：:\n，,；;。])(?<n>[\u4E00-\u9FFF]{2,8})(?<nationality>)(?=[（(](?:" + Nationalities + ")族[）)]|[，,][男女][，,](?:" + Nationalities + ")族)")]
    private static partial Regex NameBeforeNationality();

    private static readonly NearWords NamesBeforeNationality = new(NameBeforeNationality(), ["族）", "族)", "族，", "族,", "族。", "族；"], Before: 20, After: 0);

    // The name opens a sentence and its word follows: when the person was there or did what only a person does (当时也在店内,
    // 随后离开, 知道后); not what a brand or a town may do (周大福当时也在促销).
    [GeneratedRegex("\\G(?<=^|[；;。！!？?\n])(?<n>[\u4E00-\u9FFF]{3})(?="
        + "(?:当时|随后|事后|后来|随即|事发时|当天|当晚)(?:也|亦|便|就|又|还)?(?:在(?:店|现场|场|家|屋|车上|仓库|门口)|离开|承认|报警|报了警|赶到|来到|证实|拨打|返回|回到|前往|走了)"
        + "|(?:也|亦)(?:在场|在店|在现场)|(?:知道|得知|发现|听说)(?:后|此事后)"
        + ")", RegexOptions.Multiline)]
    private static partial Regex NameBeforeRecordWord();

    private static readonly NearWords NamesBeforeRecordWords = new(NameBeforeRecordWord(),
        ["当时", "随后", "事后", "后来", "随即", "事发时", "当天", "当晚", "也在", "亦在", "知道", "得知", "发现", "听说"],
        Before: 3, After: 0);
}

public static partial class LabelledValues
{
    /// <summary>
    /// 员工工资表⏎吴德林　　　4200⏎肖海燕　　　3900 (the eighteenth red team's): a pay sheet pasted under a title line with no colon
    /// and no header row, each row a name (after its number, maybe) and then the pay. Read while the rows go on; a row that is
    /// not a whole name before a gap and a number ends it.
    /// </summary>
    private static void PayRowsUnderTitles(string s, LabelPolicy policy, List<LabelledValue> found)
    {
        for (var title = s.IndexOf("工资", StringComparison.Ordinal); title >= 0; title = s.IndexOf("工资", title + 2, StringComparison.Ordinal))
        {
            var lineEnd = s.IndexOf('\n', title);
            var lineStart = s.LastIndexOf('\n', title) + 1;
            if (lineEnd < 0 || lineEnd - lineStart > 24 || s.AsSpan(lineStart, lineEnd - lineStart).ContainsAny(TitleStops)) continue;
            for (var row = lineEnd + 1; row < s.Length;)
            {
                var end = s.IndexOf('\n', row);
                if (end < 0) end = s.Length;
                if (PayRow().Match(s, row, end - row) is not { Success: true } m || m.Index != row) break;
                var n = m.Groups["n"];
                var name = new LabelledValue(n.Index, n.Index + n.Length, MaskKinds.OtherPersonName, n.Value);
                if (!IsListedName(s, name, policy) || IsInPartyName(name, policy) || NamedAsOfficer(s, n.Value)) break;
                found.Add(name);
                row = end + 1;
            }
        }
    }

    /// <summary>What a title line of a pay sheet does not hold: a sentence's or a field's punctuation.</summary>
    private static readonly System.Buffers.SearchValues<char> TitleStops = System.Buffers.SearchValues.Create("：:，,。；;|");

    [GeneratedRegex("\\G[ \\t]*(?:[0-9]{1,3}[.、． \\t][ \\t]*)?(?<n>[\u4E00-\u9FFF]{2,3})(?:[ \\t]{2,}|\\t)[^\\n]*?[0-9]{3,6}(?:\\.[0-9]{1,2})?元?[ \\t]*$", RegexOptions.Multiline)]
    private static partial Regex PayRow();

    [GeneratedRegex("\\G(?:[0-9]{4}[.年-])?[0-9]{1,2}月份?")]
    private static partial Regex PayMonth();
}

public static partial class LabelledValues
{
    /// <summary>
    /// 赣宜春渔01234, 赣袁州货0568 (the eighteenth red team's): a boat's name as the registry gives it, the province, the port, its
    /// use and a number. A fishing boat is a fisherman's as a car is its driver's, so it is masked as a plate is, in every decision.
    /// </summary>
    private static void ShipNames(string s, List<LabelledValue> found)
    {
        for (var m = ShipName().Match(s); m.Success; m = m.NextMatch()) found.Add(new(m.Index, m.Index + m.Length, MaskKinds.Document));
    }

    [GeneratedRegex("[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][\\u4E00-\\u9FFF]{1,4}?(?:渔|货|客|拖|运|养|捕)(?:运|油|渡)?[0-9]{3,6}(?![0-9年月日元吨万])")]
    private static partial Regex ShipName();
}

public static partial class LabelledValues
{
    /// <summary>
    /// 证人钟国⏎华证实 (the eighteenth red team's): a hard-wrapped line that broke a name after its given name's first character,
    /// after a role with no colon; one more character on the next line, then what a person does or the clause's end. The mask
    /// keeps the line break.
    /// </summary>
    private static LabelledValue? BrokenAfterFirstGiven(string s, int at)
    {
        var next = at + 2;
        if (next < s.Length && s[next] == '\r') next++;
        if (next + 1 >= s.Length || s[next] != '\n' || !NameOccurrences.IsIdeograph(s[next + 1]) || NotGiven.Contains(s[at + 1]) || NotGiven.Contains(s[next + 1])) return null;
        // Only before what the person did or the clause's end: after a field's colon a name of two ends its line (证人：刘芳⏎姓名：…).
        var after = next + 2;
        if (!(after < s.Length && (StartsWithFollowWord(s, after) || s[after] is '，' or ',' or '。' or '；' or ';' or '、'))) return null;
        var name = string.Concat(s.AsSpan(at, 2), s.AsSpan(next + 1, 1));
        return PartyNames.IsMasked(name) || Surnames.IsCommonWord(name.AsSpan(0, 2)) ? null : new LabelledValue(at, after, MaskKinds.OtherPersonName, name);
    }
}
