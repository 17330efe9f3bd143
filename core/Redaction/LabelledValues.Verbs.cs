using System.Buffers;
using System.Text.RegularExpressions;

namespace Enforcement.Redaction;

public static partial class LabelledValues
{
    /// <summary>
    /// Names with no label before them, found by the verb before them or by what a 询问笔录 asks of them (the ninth red
    /// team's): 对张建国进行了询问, 委托张建国全权…, 问：张建国是你什么人. Not a thing, a trade, an agency or 原…, nor an officer
    /// the text names with his certificate.
    /// </summary>
    private static void NamesAfterVerbsAndInAnswers(string s, TextChars chars, LabelPolicy policy, List<LabelledValue> found)
    {
        foreach (var m in NamesInAnswers.Matches(s, chars).Concat(NamesBeforeWhatWasDone.Matches(s, chars)).Concat(NamesBeforeWhatWasDoneToThem.Matches(s, chars))
            .Concat(NamesAfterVerbs.Matches(s, chars)).Concat(NamesOpeningWhatTheyDid.Matches(s, chars)).Concat(NamesOpeningOwnHome.Matches(s, chars))
            .Concat(NamesBeforeTies.Matches(s, chars)).Concat(NamesOpeningWhatBefell.Matches(s, chars)))
        {
            if (m.Groups["dotted"] is { Success: true } dotted) { found.Add(new(dotted.Index, dotted.Index + dotted.Length, MaskKinds.OtherPersonName, dotted.Value)); continue; }
            foreach (var name in m.Groups["n"].Captures.Cast<Capture>())
                if (!NamesAThing(name.Value) && !NamedAsOfficer(s, name.Value) && !NamedAsBrand(s, name.Value)) AddIfPersonsName(name.Index, name.Value, policy, found);
        }
        foreach (var m in NamesAfterWhatBefell.Matches(s, chars))
        {
            var name = m.Groups["n"];
            if (NamesAThing(name.Value) || LivingThingEnds.Contains(name.Value[^1]) || NamedAsOfficer(s, name.Value) || !IsPersonsName(name.Value, policy)) continue;
            LabelledValue first = new(name.Index, name.Index + name.Length, MaskKinds.OtherPersonName, name.Value);
            found.Add(first);
            ListedAfter(s, first, policy, found);
        }
        if (s.Contains('答')) NamesListedInAnswers(s, policy, found);
    }

    // The fifteenth red team's: a name of three characters opening a clause, then what only a person does there: checks
    // into a hotel (刘海波入住当事人经营的宾馆), writes to the party on a dated day through a chat app (刘海波于2025年3月1日通过微信向当事人…),
    // or falls or is hurt at work (刘海波在作业过程中从脚手架坠落). Two characters are as often a brand or a town (华联于…通过
    // 微信公众号), and a company's name runs on past three.
    [GeneratedRegex("\\G(?<=^|[；;。：:\n，,|>])(?<n>[\u4E00-\u9FFF]{3})(?=(?:于[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日(?:[0-9]{1,2}[时点](?:[0-9]{1,2}分)?)?)?入住(?:当事人|该|其|[^，,。；;\n]{0,12}?(?:宾馆|酒店|旅馆|民宿|招待所|旅社|客房|房间|[0-9]+房|[0-9]+室))"
        // What a brand's account does there is publish (周黑鸭于…通过微信公众号发布): only a message to the party or words said.
        + "|于[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日(?:[0-9]{1,2}[时点](?:[0-9]{1,2}分)?(?:许|左右)?)?[，,]?(?:通过|在|用|使用)(?:微信|QQ|支付宝|短信|抖音|淘宝|闲鱼|拼多多)(?:(?:向|给|与|和|跟)当事人|联系当事人|(?:中|里|上)?(?:称|说|表示|告知))"
        + "|在[^，,。；;\n]{1,20}?(?:坠落|摔伤|摔倒|跌落|受伤|划伤|割伤|烫伤|烧伤|砸伤|压伤|夹伤|触电|身亡|骨折)"
        // The seventeenth red team's: money sent to the party on a dated day (刘海波于2025年3月1日向当事人转账2000元), and who
        // refused a document served (文书送达时，刘海波拒绝签收).
        + "|于[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日[，,]?向当事人(?:转账|付款|汇款|支付)"
        // The nineteenth red team's: money sent to the party through an app, with no date (刘海波通过微信向当事人转账2000元).
        + "|(?:通过|用|使用)(?:微信|支付宝|手机银行)(?:向|给)当事人(?:转账|付款|汇款|支付|转款)"
        + "|拒绝签收|拒收|拒签|拒不签收)", RegexOptions.Multiline)]
    private static partial Regex NameOpeningWhatTheyDid();

