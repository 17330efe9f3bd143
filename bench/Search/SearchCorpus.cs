using Enforcement.Content;
using Enforcement.Publicity;
using Enforcement.Redaction;

namespace Enforcement.Benchmarks.Search;

/// <summary>
/// A deterministic corpus of made-up decisions for the search benchmarks: the same seed gives the same
/// decisions. Text follows the shape of a 行政处罚决定书 (facts, evidence, rule broken, penalty, remedies).
/// </summary>
internal static class SearchCorpus
{
    public static readonly DateOnly Today = new(2025, 9, 1);

    public static readonly (string Slug, string Name, string Prefix)[] Bodies =
    [
        ("yc-amr", "宜昌市市场监督管理局", "宜市监处罚"),
        ("yc-eco", "宜昌市生态环境局", "宜环罚"),
        ("yc-transport", "宜昌市交通运输局", "宜交执罚"),
        ("yc-emergency", "宜昌市应急管理局", "宜应急罚"),
        ("yc-health", "宜昌市卫生健康委员会", "宜卫健罚"),
    ];

    private static readonly string[] Places =
        ["西陵区", "伍家岗区", "点军区", "猇亭区", "夷陵区", "宜都市", "当阳市", "枝江市", "远安县", "兴山县", "秭归县", "长阳土家族自治县", "五峰土家族自治县"];

    private static readonly string[] NameSyllables =
        ["鑫", "隆", "华", "昌", "盛", "达", "恒", "通", "宏", "远", "金", "诚", "福", "满", "佳", "惠", "瑞", "祥", "安", "康",
         "泰", "顺", "兴", "发", "永", "丰", "德", "信", "和", "润", "楚", "韵", "峡", "江", "明", "辉", "新", "宇", "博", "源"];

    private sealed record Kind(int Body, string Category, string[] Industries, string[] Violations, string Law, string[] Goods, string[] Penalties);

    private static readonly Kind[] Kinds =
    [
        new(0, "食品安全", ["超市", "食品店", "餐饮管理", "快餐店", "食品厂", "便利店"],
            ["销售超过保质期的食品", "未按规定查验供货者许可证", "未取得食品经营许可从事食品经营", "餐具未按规定洗净消毒", "生产标签不符合规定的预包装食品", "超范围经营冷食类食品"],
            "《中华人民共和国食品安全法》", ["酸奶", "面包", "饼干", "饮料", "熟食", "腊肉", "豆干", "蔬菜"], ["警告", "罚款", "没收违法所得"]),
        new(0, "药品安全", ["大药房", "医药连锁", "诊所"],
            ["销售劣药", "未凭处方销售处方药", "从非法渠道购进药品", "未按规定储存药品"],
            "《中华人民共和国药品管理法》", ["阿莫西林胶囊", "头孢克肟分散片", "布洛芬缓释胶囊", "感冒灵颗粒"], ["警告", "罚款", "没收违法所得"]),
        new(0, "价格", ["酒店", "停车场", "农贸市场", "商场"],
            ["不按规定明码标价", "收取未予标明的费用", "价格欺诈"],
            "《中华人民共和国价格法》", ["客房", "停车费", "服务费"], ["警告", "罚款"]),
        new(0, "广告", ["房地产经纪", "医疗美容", "教育咨询", "保健品"],
            ["发布虚假广告", "医疗广告含有表示功效的断言", "广告使用绝对化用语"],
            "《中华人民共和国广告法》", ["楼盘", "培训课程", "保健食品"], ["罚款"]),
        new(0, "计量", ["加油站", "水果店", "农贸市场"],
            ["使用不合格的计量器具", "破坏计量器具准确度", "使用未经检定的电子秤"],
            "《中华人民共和国计量法》", ["电子秤", "加油机"], ["警告", "罚款", "没收计量器具"]),
        new(1, "水污染防治", ["化工", "养殖专业合作社", "印染", "造纸"],
            ["超过水污染物排放标准排放水污染物", "通过暗管排放水污染物", "未按规定设置排污口"],
            "《中华人民共和国水污染防治法》", ["化学需氧量", "氨氮", "总磷"], ["罚款", "责令限制生产"]),
        new(1, "大气污染防治", ["建材", "砂石", "磷化工", "混凝土"],
            ["露天堆放物料未采取防尘措施", "未保证自动监测设备正常运行", "超标排放大气污染物"],
            "《中华人民共和国大气污染防治法》", ["二氧化硫", "颗粒物", "氮氧化物"], ["罚款"]),
        new(1, "固体废物污染防治", ["汽车维修", "机械加工", "电镀"],
            ["将危险废物提供给无许可证的单位", "未按规定设置危险废物识别标志", "危险废物贮存不规范"],
            "《中华人民共和国固体废物污染环境防治法》", ["废机油", "废活性炭", "废包装桶"], ["罚款"]),
        new(2, "道路运输", ["物流", "客运", "危险品运输", "货运"],
            ["车辆违法超限运输", "未取得道路运输经营许可从事经营", "聘用未取得从业资格证的驾驶员"],
            "《中华人民共和国道路运输条例》", ["重型半挂牵引车", "七座小型客车", "罐车"], ["罚款", "没收违法所得"]),
        new(3, "安全生产", ["化工", "建材", "建设工程", "物业服务", "烟花爆竹批发"],
            ["未对重大危险源进行辨识评估", "特种作业人员未持证上岗", "未按规定组织应急演练", "粉尘涉爆场所未采取防爆措施"],
            "《中华人民共和国安全生产法》", ["液氨储罐", "除尘器", "脚手架", "烟花爆竹"], ["警告", "罚款", "责令停产停业整顿"]),
        new(4, "医疗卫生", ["口腔诊所", "医院", "美容院", "门诊部"],
            ["使用非卫生技术人员从事医疗卫生技术工作", "未按规定处置医疗废物", "未取得医疗机构执业许可证擅自执业"],
            "《医疗机构管理条例》", ["输液器", "注射器", "玻尿酸"], ["警告", "罚款", "没收违法所得"]),
    ];

