using Enforcement.Content;
using static Enforcement.Sample.CasePhrases;

namespace Enforcement.Sample;

/// <summary>The kinds of case a 市场监督管理局 decides.</summary>
internal static class AmrCases
{
    private const string FoodLaw = "《中华人民共和国食品安全法》";
    private static readonly PartyKind[] Businesses = [PartyKind.Organization, PartyKind.IndividualBusiness];
    private static readonly PartyKind[] Anyone = [PartyKind.Organization, PartyKind.IndividualBusiness, PartyKind.NaturalPerson];
    private static readonly PartyKind[] Companies = [PartyKind.Organization];

    private static readonly Trade FoodShop = new(["超市有限公司", "商贸有限公司", "连锁超市有限公司", "食品有限公司"], ["便利店", "副食店", "超市", "食杂店"]);
    private static readonly Trade Restaurant = new(["餐饮管理有限公司", "酒店管理有限公司", "餐饮有限公司"], ["饭店", "小吃店", "快餐店", "粉面馆", "卤菜店"]);
    private static readonly Trade Hardware = new(["五金建材有限公司", "电器有限公司", "商贸有限公司", "电线电缆销售有限公司"], ["五金店", "建材经营部", "电器商行", "水电材料店"]);
    private static readonly Trade Retail = new(["大药房连锁有限公司", "超市有限公司", "汽车服务有限公司", "眼镜有限公司"], ["水果店", "眼镜店", "理发店", "洗车店", "茶叶店"]);
    private static readonly Trade Stores = new(["商贸有限公司", "百货有限公司", "家居有限公司", "电器有限公司"], ["百货店"]);
    private static readonly Trade Advertisers = new(["生物科技有限公司", "农业开发有限公司", "家具有限公司", "装饰工程有限公司", "房地产开发有限公司"], ["美容店", "茶叶店", "家具店", "装饰材料店"]);
    private static readonly Trade Promoters = new(["生物科技有限公司", "农业开发有限公司", "家具有限公司"], []);
    private static readonly Trade Market = new(["农产品市场管理有限公司"], ["水果店", "蔬菜经营部", "肉品店", "水产店"]);
    private static readonly Trade Clothing = new(["商贸有限公司", "服饰有限公司", "日用品有限公司"], ["鞋店", "服装店", "日用品店", "烟酒商行"]);
    private static readonly Trade Equipment = new(["物业服务有限公司", "物流有限公司", "建材有限公司", "机械制造有限公司", "酒店管理有限公司"], ["汽车修理厂"]);

    public static readonly CaseType[] All =
    [
        new("food-expired", Agency.Amr, "食品安全", "销售超过保质期的食品", "销售超过保质期食品案", Businesses, 14, FoodShop, ExpiredFood),
        new("food-unlicensed", Agency.Amr, "食品安全", "未取得食品经营许可从事食品经营活动", "未取得食品经营许可从事食品经营活动案",
            [PartyKind.IndividualBusiness, PartyKind.NaturalPerson], 9, Restaurant, UnlicensedFood),
        new("food-label", Agency.Amr, "食品安全", "经营标签不符合规定的预包装食品", "经营标签不符合规定的预包装食品案", Businesses, 7, FoodShop, FoodLabel),
        new("food-health", Agency.Amr, "食品安全", "安排未取得健康证明的人员从事接触直接入口食品的工作", "安排未取得健康证明人员从事接触直接入口食品工作案",
            Businesses, 6, Restaurant, HealthCertificate),
        new("product-quality", Agency.Amr, "产品质量", "以不合格产品冒充合格产品销售", "销售不合格产品案", Businesses, 7, Hardware, ProductQuality),
        new("price-tag", Agency.Amr, "价格", "不按规定明码标价", "不按规定明码标价案", Businesses, 7, Retail, PriceTag),
        new("price-fraud", Agency.Amr, "价格", "利用虚假的或者使人误解的价格手段诱骗消费者交易", "价格欺诈案", Companies, 4, Stores, PriceFraud),
        new("false-promotion", Agency.Amr, "反不正当竞争", "对商品作虚假或者引人误解的商业宣传", "虚假宣传案", Companies, 4, Promoters, FalsePromotion,
            Until: new DateOnly(2025, 10, 14)),
        new("ad-superlative", Agency.Amr, "广告", "发布使用“最佳”“顶级”等绝对化用语的广告", "发布违法广告案", Businesses, 6, Advertisers, Superlative),
        new("metrology", Agency.Amr, "计量", "使用未经检定的计量器具", "使用未经检定的计量器具案",
            [PartyKind.IndividualBusiness, PartyKind.NaturalPerson], 6, Market, Metrology),
        new("trademark", Agency.Amr, "商标", "销售侵犯注册商标专用权的商品", "销售侵犯注册商标专用权商品案", Anyone, 7, Clothing, Trademark),
        new("special-equipment", Agency.Amr, "特种设备", "使用未经定期检验的特种设备", "使用未经定期检验的特种设备案", Companies, 4, Equipment, SpecialEquipment),
        new("unregistered", Agency.Amr, "登记注册", "未经设立登记从事经营活动", "未经设立登记从事经营活动案",
            [PartyKind.NaturalPerson], 5, Market, Unregistered),
    ];