    // The seventeenth red team's: a name of three characters opening a clause, then what befell the consumer or the worker, who
    // told the office, how he stands to the party (刘海波经抢救无效死亡, 刘海波被狗咬伤, 刘海波食用后出现腹痛, 刘海波系湖田村村民,
    // 刘海波无证驾驶, 刘海波向我局提供了…, 刘海波与当事人系朋友关系). Tried near the words, at most ten characters after the name.
    [GeneratedRegex("\\G(?<=^|[；;。：:\n，,|>])(?<n>[\u4E00-\u9FFF]{3})(?=于事发当[日天]|经抢救|被送(?:往|至)[^，,。；;\n]{0,12}?(?:医院|卫生院|诊所|急救)|被(?:狗|犬|车辆|车)(?:咬|撞)|(?:食用|饮用|服用|使用该产品)后"
        + "|系该车(?:驾驶员|司机)|系[\u4E00-\u9FFF]{2,4}村村民|未取得健康证(?!明的)|无证驾驶|所持健康证"
        + "|向我局(?:提供|反映|举报|投诉)|与当事人[系是](?:" + Ties + ")关系)", RegexOptions.Multiline)]
    private static partial Regex NameOpeningWhatBefell();

    private static readonly NearWords NamesOpeningWhatBefell = new(NameOpeningWhatBefell(),
        ["事发", "抢救", "被送", "被狗", "被犬", "被车", "食用后", "饮用后", "服用后", "使用该产品后", "系该车", "村民", "未取得健康证", "无证驾驶", "所持健康证", "向我局", "关系"],
        Before: 10, After: 0);

    // The name at most 25 characters before its word (刘海波于2025年12月12日22时30分许，通过微信).
    private static readonly NearWords NamesOpeningWhatTheyDid = new(NameOpeningWhatTheyDid(),
        ["入住", "微信", "QQ", "支付宝", "短信", "抖音", "淘宝", "闲鱼", "拼多多", "坠落", "摔伤", "摔倒", "跌落", "受伤", "划伤", "割伤", "烫伤", "烧伤",
         "砸伤", "压伤", "夹伤", "触电", "身亡", "骨折", "当事人转账", "当事人付款", "当事人汇款", "当事人支付", "拒绝签收", "拒收", "拒签", "拒不签收"],
        Before: 26, After: 0);

    // 刘海波在…158号自家房屋顶部加建: only a person has a home of its own (自家), up to 30 characters after 在.
    [GeneratedRegex("\\G(?<=^|[；;。：:\n，,|>])(?<n>[\u4E00-\u9FFF]{3})(?=在[^，,。；;\n]{1,30}?自家)", RegexOptions.Multiline)]
    private static partial Regex NameOpeningOwnHome();

    private static readonly NearWords NamesOpeningOwnHome = new(NameOpeningOwnHome(), ["自家"], Before: 34, After: 0);

    /// <summary>
    /// 问：当时还有谁在场？答：有刘海波和陈小芳。, 答：就我和刘海波两个人: the persons an answer lists after 有 or 我和, where
    /// the question asked who (谁, 人, 员工) or the answer counts persons. Every item must read as a name (答：有华联和永辉 is
    /// two shops, asked where the goods came from).
    /// </summary>
    private static void NamesListedInAnswers(string s, LabelPolicy policy, List<LabelledValue> found)
    {
        for (var m = AnswerListing().Match(s); m.Success; m = m.NextMatch())
        {
            var asked = s.LastIndexOf('问', m.Index);
            var names = m.Groups["n"].Captures.Cast<Capture>().ToList();
            // 答：有刘海波和陈小芳。 with no question before it (the seventeenth red team's: an excerpt quotes the answer alone):
            // two names of three characters, none ending as goods or a brand do; two of two characters are as often two shops
            // (答：有华联和永辉), and what goods came in is asked as often as who was there (答：有金龙鱼和胡姬花).
            var unasked = (asked < 0 || m.Index - asked > 60) && names.Count >= 2 && names.All(c => c.Length == 3 && !GoodsEnds.Contains(c.Value[^1]));
            if (!m.Groups["count"].Success && !unasked && (asked < 0 || m.Index - asked > 60 || !s.AsSpan(asked, m.Index - asked).ContainsAny(WhoAsked))) continue;
            if (names.Any(c => !IsPersonsName(c.Value, policy) || NamedAsOfficer(s, c.Value) || NamedAsBrand(s, c.Value))) continue;
            foreach (var c in names) found.Add(new(c.Index, c.Index + c.Length, MaskKinds.OtherPersonName, c.Value));
        }
    }

