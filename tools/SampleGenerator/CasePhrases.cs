using Enforcement.Content;

namespace Enforcement.Sample;

/// <summary>Sentences many kinds of case share: how a case came up, how the amount was weighed, common evidence.</summary>
internal static class CasePhrases
{
    /// <summary>"2025年2月10日，本局执法人员李明（执法证号：…）、王伟（…）依法对当事人位于…的经营场所进行检查，发现…。"</summary>
    public static string Inspection(CaseContext c, string premises, string finding)
    {
        var how = c.Pick(["依法", "在日常监督检查中", "在“双随机、一公开”抽查中", "根据年度监督检查计划"]);
        return $"{CaseContext.D(c.Found)}，本局执法人员{c.OfficerPair()}{how}对当事人位于{c.Place}的{premises}进行检查，"
            + $"发现{finding}。执法人员当场出示执法证件，制作了现场笔录。{Filing(c)}";
    }

    /// <summary>A consumer's complaint or a tip-off, with the complainant named (a private person, redacted).</summary>
    public static string Complaint(CaseContext c, string premises, string complaint, string finding)
    {
        var who = c.Witness();
        var channel = c.Pick(["12315 热线", "全国 12315 平台", "12345 政务服务便民热线", "来信"]);
        return $"{CaseContext.D(c.Found.AddDays(-c.Int(1, 5)))}，本局通过{channel}收到{who.Name}（联系电话：{c.Mobile()}）的举报，反映{complaint}。"
            + $"{CaseContext.D(c.Found)}，本局执法人员{c.OfficerPair()}对当事人位于{c.Place}的{premises}进行现场检查，{finding}。{Filing(c)}";
    }

    public static string Filing(CaseContext c) =>
        c.Filed == c.Found
            ? "经本局负责人批准，本局于当日对当事人立案调查。"
            : $"经本局负责人批准，本局于{CaseContext.D(c.Filed)}对当事人立案调查。";

    /// <summary>The opening evidence items: who the party is.</summary>
    public static string Identity(CaseContext c) => c.Kind switch
    {
        PartyKind.NaturalPerson => "当事人身份证复印件，证明当事人的身份情况",
        PartyKind.IndividualBusiness => "当事人营业执照复印件及经营者身份证复印件，证明当事人的主体资格",
        _ => "当事人营业执照复印件、法定代表人身份证明及授权委托书，证明当事人的主体资格",
    };

    public static string OnSite(CaseContext c) => $"{CaseContext.D(c.Found)}的现场笔录及现场照片{c.Int(4, 16)}张，证明现场检查情况";

    public static string Interview(CaseContext c, string about) =>
        $"{CaseContext.D(c.Filed.AddDays(c.Int(1, 10)))}对当事人{(c.IsPerson ? "" : c.Kind == PartyKind.Organization ? "委托代理人" : "经营者")}的询问笔录，证明{about}";

    /// <summary>
    /// The weighing of the penalty. <paramref name="reduce"/>: 0 ordinary, 1 从轻 (lighter within the range), 2 减轻 (below it).
    /// </summary>
    public static string Discretion(CaseContext c, int reduce, string facts)
    {
        if (reduce == 0)
            return $"本局综合考虑当事人违法行为的事实、性质、情节以及社会危害程度，{facts}，依法在法定幅度内作出处罚。";
        var article = c.PenaltyLaw("第三十二条第(一)项", "第二十七条第一款第(一)项");
        // The first item of the article: the party removed or lessened the harm of its own accord.
        var reasons = c.Pick(["主动消除或者减轻违法行为危害后果", "主动停止违法行为并消除危害后果", "主动下架、召回涉案商品，减轻了违法行为危害后果"]);
        return $"本局认为，{facts}；当事人在案件调查过程中{reasons}，符合{article}规定的情形，依法应当{(reduce == 1 ? "从轻" : "减轻")}处罚。";
    }

    private static readonly string[] InvestigationSteps =
    [
        "执法人员依法调取了当事人的营业执照、进销货台账和财务凭证",
        "本局向供货方所在地市场监督管理部门发出《协助调查函》，核实了涉案商品的来源",
        "执法人员对当事人的收银系统和电子账簿进行了电子数据取证，制作了电子数据提取笔录",
        "执法人员对涉案物品进行了先行登记保存，并在七日内作出了处理决定",
        "本局两次约谈当事人，告知其违法行为的后果并督促其整改",
        "执法人员对当事人的员工和部分顾客进行了询问，制作了询问笔录",
        "本局调取了第三方平台的交易记录和资金结算记录",
        "执法人员于立案后对当事人的整改情况进行了复查，当事人已按要求整改",
        "因案情复杂，经本局负责人批准，本案办理期限延长三十日",
    ];

    /// <summary>
    /// Some decisions say more about how the case was investigated: a paragraph of two to four steps,
    /// so texts vary in length as real ones do.
    /// </summary>
    public static string Investigation(CaseContext c)
    {
        var steps = InvestigationSteps.OrderBy(_ => c.Rng.Next()).Take(c.Int(2, 4));
        return "调查期间，" + string.Join("；", steps) + "。";
    }

    public static readonly string[] Brands = ["“宜春香”", "“月亮湾”", "“秀江”", "“赣西农家”", "“明月山”", "“温汤”", "“袁山”", "“锦江”", "“禾丰”", "“四季鲜”"];

    /// <summary>Shop names (字号); none of them contains a private given name.</summary>
    public static readonly string[] TradeNames =
    [
        "恒鑫", "万隆", "惠民", "佳福", "嘉禾", "华联", "金盛", "鸿运", "昌盛", "兴旺", "润泽", "百佳", "天和", "顺达",
        "明珠", "瑞丰", "盛源", "宏发", "乐购", "新世纪", "绿源", "赣西", "锦程", "和悦", "聚福", "鑫达", "众诚", "益康",
        "博远", "泰和", "优品", "一品", "家家乐", "好邻居", "富康", "诚信", "美联", "宜佳", "新天地",
    ];
}