    private static readonly (string Item, string Spec, string Unit, int Price)[] PackagedFoods =
    [
        ("纯牛奶", "250mL/盒", "盒", 4), ("酸奶", "200g/瓶", "瓶", 6), ("米粉", "400g/袋", "袋", 9), ("辣椒酱", "280g/瓶", "瓶", 12),
        ("面包", "90g/袋", "袋", 5), ("火腿肠", "240g/袋", "袋", 11), ("饼干", "350g/盒", "盒", 16), ("果汁饮料", "1L/瓶", "瓶", 8),
        ("速冻水饺", "1kg/袋", "袋", 22), ("腊肉", "500g/袋", "袋", 45), ("蛋糕", "200g/盒", "盒", 13), ("豆腐乳", "300g/瓶", "瓶", 10),
    ];

    private static CaseOutcome ExpiredFood(CaseContext c)
    {
        var count = c.Int(1, 3);
        var foods = Enumerable.Range(0, count).Select(_ => c.Pick(PackagedFoods)).DistinctBy(f => f.Item).ToList();
        var facts = new List<string>();
        decimal value = 0, gain = 0;
        var seized = new List<string>();
        foreach (var (item, spec, unit, price) in foods)
        {
            var brand = c.Pick(Brands);
            var stock = c.Int(3, 40);
            var sold = c.Int(0, 12);
            var made = c.Found.AddDays(-c.Int(60, 400));
            var shelf = c.Pick([30, 90, 180, 270, 365]);
            var expiry = made.AddDays(shelf);
            if (expiry >= c.Found) expiry = c.Found.AddDays(-c.Int(3, 60));
            value += stock * price;
            gain += sold * (price - Math.Max(1, price / 4));
            seized.Add($"{brand}{item}{stock}{unit}");
            facts.Add($"{brand}{item}（规格：{spec}，保质期至{CaseContext.D(expiry)}）库存{stock}{unit}，销售价格{price}元/{unit}，"
                + (sold > 0 ? $"超过保质期后已售出{sold}{unit}。" : "尚未售出。"));
        }
        gain = Math.Round(gain);
        var reduce = value < 1000 ? 2 : c.Int(0, 2);
        var fine = reduce == 2 ? c.Money(5_000, 30_000, 1_000) : reduce == 1 ? c.Money(50_000, 65_000, 5_000) : c.Money(60_000, 100_000, 10_000);
        var sanctions = new List<Sanction> { new("没收非法财物", null, $"没收超过保质期的{string.Join("、", seized)}") };
        if (gain > 0) sanctions.Add(new Sanction("没收违法所得", gain));
        sanctions.Add(new Sanction("罚款", fine));
        return new CaseOutcome(
            Source: c.Chance(70)
                ? Inspection(c, "经营场所", "货架上摆放销售的部分预包装食品已超过保质期")
                : Complaint(c, "经营场所", "在当事人处购买的食品已超过保质期", "在货架上发现部分预包装食品已超过保质期"),
            Facts:
            [
                $"经查，当事人从{c.Pick(["宜春市某食品批发部", "供货商业务员", "袁州区农产品批发市场"])}购进涉案食品，用于在其经营场所零售。检查时，当事人货架上摆放销售的下列食品已超过保质期：",
                string.Join("\n", facts.Select((f, i) => $"{i + 1}. {f}")),
                $"上述超过保质期的食品货值金额共计{ChineseText.Yuan(value)}，当事人违法所得{(gain > 0 ? ChineseText.Yuan(gain) : "无法计算，经核实为零")}。"
                + "执法人员当场对涉案食品实施了扣押。当事人未按规定定期检查库存食品、及时清理超过保质期的食品。",
            ],
            Evidence: [Identity(c), OnSite(c), Interview(c, "涉案食品的购进、销售情况"), "进货单据及销售记录，证明涉案食品的来源和销售情况", "实施行政强制措施决定书及财物清单，证明涉案食品被依法扣押"],
            Violated: $"{FoodLaw}第三十四条第(十)项",
            Basis: $"{FoodLaw}第一百二十四条第一款第(五)项",
            Discretion: Discretion(c, reduce, $"当事人销售超过保质期食品的货值金额为{ChineseText.Yuan(value)}，尚未造成危害后果"),
            Sanctions: sanctions);
    }

    private static readonly string[] Dishes = ["卤菜", "凉拌菜", "米粉", "炒粉", "盒饭", "包子馒头", "糕点", "酸辣粉"];