    private static readonly string[] Evidence = ["现场检查笔录", "询问笔录", "检验报告", "进货单据", "现场照片", "监测报告", "营业执照复印件", "视听资料"];
    private static readonly string[] Reactions = ["未提出陈述申辩", "进行了陈述申辩，但未提供新的事实和证据", "放弃听证权利", "申请了听证，本机关依法组织了听证"];
    private static readonly string[] Remarks =
    [
        "当事人积极配合调查，主动消除违法行为危害后果。",
        "当事人系初次违法，且违法行为轻微。",
        "执法人员依法向当事人出示了执法证件，告知其享有的权利。",
        "案件调查终结后，本机关依法进行了法制审核和集体讨论。",
        "该行为存在安全风险，可能危害公众健康。",
        "群众多次投诉举报，社会影响较大。",
    ];

    private static readonly string[] Sources = ["群众举报", "日常监督检查", "“双随机、一公开”抽查", "上级机关交办", "专项整治行动", "网络交易监测"];
    private static readonly string[] Streets = ["解放路", "夷陵大道", "沿江大道", "东山大道", "城东大道", "发展大道", "港窑路", "西陵一路", "珍珠路", "胜利四路"];
    private static readonly string[] Arguments =
    [
        "其对相关法律规定不了解，主观上无违法故意", "涉案货值金额较小，且已主动整改", "经营困难，请求从轻处罚", "违法行为系员工个人所为",
    ];
    private static readonly string[] Discretion =
    [
        "当事人违法行为持续时间较短，危害后果较轻，依法予以从轻处罚",
        "当事人在案件调查中如实陈述违法事实，主动提供证据材料，依法予以从轻处罚",
        "当事人曾因同类违法行为受到行政处罚，依法予以从重处罚",
        "当事人的违法情节属于一般情形，依法按一般情形予以处罚",
    ];