    [GeneratedRegex("答[：:](?:还|就|只|共|一共|当时)?(?:有(?:我和)?|是我和|我和)(?<n>[\u4E00-\u9FFF]{2,3}?)(?:[、和及](?<n>[\u4E00-\u9FFF]{2,3}?))*(?=[。，,；;\n]|$|等|(?<count>[两二三四五六七八九十]个(?:人|员工|工人|店员)))", RegexOptions.Multiline)]
    private static partial Regex AnswerListing();

    // What goods and brands of three characters end in (金龙鱼, 胡姬花, 白砂糖, 火腿肠, 老干妈): a character no given name is
    // often given (a 桂花 or a 水 would be; an answer of two such names with no question stays).
    private const string GoodsEnds = LivingThingEnds + "酒茶糖盐面肠油米奶粉膏片液水汁肉蛋妈饼";

    private static readonly SearchValues<string> WhoAsked = SearchValues.Create(["谁", "人", "员工"], StringComparison.Ordinal);

    // 对张建国进行了询问, 分别对张建国、李秀英制作了询问笔录, 在张建国的陪同下, 经张建国签字: a name after a verb that only a person
    // takes, then what was done with or by the person. After verbs that companies, brands and agencies also take (委托, 向…送达,
    // 经…同意, 根据…提供的), only a name of three characters: two are as often a company's or a brand's short name (委托申通代为…),
    // which the labels read where they are a person's. Tried near what was done (询问, 陪同下, 送达 …), which is rarer than
    // the prepositions before the name (对, 在, 经, 向).
    [GeneratedRegex("\\G(?:"
        + "对(?<n>[\u4E00-\u9FFF]{2,3}?)(?=(?:、[\u4E00-\u9FFF、]{2,12}?)?(?:进行了?(?:询问|谈话|约谈)|制作了?(?:询问|调查)?笔录))"
        + "|经(?<n>[\u4E00-\u9FFF]{2,3}?)(?=签字|签名)"
        + "|在(?<n>[\u4E00-\u9FFF]{2,3}?)(?=的?陪同下)"
        + "|向(?<n>[\u4E00-\u9FFF]{3})(?=送达)"
        + "|(?:委托|授权|交由|安排)(?<n>[\u4E00-\u9FFF]{3})(?=全权|代为|处理本案|打理|在店|负责|同志(?:前来|代为|全权))"
        + "|经(?<n>[\u4E00-\u9FFF]{3})(?=同意)"
        + "|(?:收到|根据)(?<n>[\u4E00-\u9FFF]{3})(?=寄来|提供的|的举报|的投诉)"
        // The thirteenth red team's: whose ID, card or name was used (冒用他人刘海波的身份证, 使用刘海波的医保卡); a seller by
        // where he is from (从湖南人李国富处购进).
        + "|(?:冒用|盗用|使用|借用)(?:他人)?(?<n>[\u4E00-\u9FFF]{3})(?=的(?:身份证|医保卡|社保卡|银行卡|身份信息|名义))"
        + "|从[\u4E00-\u9FFF]{2,3}人(?<n>[\u4E00-\u9FFF]{2,3}?)(?=处(?:购|进|采|批|拿|取|订))"
        // 股东会决议中“刘海波”的签名非其本人所签: whose signature, in quotes (not “周黑鸭”的名义: a brand's).
        + "|[“\"](?<n>[\u4E00-\u9FFF]{2,3})(?=[”\"]的(?:签名|签字))"
        + ")")]
    private static partial Regex NameBeforeWhatWasDone();

    private static readonly NearWords NamesBeforeWhatWasDone = new(NameBeforeWhatWasDone(),
        ["询问", "谈话", "约谈", "笔录", "签字", "签名", "陪同下", "送达", "全权", "代为", "处理本案", "打理", "在店", "负责", "同志", "同意", "寄来", "提供的", "的举报", "的投诉",
         "的身份证", "的医保卡", "的社保卡", "的银行卡", "的身份信息", "的名义", "处购", "处进", "处采", "处批", "处拿", "处取", "处订",
         "”的签名", "”的签字", "\"的签名", "\"的签字"],
        Before: 21, After: 0);