    private static CaseOutcome UnlicensedFood(CaseContext c)
    {
        var dish = c.Business.Contains('卤') ? "卤菜" : c.Business.Contains("粉面") ? c.Pick(["米粉", "炒粉", "酸辣粉"]) : c.Pick(Dishes);
        var online = c.Chance(50);
        var months = c.Int(2, 14);
        var income = c.Money(800, 20_000, 10);
        var gain = Math.Round(income * c.Int(15, 35) / 100m);
        string where;
        if (c.IsPerson)
        {
            var home = c.PartyHome();
            c.Place = home;
            where = $"在其位于{home}的住所内";
        }
        else where = $"在其经营场所{c.Place}";
        var payment = c.IsPerson && c.Chance(70)
            ? $"销售款项通过外卖平台结算至当事人名下{c.BankCard()}，共计{ChineseText.Yuan(income)}。"
            : $"销售收入共计{ChineseText.Yuan(income)}。";
        var reduce = c.Chance(75) ? 2 : 1;
        var fine = reduce == 2 ? c.Money(2_000, 20_000, 1_000) : c.Money(50_000, 60_000, 5_000);
        return new CaseOutcome(
            Source: Complaint(c, c.IsPerson ? "加工场所" : "经营场所", $"有人未取得食品经营许可{(online ? "通过外卖平台" : "")}销售{dish}",
                $"发现当事人正在加工{dish}，现场未能出示食品经营许可证"),
            Facts:
            [
                $"经查，当事人自{CaseContext.D(c.Found.AddMonths(-months))}起，{where}加工制作{dish}，"
                + (online ? $"通过“{c.Pick(new[] { "美团", "饿了么" })}”外卖平台开设网店对外销售" : "在附近路段设点对外销售")
                + $"，至被查获时止，经营时间约{months}个月。当事人未取得食品经营许可，也未办理小餐饮登记。{payment}"
                + $"经核算，扣除原料成本后，当事人违法所得{ChineseText.Yuan(gain)}。",
                $"检查时，现场存放待售的{dish}约{c.Int(2, 15)}千克，执法人员依法予以扣押。",
            ],
            Evidence: [Identity(c), OnSite(c), Interview(c, "当事人未取得许可从事食品经营的时间、方式和收入"), online ? "外卖平台网店页面截图及订单流水，证明当事人的销售情况" : "当事人提供的销售记录，证明当事人的销售情况"],
            Violated: $"{FoodLaw}第三十五条第一款",
            Basis: $"{FoodLaw}第一百二十二条第一款",
            Discretion: Discretion(c, reduce, $"当事人系初次违法，经营规模较小，违法所得{ChineseText.Yuan(gain)}，尚未造成食品安全事故"),
            Sanctions:
            [
                new("没收违法所得", gain),
                new("没收非法财物", null, $"没收违法经营的{dish}"),
                new("罚款", fine),
            ],
            Order: "责令当事人立即停止未取得食品经营许可从事食品经营活动的违法行为");
    }

    private static readonly string[] LabelFaults =
    [
        "未标注生产者的名称、地址和联系方式", "未标注生产日期和保质期", "未标注食品生产许可证编号", "配料表未标注所使用的食品添加剂的通用名称", "未标注产品标准代号",
    ];

    private static CaseOutcome FoodLabel(CaseContext c)
    {
        var (item, spec, unit, price) = c.Pick(PackagedFoods);
        var fault = c.Pick(LabelFaults);
        var stock = c.Int(10, 120);
        var sold = c.Int(0, 60);
        var value = (stock + sold) * price;
        var gain = Math.Round(sold * price * 0.3m);
        var reduce = c.Int(0, 2);
        var fine = reduce == 2 ? c.Money(2_000, 5_000, 500) : reduce == 1 ? c.Money(5_000, 15_000, 1_000) : c.Money(10_000, 50_000, 5_000);
        var sanctions = new List<Sanction> { new("没收非法财物", null, $"没收标签不符合规定的{item}{stock}{unit}") };
        if (gain > 0) sanctions.Add(new Sanction("没收违法所得", gain));
        sanctions.Add(new Sanction("罚款", fine));
        return new CaseOutcome(
            Source: Inspection(c, "经营场所", $"当事人销售的{item}标签{fault}"),
            Facts:
            [
                $"经查，当事人于{CaseContext.D(c.Found.AddDays(-c.Int(20, 120)))}购进{item}（规格：{spec}）共{stock + sold}{unit}，进货价{Math.Max(1, price - 2)}元/{unit}，销售价{price}元/{unit}。"
                + $"该食品为预包装食品，其标签{fault}，不符合{FoodLaw}第六十七条和《食品安全国家标准 预包装食品标签通则》(GB 7718)的规定。",
                $"截至检查之日，当事人已销售{sold}{unit}，库存{stock}{unit}，涉案食品货值金额{ChineseText.Yuan(value)}，违法所得{ChineseText.Yuan(gain)}。当事人未履行进货查验义务，不能提供该批食品的合格证明文件。",
            ],
            Evidence: [Identity(c), OnSite(c), "涉案食品实物照片及标签照片，证明标签存在的问题", Interview(c, "涉案食品的购进、销售及库存数量"), "进货单据，证明涉案食品的进货数量和价格"],
            Violated: $"{FoodLaw}第六十七条第一款",
            Basis: $"{FoodLaw}第一百二十五条第一款第(二)项",
            Discretion: Discretion(c, reduce, $"涉案食品货值金额{ChineseText.Yuan(value)}"),
            Sanctions: sanctions);
    }