    public static IEnumerable<PublicDecision> Generate(int count, int seed = 42)
    {
        var random = new Random(seed);
        var serial = new int[Bodies.Length * 3];
        for (var i = 0; i < count; i++)
        {
            var kind = Kinds[random.Next(Kinds.Length)];
            var body = Bodies[kind.Body];
            var published = new DateOnly(2023, 1, 1).AddDays(random.Next(0, 970)); // to late August 2025
            var year = published.Year;
            var n = ++serial[kind.Body * 3 + (year - 2023)];
            var place = Places[random.Next(Places.Length)];
            var name = "宜昌市" + NameSyllables[random.Next(NameSyllables.Length)] + NameSyllables[random.Next(NameSyllables.Length)]
                + kind.Industries[random.Next(kind.Industries.Length)] + (random.Next(3) == 0 ? "有限责任公司" : "有限公司");
            var violation = kind.Violations[random.Next(kind.Violations.Length)];
            var goods = kind.Goods[random.Next(kind.Goods.Length)];
            var penalties = kind.Penalties.Where(_ => random.Next(2) == 0).DefaultIfEmpty("罚款")
                .Select(p => new Penalty(p, p is "罚款" or "没收违法所得" ? random.Next(5, 5000) * 100m : null)).ToList();
            var article = random.Next(20, 140);
            var text = string.Join("\n\n",
                $"{published.AddDays(-random.Next(60, 300)):yyyy年M月d日}，本机关执法人员根据{Sources[random.Next(Sources.Length)]}线索，对当事人位于{place}{Streets[random.Next(Streets.Length)]}{random.Next(1, 300)}号的经营场所进行了检查，现场发现{goods}存在问题。执法人员依法对现场进行了拍照取证，制作了现场检查笔录，并对相关物品依法采取了先行登记保存措施。经本机关负责人批准，本机关于次日对当事人立案调查。",
                $"经查，当事人{name}于{published.AddDays(-random.Next(30, 200)):yyyy年M月d日}在{place}经营场所{violation}，涉及{goods}{random.Next(2, 300)}件（份），货值金额{random.Next(100, 90000)}元。",
                $"上述事实有{Evidence[random.Next(Evidence.Length)]}、{Evidence[random.Next(Evidence.Length)]}、{Evidence[random.Next(Evidence.Length)]}等证据证实。",
                Remarks[random.Next(Remarks.Length)] + Remarks[random.Next(Remarks.Length)],
                $"当事人的上述行为违反了{kind.Law}第{article}条的规定，构成{violation}的违法行为。",
                $"本机关于{published.AddDays(-random.Next(10, 30)):yyyy年M月d日}向当事人送达了《行政处罚告知书》，告知其拟作出行政处罚的内容及事实、理由、依据，并告知其依法享有陈述、申辩和要求听证的权利。当事人{Reactions[random.Next(Reactions.Length)]}。",
                $"当事人在陈述申辩中提出{Arguments[random.Next(Arguments.Length)]}。经复核，本机关认为当事人提出的理由不足以改变对其违法事实的认定，不予采纳，但在裁量时已予以考虑。",
                $"本机关认为，{Discretion[random.Next(Discretion.Length)]}。综合考虑违法行为的事实、性质、情节、社会危害程度以及当事人的整改情况，依据《宜昌市行政处罚裁量基准》作出本决定。",
                $"依据{kind.Law}第{article + random.Next(1, 20)}条的规定，本机关决定对当事人作出如下行政处罚：{string.Join("；", penalties.Select(p => p.Amount is { } a ? $"{p.Kind}{a:0}元" : p.Kind))}。",
                "当事人应当自收到本决定书之日起十五日内，将罚没款缴至指定银行账户。逾期不缴纳罚款的，本机关将依据《中华人民共和国行政处罚法》第七十二条的规定，每日按罚款数额的百分之三加处罚款，并依法申请人民法院强制执行。",
                "当事人如不服本处罚决定，可以在收到本决定书之日起六十日内向宜昌市人民政府申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。");
            // About one in ten has a short publicity period that has already ended by Today.
            var until = random.Next(10) == 0 ? published.AddMonths(3) : published.AddYears(3);
            yield return new PublicDecision(
                Number: $"{body.Prefix}〔{year}〕{n}号", Title: $"{name}{violation}案", Year: year, Slug: $"{body.Slug}-{year}-{n}",
                BodySlug: body.Slug, PartyKind: PartyKind.Organization, PartyName: name, PartyCode: null, Representative: null,
                Decided: published.AddDays(-random.Next(1, 10)), Published: published, Category: kind.Category,
                Violation: violation, Basis: $"{kind.Law}第{article}条", Penalties: penalties, Status: DecisionStatus.InForce,
                Withdrawn: null, State: PublicityState.Public, PublicUntil: until, Text: text);
        }
    }