    // The thirteenth red team's: whom an accident killed or hurt (事故造成刘海波（男，45岁）当场死亡, 造成2人受伤（刘海波、
    // 陈小兵）) and a buyer or a complainant who opens a dated clause (2025年3月1日，刘海波从当事人处购买…). Tried at the word
    // the match starts with; the names listed after the first are read with it. Three characters, or two in a list or
    // before the person's sex: two are as often what pollution killed (造成林木死亡, 苗木, 龙虾) or a brand (李宁向当事人…),
    // the over-mask round's; after the date, only what a buyer or a complainant does (康师傅向当事人发货 is a supplier).
    [GeneratedRegex("\\G(?:"
        + "(?:造成|导致)(?:(?<n>[\u4E00-\u9FFF]{2,3}?)(?=[（(][男女])|(?<n>[\u4E00-\u9FFF]{3})(?=当场|死亡|受伤|重伤|轻伤|经抢救|坠落|中毒|烧伤|烫伤|摔伤|骨折))"
        + "|(?:死亡|受伤|重伤|轻伤)[（(](?:(?<n>[\u4E00-\u9FFF]{3})(?=[、）)])|(?<n>[\u4E00-\u9FFF]{2})(?=、))"
        + "|日[，,](?<n>[\u4E00-\u9FFF]{3})(?=从当事人处|在当事人处|到当事人处|向当事人(?:支付|购买|订购|转账|借)|来我局|到我局|拨打))")]
    private static partial Regex NameAfterWhatBefell();

    private static readonly NearWords NamesAfterWhatBefell = new(NameAfterWhatBefell(),
        ["造成", "导致", "死亡", "受伤", "重伤", "轻伤", "日，", "日,"], Before: 0, After: 0);

    // What pollution or a fall killed or hurt, by its last character (桂花树, 桑蚕, 羊群, 管线): no person.
    private const string LivingThingEnds = "树木苗林竹草花禾稻菜莓鱼虾蟹蛙龟螺鸭鸡鹅猪牛羊马驴鹭鸟蚕蜂群线管";

    // Its others, tried near the word after the name: whom a clinic treated or a company failed to insure (为刘海波注射了…,
    // 未为刘志华缴纳社会保险), in whose name an account or a house is (在刘海波名下的银行卡), the first of those a count sums
    // up (支付给刘志华等12人), an accomplice dealt with in another case (刘海波（另案处理）, 与胡志斌（另案处理）; three
    // characters: 与华联（另案处理） is a company).
    [GeneratedRegex("\\G(?:"
        + "[为给](?<n>[\u4E00-\u9FFF]{3})(?=注射|实施|开具|输液|虚记|治疗|诊疗|缴纳(?:社会保险|社保|养老|医疗|工伤|失业))"
        // The seventeenth red team's: whom the party set to work (安排刘海波从事电焊作业, 让刘海波把货送到…, 指派刘海波驾驶…), made
        // its agent or had pay the fine (委托钟国华为其代理人, 委托刘海波缴纳了罚款, 罚款由刘海波代缴), sold to (向刘海波出售了…), bought
        // from (从刘海波手中购得), whose the goods were (系刘海波购买), who rented the stall (由刘海波承租), who witnessed (在场的刘海波
        // 见证, 陪同刘小军接受询问), a lawyer by his firm (江西正大律师事务所钟国华律师: a lawyer acts for a private party, as a 委托代理人
        // does, whose name is masked), and the name a form's field was signed with (签名为刘海波).
        + "|(?:安排|指派|派|让|叫)(?<n>[\u4E00-\u9FFF]{3})(?=从事|驾驶|把货|送货|帮忙|看店|搬运)"
        + "|(?:委托|授权)(?<n>[\u4E00-\u9FFF]{3})(?=为其|为(?:委托)?代理人|缴纳)"
        + "|由(?<n>[\u4E00-\u9FFF]{3})(?=代缴|代交|代为缴纳|承租|租用)"
        + "|向(?<n>[\u4E00-\u9FFF]{3})(?=出售|售卖|卖出|出租)"
        + "|从(?<n>[\u4E00-\u9FFF]{3})(?=手中|手里|手上)"
        + "|系(?<n>[\u4E00-\u9FFF]{3})(?=购买|所购|购得)"
        + "|在场的(?<n>[\u4E00-\u9FFF]{3})(?=见证|证实|签字|签名|作证)"
        + "|陪同(?<n>[\u4E00-\u9FFF]{3})(?=接受|前来|到我局|来我局|到场)"
        + "|(?<=律师事务所)(?<n>[\u4E00-\u9FFF]{2,3}?)(?=律师)"
        + "|(?:签名|签字|署名)(?:为|是)(?<n>[\u4E00-\u9FFF]{2,3})(?=[。，,；;\n]|$)"
        + "|在(?<n>[\u4E00-\u9FFF]{3})(?=名下)"
        // 向刘海波推销, 向刘海波出具了收据: whom goods were pushed on or a receipt given to; 该车辆系刘海波所有 (a vehicle's or a
        // house's owner; a trademark's is a company: 商标系康师傅所有).
        + "|向(?<n>[\u4E00-\u9FFF]{3})(?=推销|兜售|出具)"
        + "|(?<=(?:车辆|车|房屋|房子|住房|船舶|船只)系)(?<n>[\u4E00-\u9FFF]{3})(?=所有)"
        // 当事人与刘海波系夫妻关系: a relation to the party; …3栋201室（刘海波收）: the addressee after an address (not
        // （陶女士收）, which hides the name already).
        + "|与(?<n>[\u4E00-\u9FFF]{3})(?=[系是](?:" + Ties + ")关系)"
        + "|[（(](?<n>[\u4E00-\u9FFF]{2,3})(?<!女士|先生|小姐|师傅)(?=收[）)])"
        + "|(?<=^|[给向与对为将由把、，,：:。\n])(?<n>[\u4E00-\u9FFF]{3})(?=等(?:[0-9一二两三四五六七八九十]+)?(?:人|名))"
        + "|(?<=^|[与和及同、，,。：:；;\n])(?<n>[\u4E00-\u9FFF]{2}[^\u0000-\u4DFF场行店厂社所部司记城])(?=[（(]已?另案处理)"
        // 拖欠员工刘志华工资8000元, 刘志华、陈小兵工资: a worker's wages, three characters (员工计件工资, 应发工资 are no names).
        + "|(?<=员工|职工|农民工|工人|劳动者|拖欠|克扣|、)(?<n>[\u4E00-\u9FFF]{3})(?=工资))", RegexOptions.Multiline)]
    private static partial Regex NameBeforeWhatWasDoneToThem();