    private static CaseOutcome HealthCertificate(CaseContext c)
    {
        var staff = Enumerable.Range(0, c.Int(1, 2)).Select(_ => c.Witness()).DistinctBy(p => p.Name).ToList();
        var names = string.Join("、", staff.Select(p => p.Name));
        var jobs = c.Pick(["凉菜间的凉菜加工", "面点制作", "餐具清洗消毒和传菜", "卤菜切配"]);
        return new CaseOutcome(
            Source: Inspection(c, "后厨加工场所", "从事接触直接入口食品工作的员工未能出示有效健康证明"),
            Facts:
            [
                $"经查，当事人于{CaseContext.D(c.Found.AddMonths(-c.Int(1, 8)))}招用员工{names}，安排其从事{jobs}等接触直接入口食品的工作。"
                + $"至检查之日，{(staff.Count > 1 ? "上述人员" : "该员工")}均未进行健康检查、未取得健康证明。当事人未建立从业人员健康管理制度，也未对从业人员的健康证明进行查验。",
                "检查后，当事人已安排相关人员暂停上岗并到宜春市疾病预防控制中心进行健康检查。",
            ],
            Evidence: [Identity(c), OnSite(c), Interview(c, "当事人招用、安排从业人员的情况"), $"员工{names}的询问笔录，证明其未取得健康证明即上岗工作"],
            Violated: $"{FoodLaw}第四十五条第二款",
            Basis: $"{FoodLaw}第一百二十六条第一款第(六)项",
            Discretion: $"本局认为，当事人安排未取得健康证明的人员从事接触直接入口食品的工作，违法事实清楚，证据确凿；当事人检查后即整改，"
                + "按照该项规定应当责令改正并给予警告。",
            Sanctions: [new("警告", null)],
            Order: "责令当事人立即改正，安排从业人员取得健康证明后方可从事接触直接入口食品的工作");
    }

    private static readonly (string Product, string Unit, int Price, string Fault)[] Products =
    [
        ("BV 2.5mm² 电线", "卷", 180, "导体电阻不合格"), ("BVR 4mm² 电线", "卷", 260, "绝缘厚度最薄点不合格"), ("家用燃气灶", "台", 420, "熄火保护装置不合格"),
        ("电动自行车乘员头盔", "顶", 45, "吸收碰撞能量性能不合格"), ("儿童针织服装", "件", 60, "纤维含量和绳带不合格"), ("插座(转换器)", "个", 25, "插套保持力不合格"),
    ];

    // Which shop sells what: a key that occurs in the party's name, and a product.
    private static readonly (string Key, (string Product, string Unit, int Price, string Fault) Value)[] ProductsByTrade =
    [
        ("五金", Products[0]), ("建材", Products[0]), ("电线", Products[0]), ("水电", Products[1]), ("电线", Products[1]), ("五金", Products[1]),
        ("电器", Products[2]), ("五金", Products[2]), ("商贸", Products[3]), ("商贸", Products[4]), ("电器", Products[5]), ("水电", Products[5]),
    ];

    private static CaseOutcome ProductQuality(CaseContext c)
    {
        var (product, unit, price, fault) = c.Suited(ProductsByTrade);
        var bought = c.Int(10, 120);
        var sold = c.Int(2, bought - 2);
        var value = bought * price;
        var gain = Math.Round(sold * price * 0.2m);
        var reportNo = $"JX{c.Found.Year}-{c.Pick(new[] { "DX", "RQ", "TZ", "FZ" })}-{c.Int(100, 9999):D4}";
        var knew = c.Chance(60);
        var reduce = knew ? c.Int(0, 1) : 2;
        var fine = Math.Round(value * (reduce == 2 ? c.Int(20, 45) / 100m : reduce == 1 ? c.Int(50, 100) / 100m : c.Int(100, 200) / 100m));
        return new CaseOutcome(
            Source: $"{CaseContext.D(c.Found)}，本局在{c.Found.Year}年产品质量监督抽查中，依法从当事人位于{c.Place}的经营场所抽取{product}样品一批，"
                + $"经江西省产品质量监督检测院检验（检验报告编号：{reportNo}），该样品{fault}，检验结论为不合格。当事人在法定期限内未提出复检申请。{Filing(c)}",
            Facts:
            [
                $"经查，当事人于{CaseContext.D(c.Found.AddDays(-c.Int(30, 200)))}从{c.Pick(new[] { "南昌市某电器批发市场", "浙江省某经销商", "宜春市某建材批发部" })}购进涉案{product}共{bought}{unit}，"
                + $"进货价{price - price / 5}元/{unit}，销售价{price}元/{unit}。截至立案之日，已售出{sold}{unit}，库存{bought - sold}{unit}。"
                + $"涉案产品货值金额{ChineseText.Yuan(value)}，违法所得{ChineseText.Yuan(gain)}。",
                knew
                    ? "当事人能够提供供货方的营业执照和进货票据，但未查验该批产品的出厂检验合格证明，在收到检验报告前已将不合格产品作为合格产品销售。"
                    : "当事人在收到检验报告后仍未停止销售，并将已售产品作为合格产品向顾客出具收款凭证。",
            ],
            Evidence: [Identity(c), $"检验报告（编号：{reportNo}）及送达回证，证明涉案产品不合格", Interview(c, "涉案产品的购进、销售情况"), "进货票据及销售记录，证明涉案产品的货值金额和违法所得"],
            Violated: "《中华人民共和国产品质量法》第三十九条",
            Basis: "《中华人民共和国产品质量法》第五十条",
            Discretion: Discretion(c, reduce, $"涉案产品货值金额{ChineseText.Yuan(value)}" + (knew ? "，当事人如实说明了进货来源" : "")),
            Sanctions:
            [
                new("没收非法财物", null, $"没收库存的不合格{product}{bought - sold}{unit}"),
                new("没收违法所得", gain),
                new("罚款", Math.Max(fine, 500)),
            ],
            Order: "责令当事人停止销售不合格产品");
    }