    /// <summary>Realistic queries drawn from the corpus and from what people type, for latency runs.</summary>
    public static List<string> Queries(IReadOnlyList<PublicDecision> corpus, int count, int seed = 7)
    {
        var random = new Random(seed);
        string[] fixedQueries =
        [
            "风险", "風險", "过期食品", "過期食品", "超市", "药", "秤", "罚款", "危险废物", "虚假广告", "超标排放", "超限运输",
            "食品 许可", "超市 酸奶", "化工 超标", "\"未按规定\"", "医疗废物", "醫療廢物", "夷陵区 超市", "特种作业", "电子秤",
            "ＡＢＣ", "没收违法所得", "行政复议", "宜昌市",
        ];
        var queries = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var d = corpus[random.Next(corpus.Count)];
            queries.Add((i % 5) switch
            {
                0 => d.Number,
                1 => d.PartyName[3..^(d.PartyName.EndsWith("有限责任公司") ? 6 : 4)], // 字号+行业, e.g. 鑫隆超市
                2 => d.Violation,
                _ => fixedQueries[random.Next(fixedQueries.Length)],
            });
        }
        return queries;
    }

    /// <summary>
    /// Queries as citizens type them, about decisions of the corpus: everyday words for the violation, the body's
    /// short name, amounts and dates in words, whole sentences with filler, and names with a pinyin slip.
    /// </summary>
    public static List<string> CitizenQueries(IReadOnlyList<PublicDecision> corpus, int count, int seed = 11)
    {
        var random = new Random(seed);
        string[] everyday = ["过期", "过期食品", "无证经营", "假冒", "虚假广告", "缺斤少两", "电子秤", "不标价", "办卡", "伪劣", "价格欺诈", "健康证"];
        var queries = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var d = corpus[random.Next(corpus.Count)];
            var trade = Trade(d);
            var amount = d.Penalties.FirstOrDefault(p => p.Amount > 0)?.Amount ?? 5000m;
            queries.Add((i % 10) switch
            {
                0 => everyday[random.Next(everyday.Length)],
                1 => "市监局 " + everyday[random.Next(everyday.Length)],
                2 => $"罚款{amount:0}",
                3 => amount >= 10000 ? $"{trade[..2]} {amount / 10000m:0.#}万" : $"{trade[..2]} {amount:0}元",
                4 => $"{d.Decided.Year}年{d.Decided.Month}月 {trade[..2]}",
                5 => "去年 " + everyday[random.Next(everyday.Length)],
                6 => $"我想查一下{trade}的案子",
                7 => Slip(trade, random),
                8 => $"{d.Number.Replace("〔", "").Replace("〕", "第")}",
                _ => $"宜昌{trade}",
            });
        }
        return queries;
    }

    /// <summary>What is typed into the search box, keystroke by keystroke: prefixes of trade names, some with a slip.</summary>
    public static List<string> Typing(IReadOnlyList<PublicDecision> corpus, int count, int seed = 13)
    {
        var random = new Random(seed);
        var typed = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var trade = Trade(corpus[random.Next(corpus.Count)]);
            var text = i % 3 == 0 ? Slip(trade, random) : trade;
            typed.Add(text[..Math.Min(text.Length, 1 + i % 4)]);
        }
        return typed;
    }

    /// <summary>字号 + 行业 (鑫隆超市) of the party.</summary>
    private static string Trade(PublicDecision d) => d.PartyName[3..^(d.PartyName.EndsWith("有限责任公司") ? 6 : 4)];

    // Homophones as a pinyin input method offers them: the slip a person makes when picking the wrong one.
    private static readonly (char From, char To)[] Homophones =
        [('隆', '龙'), ('华', '花'), ('昌', '常'), ('盛', '胜'), ('达', '大'), ('恒', '横'), ('通', '同'), ('宏', '红'), ('远', '园'),
         ('诚', '成'), ('佳', '家'), ('惠', '会'), ('瑞', '锐'), ('祥', '想'), ('泰', '太'), ('兴', '星'), ('丰', '风'), ('德', '得'),
         ('润', '闰'), ('韵', '运'), ('辉', '灰'), ('宇', '雨'), ('博', '波'), ('源', '元')];

    private static string Slip(string trade, Random random)
    {
        var at = trade.IndexOfAny(Homophones.Select(h => h.From).ToArray());
        return at < 0 ? trade : trade[..at] + Homophones.First(h => h.From == trade[at]).To + trade[(at + 1)..];
    }
}