    // What 与刘海波系…关系 says the two are: the pattern's words, and the words it is tried near.
    private const string Ties = "夫妻|母子|父子|母女|父女|兄弟|姐妹|兄妹|姐弟|亲属|亲戚|朋友|同学|邻居|同事|恋人";

    private static readonly NearWords NamesBeforeWhatWasDoneToThem = new(NameBeforeWhatWasDoneToThem(),
        ["注射", "实施", "开具", "输液", "虚记", "治疗", "诊疗", "从事", "驾驶", "把货", "送货", "帮忙", "看店", "搬运", "为其", "为代理人", "为委托代理人",
         "缴纳", "代缴", "代交", "承租", "租用", "出售", "售卖", "卖出", "出租", "手中", "手里", "手上", "购买", "所购", "购得", "见证", "证实", "签字", "签名", "作证",
         "接受", "前来", "到我局", "来我局", "到场", "律师", "签名为", "签名是", "签字为", "签字是", "署名为", "署名是", "缴纳社会保险", "缴纳社保", "缴纳养老", "缴纳医疗", "缴纳工伤", "缴纳失业", "另案处理", "工资", "名下", "推销", "兜售", "出具", "所有", "收）", "收)",
         .. "系是".SelectMany(v => Ties.Split('|').Select(tie => v + tie)),
         .. "人名0123456789一二两三四五六七八九十".Select(c => "等" + c)], Before: 6, After: 0);