    private static CaseOutcome PriceTag(CaseContext c)
    {
        var goods = c.Suited<string>([("水果", "水果、干货"), ("眼镜", "眼镜镜片和镜架"), ("理发", "理发、烫染等服务项目"), ("洗车", "洗车、打蜡等服务项目"),
            ("汽车", "洗车、保养等服务项目"), ("药房", "药品和医疗器械"), ("茶叶", "散装茶叶"), ("超市", "散装食品和日用百货")]);
        var fine = c.Money(500, 5_000, 100);
        var gain = c.Chance(30) ? c.Money(50, 1_500, 10) : 0;
        var sanctions = new List<Sanction>();
        if (gain > 0) sanctions.Add(new Sanction("没收违法所得", gain));
        sanctions.Add(new Sanction("罚款", fine));
        var share = c.Int(30, 95);
        return new CaseOutcome(
            Source: Inspection(c, "经营场所", $"当事人经营的{goods}未按规定标示价格"),
            Facts:
            [
                $"经查，当事人在经营场所内经营{goods}共{c.Int(12, 80)}个品种(项目)，其中约{share}%未标明价格，"
                + $"部分已标价的商品未标明品名、计价单位、规格等价格信息。当事人于{CaseContext.D(c.Found.AddMonths(-c.Int(2, 10)))}曾因同类问题被责令改正，"
                + "但未按要求改正。" + (gain > 0 ? $"经核算，当事人在未明码标价期间多收取的价款即违法所得为{ChineseText.Yuan(gain)}。" : "经核查，未发现当事人因未明码标价多收价款。"),
            ],
            Evidence: [Identity(c), OnSite(c), Interview(c, "当事人未明码标价的情况"), "责令改正通知书及送达回证，证明当事人曾被责令改正"],
            Violated: "《中华人民共和国价格法》第十三条第一款",
            Basis: "《中华人民共和国价格法》第四十二条、《价格违法行为行政处罚规定》第十三条第(一)项",
            Discretion: Discretion(c, 0, "当事人经责令改正后仍未改正"),
            Sanctions: sanctions,
            Order: "责令当事人改正");
    }

    private static CaseOutcome PriceFraud(CaseContext c)
    {
        var goods = c.Suited<string>([("家居", "床垫"), ("家居", "实木餐桌"), ("电器", "空调"), ("电器", "电饭煲"), ("百货", "羽绒服"), ("百货", "品牌运动鞋"), ("商贸", "羽绒服"), ("商贸", "空调")]);
        var original = c.Int(3, 30) * 100 - 1;
        var actual = original * c.Int(40, 70) / 100;
        var sold = c.Int(5, 60);
        var gain = Math.Round((decimal)sold * (original - actual) * c.Int(8, 20) / 100m);
        var times = c.Pick([0.5m, 1m, 1.5m, 2m]);
        var complainant = c.Witness();
        return new CaseOutcome(
            Source: Complaint(c, "门店", $"当事人以“原价{original}元、现价{actual}元”的方式促销{goods}，但从未按所标原价销售", "发现当事人对涉案商品标示的“原价”无任何交易记录"),
            Facts:
            [
                $"经查，当事人自{CaseContext.D(c.Found.AddDays(-c.Int(20, 90)))}起，在门店及微信公众号促销活动中对{goods}标示“原价{original}元，限时特价{actual}元”。"
                + $"经调取当事人销售系统数据，该商品在本次促销活动前七日内的实际成交价格为{actual + c.Int(0, 30)}元左右，从未以“原价”成交。",
                $"促销期间，当事人共售出涉案商品{sold}件，其中消费者{complainant.Name}于{CaseContext.D(c.Found.AddDays(-c.Int(5, 20)))}购买1件。"
                + $"经核算，当事人因上述价格手段获得的违法所得为{ChineseText.Yuan(gain)}。",
            ],
            Evidence: [Identity(c), OnSite(c), "促销海报、价签及公众号页面截图，证明当事人标示的价格", "销售系统导出的交易数据，证明涉案商品的实际成交价格和销售数量", Interview(c, "促销活动的组织和定价过程")],
            Violated: "《中华人民共和国价格法》第十四条第(四)项",
            Basis: "《中华人民共和国价格法》第四十条第一款、《价格违法行为行政处罚规定》第七条",
            Discretion: Discretion(c, 0, $"当事人违法所得{ChineseText.Yuan(gain)}，违法行为持续时间较短，且已主动向购买涉案商品的消费者退还差价"),
            Sanctions: [new("没收违法所得", gain), new("罚款", Math.Max(Math.Round(gain * times), 100))],
            Order: "责令当事人改正价格违法行为");
    }

    private static CaseOutcome FalsePromotion(CaseContext c)
    {
        var product = c.Suited<string>([("农业", "富硒大米"), ("农业", "野生山茶油"), ("家具", "负离子床垫"), ("家具", "实木家具"), ("生物", "艾灸贴"), ("生物", "富硒茶")]);
        var claim = c.Pick(["“有效治疗高血压、糖尿病”", "“荣获国际金奖”", "“全省销量第一”", "“纯野生、零添加”"]);
        var reduce = c.Chance(70) ? 2 : 0;
        var fine = reduce == 2 ? c.Money(20_000, 150_000, 10_000) : c.Money(200_000, 300_000, 50_000);
        return new CaseOutcome(
            Source: $"{CaseContext.D(c.Found)}，本局在网络交易监测中发现，当事人在其微信公众号和电商平台店铺宣传其销售的{product}{claim}。{Filing(c)}",
            Facts:
            [
                $"经查，当事人自{CaseContext.D(c.Found.AddMonths(-c.Int(2, 12)))}起，在其微信公众号、电商平台店铺及门店宣传册中宣称其销售的{product}{claim}。"
                + "当事人未能提供上述宣传内容的任何证明材料，经核实上述宣传内容与实际情况不符，属于对商品的性能、功能、销售状况、曾获荣誉作虚假或者引人误解的商业宣传，欺骗、误导消费者。",
                $"涉案宣传期间，当事人销售{product}的金额为{ChineseText.Yuan(c.Money(20_000, 400_000, 100))}。本局立案后，当事人已删除全部涉案宣传内容，收回宣传册。",
            ],
            Evidence: [Identity(c), "网页、公众号页面截图及电子数据取证记录，证明当事人发布的宣传内容", "门店宣传册，证明当事人的线下宣传内容", Interview(c, "宣传内容的制作、发布及商品销售情况")],
            Violated: "《中华人民共和国反不正当竞争法》第八条第一款",
            Basis: "《中华人民共和国反不正当竞争法》第二十条第一款",
            Discretion: Discretion(c, reduce, "当事人虚假宣传的持续时间较短、影响范围有限，且已全部删除涉案宣传内容"),
            Sanctions: [new("罚款", fine)],
            Order: "责令当事人停止违法行为");
    }

    private static CaseOutcome Superlative(CaseContext c)
    {
        var words = c.Suited<string>([("装饰", "“宜春最好的装修公司”"), ("房地产", "“宜春最佳学区”"), ("家具", "“顶级工艺、行业第一”"), ("美容", "“全城最低价”"),
            ("茶叶", "“国家级品质”"), ("农业", "“最佳选择”"), ("生物", "“顶级功效”")]);
        var channel = c.Pick(["门头招牌和店内展板", "微信公众号", "抖音短视频账号", "宣传单页"]);
        var cost = c.Money(100, 5_000, 50);
        var fine = c.Money(5_000, 50_000, 1_000);
        return new CaseOutcome(
            Source: Inspection(c, "经营场所", $"当事人在{channel}中发布含有{words}等用语的广告"),
            Facts:
            [
                $"经查，当事人于{CaseContext.D(c.Found.AddDays(-c.Int(15, 200)))}起，通过{channel}为其自身经营的商品和服务发布广告，广告中含有{words}等绝对化用语。"
                + $"上述广告由当事人自行设计发布，广告费用为{ChineseText.Yuan(cost)}。检查后，当事人已撤下全部涉案广告。",
            ],
            Evidence: [Identity(c), OnSite(c), "涉案广告的照片、截图及电子数据取证记录，证明广告内容和发布渠道", Interview(c, "广告的设计、发布及费用"), "广告制作费用票据，证明广告费用"],
            Violated: "《中华人民共和国广告法》第九条第(三)项",
            Basis: "《中华人民共和国广告法》第五十七条第(一)项",
            Discretion: Discretion(c, 2, $"当事人发布的涉案广告费用为{ChineseText.Yuan(cost)}，发布时间较短，影响范围有限，未造成实际危害后果"),
            Sanctions: [new("罚款", fine)],
            Order: "责令当事人停止发布涉案广告，在相应范围内消除影响");
    }