    // 雇请张建国、李秀英在店内做事, 指使张建国…, 售与张建国。, 借用张建国的营业执照: a name after a verb that hires, sends or sells
    // to a person (three characters after those that also go to companies: 售与华联。).
    [GeneratedRegex("\\G(?:"
        + "(?:雇请|雇佣|雇用|指使)了?(?<n>[\u4E00-\u9FFF]{2,3}?)(?=在店|到店|、|等人|[，,。；;])"
        // The nineteenth red team's: whom the party took on, then for what (聘用刘海波担任厨师, 雇佣刘海波从事销售工作); three
        // characters, since 雇佣童工从事 and 聘用厨师负责 name a kind of worker.
        + "|(?:雇请|雇佣|雇用|聘用|聘请|招用)了?(?<n>[\u4E00-\u9FFF]{3})(?=担任|从事|负责|为其|帮其|在其|做)"
        + "|(?:售与|售给|转给|寄给|交给|借给|租用|借用)(?<n>[\u4E00-\u9FFF]{3})(?=的(?:仓库|房屋|房子|营业执照|账户|银行卡)|位于|[，,。；;])"
        // The seventeenth red team's: a worker hired by a dotted name (雇佣阿卜杜·热合曼从事…), whom a receipt or an IOU names
        // (今收到刘海波交来押金, 今欠刘海波货款), at whose home a document was left (留置于刘海波住处).
        + "|(?:雇请|雇佣|雇用)了?(?<dotted>[\u4E00-\u9FFF]{1,6}·[\u4E00-\u9FFF]{1,8})(?=从事|在店|到店|、|等人|[，,。；;])"
        + "|今(?:欠|借|借到|收到|收)(?<n>[\u4E00-\u9FFF]{3})(?=交来|交付|货款|现金|人民币|押金|定金|借款|[0-9壹贰叁肆伍陆柒捌玖拾])"
        + "|今购(?<n>[\u4E00-\u9FFF]{3})(?=[\u4E00-\u9FFF]{1,6}?[0-9一二两三四五六七八九十])"
        + "|(?:留置于|留置在)(?<n>[\u4E00-\u9FFF]{3})(?=的?(?:住处|住所|家中|家里|家门))"
        // Whom the party let go (辞退了刘海波), found a buyer through (通过刘海波联系到了买家), whose report a case came from
        // (本案系刘海波举报, 线索来源于刘海波的举报).
        + "|(?:辞退|开除)了?(?<n>[\u4E00-\u9FFF]{3})(?=[，,。；;]|$)"
        + "|通过(?<n>[\u4E00-\u9FFF]{3})(?=联系|介绍|认识)"
        + "|(?:本案系|本案由|来源于|该投诉由|该举报由)(?<n>[\u4E00-\u9FFF]{3})(?=的?(?:举报|投诉|反映|提出))"
        // Each worker's health certificate in a list (从业人员健康证明情况：刘海波（过期）、陈小芳（无）): a name before each bracket.
        + "|健康证明?(?:持有|办理)?情况[：:](?<n>[\u4E00-\u9FFF]{2,3})(?=[（(])(?:[（(][^）)\n]{1,12}[）)][、，,；; ]*(?<n>[\u4E00-\u9FFF]{2,3})(?=[（(]))*"
        // The thirteenth red team's: a minor (允许未满十八周岁的刘小明进入网吧), to whom money went back (退还刘海波1000元).
        + "|周岁的(?<n>[\u4E00-\u9FFF]{2,3}?)(?=进入|在|到|从事|上网|[，,。；;、])"
        + "|(?:退还|赔偿|补偿|退给)(?<n>[\u4E00-\u9FFF]{2}[^\u0000-\u4DFF费款金钱租共计价])(?=[0-9])"
        // Its others: whom money was taken from (收取刘海波货款), whose contracted land was taken (占用刘海波承包的耕地), whom
        // a count names alone in brackets (一名工作人员（许桂芳）, 仅一人（邓小平）).
        + "|收取(?<n>[\u4E00-\u9FFF]{3})(?=货款|定金|押金|现金|费用|[0-9])"
        + "|占用(?<n>[\u4E00-\u9FFF]{3})(?=承包的|家的)"
        + "|(?:一名|一人|1名|1人)(?:[\u4E00-\u9FFF]{0,4}[员工客者])?[（(](?<n>[\u4E00-\u9FFF]{2,3})(?=[）)]))")]
    private static partial Regex NameAfterVerb();

    private static readonly NearWords NamesAfterVerbs = new(NameAfterVerb(),
        ["雇请", "雇佣", "雇用", "聘用", "聘请", "招用", "指使", "售与", "售给", "转给", "寄给", "交给", "借给", "租用", "借用", "周岁的", "退还", "赔偿", "补偿", "退给",
         "收取", "占用", "一名", "一人", "1名", "1人", "今欠", "今借", "今收", "今购", "留置", "辞退", "开除", "通过", "健康证", "本案", "来源于", "该投诉", "该举报"],
        Before: 0, After: 0);

    // The seventeenth red team's: whose wife or child the party is (当事人系刘海波之妻; not 之子公司), whom a contract of work
    // or a marriage binds to the party (与刘海波于2024年1月签订劳动合同, 与刘海波于2020年离婚), whose family settled with it
    // (与刘海波家属达成…), with whom the party chatted (当事人与陈小芳的微信聊天记录, 微信聊天记录（当事人与陈小芳）: the name
    // found, its given name alone in the chat goes too: “小芳，货到了吗”). Tried near the tie, up to a date's length after the name.
    [GeneratedRegex("\\G(?:"
        + "系(?<n>[\u4E00-\u9FFF]{3})(?=之(?:妻|夫|子(?!公司)|女|父|母|兄|弟|姐|妹|孙|侄|媳))"
        + "|与(?<n>[\u4E00-\u9FFF]{3})(?=(?:于[0-9]{4}年(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?)?(?:签订了?(?:劳动|劳务|聘用|雇佣)合同|登记结婚|结婚|协议离婚|离婚)|的?(?:家属|近亲属|家人)(?:达成|签订|协商))"
        + "|(?:与|和|跟)(?<n>[\u4E00-\u9FFF]{3})(?=的(?:微信|QQ|短信|抖音|支付宝)?(?:聊天记录|聊天截图|对话记录|聊天内容))"
        + "|(?:聊天记录|聊天截图)[（(]当事人(?:与|和|跟)(?<n>[\u4E00-\u9FFF]{3})(?=[）)]))")]
    private static partial Regex NameBeforeTie();