    private static CaseOutcome Metrology(CaseContext c)
    {
        var stall = $"{c.Area.Short}{c.Pick(c.Area.Towns)}农贸市场{c.Int(1, 80)}号摊位";
        if (c.IsPerson) c.Place = stall;
        var scales = c.Int(1, 3);
        var fine = c.Money(100, 1_000, 50);
        return new CaseOutcome(
            Source: Inspection(c, c.IsPerson ? "摊位" : "经营场所", $"当事人用于贸易结算的电子计价秤{scales}台未贴有有效的检定合格标志"),
            Facts:
            [
                $"经查，当事人{(c.IsPerson ? $"在{stall}" : "在经营场所内")}经营{c.Suited<string>([("蔬菜", "蔬菜"), ("水果", "水果"), ("肉品", "鲜肉"), ("水产", "水产品"), ("市场", "干货")])}，使用电子计价秤{scales}台进行贸易结算。"
                + $"上述计价秤属于强制检定的工作计量器具，最近一次检定日期为{CaseContext.D(c.Found.AddMonths(-c.Int(14, 30)))}，当事人未按规定向计量检定机构申请周期检定，检定已超过有效期。"
                + $"经宜春市计量测试检定所检定，其中{c.Int(0, scales)}台示值误差超过最大允许误差。",
            ],
            Evidence: [Identity(c), OnSite(c), "计量器具检定证书(或检定结果通知书)，证明涉案计价秤的检定情况", Interview(c, "涉案计价秤的使用和检定情况")],
            Violated: "《中华人民共和国计量法》第九条第一款",
            Basis: "《中华人民共和国计量法实施细则》第四十三条",
            Discretion: Discretion(c, 0, "当事人使用未经检定的计价秤时间较短，检查后已主动送检"),
            Sanctions: [new("罚款", fine)],
            Order: "责令当事人停止使用未经检定的计量器具");
    }

    private static readonly (string Goods, string Owner, int MinPrice, int MaxPrice)[] Marks =
    [
        ("“飞驰”牌运动鞋", "福建飞驰体育用品有限公司", 80, 260), ("“云岭”牌白酒", "四川云岭酒业有限公司", 60, 480),
        ("“金稻”牌大米", "黑龙江金稻米业有限公司", 40, 90), ("“宜美”牌洗发水", "广州宜美日化有限公司", 20, 60),
        ("“江城”牌打火机", "浙江江城轻工有限公司", 2, 10), ("“雪峰”牌羽绒服", "江苏雪峰服饰有限公司", 150, 600),
    ];

    private static readonly (string Key, (string Goods, string Owner, int MinPrice, int MaxPrice) Value)[] MarksByTrade =
    [
        ("鞋", Marks[0]), ("商贸", Marks[0]), ("烟酒", Marks[1]), ("商贸", Marks[1]), ("商贸", Marks[2]), ("日用", Marks[2]),
        ("日用", Marks[3]), ("烟酒", Marks[4]), ("日用", Marks[4]), ("服", Marks[5]),
    ];

    private static CaseOutcome Trademark(CaseContext c)
    {
        var (goods, owner, minPrice, maxPrice) = c.Suited(MarksByTrade);
        var pieces = c.Int(5, 200);
        var price = c.Int(minPrice, maxPrice);
        // 违法经营额: what was sold plus the seized stock at its selling price.
        var turnover = Math.Round((decimal)pieces * price * c.Int(110, 180) / 100m);
        var fine = turnover >= 50_000
            ? Math.Round(turnover * c.Int(1, 3))
            : Math.Max(c.Money(500, 3_000, 500), Math.Round(turnover * c.Int(1, 3) / 500m) * 500);
        string where = c.Place;
        if (c.IsPerson)
        {
            where = $"{c.Area.Short}{c.Pick(c.Area.Towns)}{c.Pick(new[] { "集市", "夜市", "商业街" })}临时摊点";
            c.Place = where;
        }
        var payment = c.IsPerson && c.Chance(50) ? $"货款通过当事人名下{c.BankCard()}收取。" : "";
        return new CaseOutcome(
            Source: $"{CaseContext.D(c.Found)}，本局执法人员{c.OfficerPair()}根据{owner}的投诉，对当事人位于{where}的经营场所进行检查，"
                + $"发现当事人销售的{goods}涉嫌侵犯注册商标专用权，当场查扣涉案商品{pieces}件。{Filing(c)}",
            Facts:
            [
                $"经查，当事人于{CaseContext.D(c.Found.AddDays(-c.Int(10, 120)))}从{c.Pick(new[] { "外地流动商贩", "网络店铺", "某小商品批发市场" })}以每件{Math.Max(1, price / 3)}元的价格购进{goods}，"
                + $"以每件{price}元的价格对外销售。经注册商标专用权人{owner}鉴定，涉案商品系未经许可使用与其注册商标相同的商标的侵权商品。"
                + $"至被查获时止，当事人已售出部分涉案商品，违法经营额共计{ChineseText.Yuan(turnover)}。{payment}",
                "当事人不能提供涉案商品的合法来源证明。",
            ],
            Evidence: [Identity(c), OnSite(c), $"商标注册证及{owner}出具的鉴定意见，证明涉案商品系侵权商品", Interview(c, "涉案商品的购进和销售情况")],
            Violated: "《中华人民共和国商标法》第五十七条第(三)项",
            Basis: "《中华人民共和国商标法》第六十条第二款",
            Discretion: Discretion(c, 0, $"当事人违法经营额为{ChineseText.Yuan(turnover)}"),
            Sanctions:
            [
                new("没收非法财物", null, $"没收、销毁侵权商品{goods}{pieces}件"),
                new("罚款", fine),
            ],
            Order: "责令当事人立即停止侵权行为");
    }