    private static readonly NearWords NamesBeforeTies = new(NameBeforeTie(),
        ["之妻", "之夫", "之子", "之女", "之父", "之母", "之兄", "之弟", "之姐", "之妹", "之孙", "之侄", "之媳", "劳动合同", "劳务合同", "聘用合同", "雇佣合同",
         "结婚", "离婚", "家属", "近亲属", "家人", "聊天记录", "聊天截图", "对话记录", "聊天内容"],
        Before: 22, After: 0);

    // In a 询问笔录: 问：张建国是你什么人？; 是张建国进的, 货是从张建国那里拿的 (three characters: 是申通送的, 从高安那边进的).
    // The eleventh round's: 答：刘海波是我同学, 我不认识刘海波, 货是刘海波的, 钱给刘海波了, 李秀英代为签收 (a clause's
    // opening name before what a person does for another).
    // (Not 货是周黑鸭的, 杨国福是我老乡开的加盟店: a brand's; only money, and the relation as the whole clause.)
    [GeneratedRegex("\\G(?:(?<=[：:，,。\n])(?<n>[\u4E00-\u9FFF]{2,3}?)(?=是你的?什么人|是我的?(?:" + Relations + ")(?:[，,。；;！!？?\n]|$))"
        + "|是(?<n>[\u4E00-\u9FFF]{3})(?=进的|送的|卖的|给的|拿的|开的|让我|叫我|介绍的|拉过来|送过来|拉来的|在管)"
        // The seventeenth red team's: 有刘海波开的发票 (whose receipt), 我和刘海波是合伙的 (a partner).
        + "|有(?<n>[\u4E00-\u9FFF]{3})(?=开的(?:发票|收据|单子|票))"
        + "|我和(?<n>[\u4E00-\u9FFF]{3})(?=是?合伙|合开|一起(?:开|做|经营|卖))"
        + "|从(?<n>[\u4E00-\u9FFF]{3})(?=那里|那儿)"
        + "|认识(?<n>[\u4E00-\u9FFF]{3})(?=[，,。；;？?\n]|吗|$)"
        + "|钱是(?<n>[\u4E00-\u9FFF]{3})(?=的(?:[，,。；;\n]|$))"
        + "|(?:钱|货)(?:都|全|全部|已|已经)?(?:交给|转给|给)了?(?<n>[\u4E00-\u9FFF]{3})(?=了|[，,。；;])"
        + "|(?<=[：:，,。\n]|^)(?<n>[\u4E00-\u9FFF]{3})(?=代为|代收|代签|代领|替我|替他|替她|帮我|帮他|帮她)"
        // The fifteenth red team's: a question that opens with whom it asks (问：刘海波，我们是…的执法人员).
        + "|(?<=问[：:])(?<n>[\u4E00-\u9FFF]{2,3})(?=[，,](?:你好|您好|我们是|我是)))", RegexOptions.Multiline)]
    private static partial Regex NameInAnswer();

    private const string Relations = "同学|朋友|老乡|亲戚|同事|邻居|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|老公|丈夫|老婆|妻子|爱人|儿子|女儿|父亲|母亲|"
        + "哥哥|姐姐|弟弟|妹妹|舅舅|姑姑|叔叔|阿姨|侄子|外甥|女婿|儿媳|岳父|岳母|师傅|徒弟|合伙人|房东|房客|老板|员工|店员|男朋友|女朋友";

    private static readonly NearWords NamesInAnswers = new(NameInAnswer(),
        ["是你", "是我", "进的", "送的", "卖的", "给的", "拿的", "开的", "那里", "那儿", "认识", "钱是", "让我", "叫我", "介绍的", "拉过来", "送过来", "拉来的", "在管",
         "合伙", "合开", "一起", "转给", "交给", "我和",
         "钱给", "钱交给", "钱转给", "货给", "货交给", "货转给", "代为", "代收", "代签", "代领", "替我", "替他", "替她", "帮我", "帮他", "帮她",
         "你好", "您好", "我们是", "我是"],
        Before: 5, After: 0);