    private static CaseOutcome SpecialEquipment(CaseContext c)
    {
        var (equipment, regNo) = c.Suited<(string, string)>([("物业", ("乘客电梯", "梯")), ("酒店", ("乘客电梯", "梯")), ("酒店", ("承压蒸汽锅炉", "锅")),
            ("物流", ("叉车", "车")), ("建材", ("叉车", "车")), ("机械", ("桥式起重机", "起")), ("机械", ("叉车", "车"))]);
        var count = c.Int(1, 3);
        var expired = c.Found.AddMonths(-c.Int(1, 14));
        var reduce = c.Int(0, 1);
        var fine = reduce == 1 ? 30_000m : c.Money(30_000, 100_000, 10_000);
        return new CaseOutcome(
            Source: Inspection(c, "生产经营场所", $"当事人使用的{equipment}{count}台未经定期检验"),
            Facts:
            [
                $"经查，当事人在其位于{c.Place}的生产经营场所使用{equipment}{count}台（使用登记证编号：{regNo}11赣C{c.Int(100, 9999):D5}({c.Int(10, 23)})等），"
                + $"上述设备下次检验日期为{CaseContext.D(expired)}。当事人在检验有效期届满前一个月未向特种设备检验机构提出定期检验要求，"
                + "超期未检后仍继续使用，至检查之日止，未发生安全事故。",
                "检查当日，执法人员对涉案设备实施了查封，当事人随后向江西省特种设备检验检测研究院宜春分院申请检验。",
            ],
            Evidence: [Identity(c), OnSite(c), "特种设备使用登记证及定期检验报告，证明涉案设备的检验有效期", Interview(c, "涉案设备的使用和检验情况"), "查封决定书及现场照片，证明涉案设备被查封"],
            Violated: "《中华人民共和国特种设备安全法》第四十条第三款",
            Basis: "《中华人民共和国特种设备安全法》第八十四条第(一)项",
            Discretion: Discretion(c, reduce, "涉案设备超期未检的时间较短，未发生安全事故"),
            Sanctions: [new("罚款", fine)],
            Order: "责令当事人停止使用未经定期检验的特种设备");
    }

    private static CaseOutcome Unregistered(CaseContext c)
    {
        var regulation = c.Decided >= new DateOnly(2022, 3, 1);
        var trade = c.Pick(["水果零售", "电动车维修", "服装零售", "日用百货零售", "快餐"]);
        var home = c.PartyHome();
        c.Place = $"{c.Area.Name}{c.Pick(c.Area.Streets)}{c.Int(1, 300)}号门面";
        var gain = c.Money(500, 12_000, 10);
        var fine = regulation ? c.Money(10_000, 30_000, 1_000) : c.Money(1_000, 8_000, 500);
        var warned = c.Found.AddDays(-c.Int(20, 60));
        return new CaseOutcome(
            Source: $"{CaseContext.D(warned)}，本局执法人员在日常巡查中发现当事人未办理营业执照在{c.Place}从事{trade}经营活动，当场下达《责令改正通知书》，"
                + $"责令当事人于十五日内办理登记或停止经营。{CaseContext.D(c.Found)}，执法人员{c.OfficerPair()}复查时发现当事人仍在继续经营。{Filing(c)}",
            Facts:
            [
                $"经查，当事人住{home}，自{CaseContext.D(warned.AddMonths(-c.Int(3, 12)))}起租用{c.Place}从事{trade}经营活动，未依法办理市场主体登记。"
                + $"经本局责令改正后，当事人既未办理登记也未停止经营。经核算，当事人在责令改正后继续经营期间违法所得{ChineseText.Yuan(gain)}。",
            ],
            Evidence: [Identity(c), "责令改正通知书及送达回证，证明本局曾责令当事人改正", OnSite(c), Interview(c, "当事人经营的起止时间、经营情况和收入")],
            Violated: regulation ? "《中华人民共和国市场主体登记管理条例》第三条第一款" : "《无证无照经营查处办法》第二条",
            Basis: regulation ? "《中华人民共和国市场主体登记管理条例》第四十三条" : "《无证无照经营查处办法》第十三条",
            Discretion: Discretion(c, 0, "当事人经责令改正后拒不改正"),
            Sanctions: [new("没收违法所得", gain), new("罚款", fine)],
            Order: "责令当事人立即停止经营活动，依法办理登记");
    }
}