    /// <summary>
    /// 电话：13907951234（李秀英）, 0795-3212345（李秀英家）: the name in brackets straight after a phone or an ID number says
    /// whose it is. Only a name (and 家), nothing else in the bracket.
    /// </summary>
    private static void WhosePhoneInBrackets(string s, int open, LabelPolicy policy, List<LabelledValue> found)
    {
        if (open < 7 || !char.IsAsciiDigit(s[open - 1])) return;
        var close = s.IndexOfAny([')', '）'], open, Math.Min(7, s.Length - open));
        if (close < open + 3) return;
        var name = s[(open + 1)..close];
        if (name.EndsWith('家')) name = name[..^1];
        if (name.Length is < 2 or > 3 || NamesAThing(name) || !IsPersonsName(name, policy)) return;
        var from = Math.Max(0, open - 24);
        if ((NumberScanner.Scan(s[from..open], ScanMode.Source) is not [.., var number] || number.End != open - from
            || number.Kind is not (MaskKinds.Mobile or MaskKinds.Landline or MaskKinds.IdNumber)) && !CardNumberEndsAt(s, open)) return;
        found.Add(new(open + 1, open + 1 + name.Length, MaskKinds.OtherPersonName, name));
    }

    /// <summary>
    /// 收款账户：6217 0020 2001 2345 678（刘海波） (the sixteenth red team's): a card's or an account's number of 15 to 19 digits,
    /// maybe grouped by spaces or dashes, straight before <paramref name="end"/> and after a label of an account, whatever its checksum.
    /// </summary>
    private static bool CardNumberEndsAt(string s, int end)
    {
        var at = end;
        var digits = 0;
        while (at > 0 && (char.IsAsciiDigit(s[at - 1]) || s[at - 1] is ' ' or '-') && end - at < 24)
            if (char.IsAsciiDigit(s[--at])) digits++;
        if (digits is < 15 or > 19) return false;
        var label = s.AsSpan(Math.Max(0, at - 8), at - Math.Max(0, at - 8));
        return label.Contains("账户", StringComparison.Ordinal) || label.Contains("账号", StringComparison.Ordinal) || label.Contains("卡号", StringComparison.Ordinal)
            || label.Contains("银行卡", StringComparison.Ordinal);
    }

    /// <summary>
    /// 对白酒、…, 对冷库进行…: two characters whose second says a thing, a product or a place, where a pattern without a
    /// role before the name would read a surname's character and a word as a name; and a trade, an agency, or 原…. (What
    /// ends in 店, 厂, 局, 所, 部, 员, 司, 队 … is no name already: <see cref="GroupEnds"/>, which every caller's
    /// <see cref="IsPersonsName"/> reads.)
    /// </summary>
    private static bool NamesAThing(string name) =>
        name.Length == 2 && "酒库菜肉油米面茶烟糖盐奶蛋鱼鸡鸭猪牛羊药车房柜箱瓶袋盒桶罐包件品料货物场馆院科室".Contains(name[1])
        // 丰巢柜代收的: a parcel locker or a station.
        || name.Length == 3 && "柜站点室箱".Contains(name[^1])
        // 钟点工, 安保, 卫健委: a trade, a guard, an agency; 原厂房, 原单位: what something used to be.
        || "工保委院站厅办".Contains(name[^1]) || name[0] == '原';

    /// <summary>
    /// “周大福”商标, 周大福品牌, 杨国福加盟店 (the seventeenth red team's): a name of three characters the decision also writes as
    /// a brand's or a business's, where 本案系周大福投诉, 由周大福承租, 答：有周大福和周生生 would read a person.
    /// </summary>
    private static bool NamedAsBrand(string s, string name)
    {
        for (var i = s.IndexOf(name, StringComparison.Ordinal); i >= 0; i = s.IndexOf(name, i + name.Length, StringComparison.Ordinal))
        {
            var end = i + name.Length;
            if (end < s.Length && s[end] is '”' or '"' or '」' && i > 0 && s[i - 1] is '“' or '"' or '「') end++;
            if (StartsWithAny(s, end, BrandWords)) return true;
        }
        return false;
    }

    private static readonly string[] BrandWords = ["牌", "品牌", "商标", "注册商标", "公司", "集团", "专卖", "加盟", "门店", "旗舰", "连锁", "授权", "产品", "系列"];

    /// <summary>
    /// 执法人员刘静（执法证号：…）… 刘静表示: an officer named in his public role anywhere in the text keeps his name where
    /// it comes again without it.
    /// </summary>
    private static bool NamedAsOfficer(string s, string name)
    {
        for (var i = s.IndexOf(name, StringComparison.Ordinal); i >= 0; i = s.IndexOf(name, i + name.Length, StringComparison.Ordinal))
            if (NameOccurrences.IsOfficer(s, i, i + name.Length)) return true;
        return false;
    }
}
