using Enforcement.Content;

namespace Enforcement.Sample;

/// <summary>Which kind of agency a body is; each kind has its own powers and its own kinds of case.</summary>
internal enum Agency { Amr, Commerce, Miit }

/// <summary>A body of the generated portal with what its decisions need beyond the content model.</summary>
internal sealed record SampleBody(
    Body Body,
    Agency Agency,
    Area Area,
    /// <summary>Prefix of the 文书号: 宜市监处罚 → 宜市监处罚〔2025〕12号.</summary>
    string NumberPrefix,
    /// <summary>Prefix of the 行政处罚告知书 number.</summary>
    string NoticePrefix,
    /// <summary>Where reconsideration went before the 2023 行政复议法 took effect on 2024-01-01.</summary>
    string ReconsiderationBefore2024,
    /// <summary>Where it goes since.</summary>
    string ReconsiderationSince2024,
    string Court,
    /// <summary>Two digits inside the body's certificate numbers (36 09 xx nnnnn).</summary>
    string CertificateCode,
    /// <summary>How many decisions this body makes, relative to the others of its agency kind.</summary>
    int Weight)
{
    public string Slug => Body.Slug;

    public string Name => Body.Name;
}

internal static class SampleBodies
{
    public static SampleBody Get(string slug) => All.First(b => b.Slug == slug);

    private static string Remedy(string place, string window) => $"{place}(收到决定书之日起 {window}内)";

    private static SampleBody Make(
        Agency agency, string slug, string name, Area area, string areaCode, string subject, string address, string phone,
        string prefix, string notice, string government, string court, string certCode, int weight, string notify,
        IReadOnlyList<string> duties, IReadOnlyList<Power> powers, IReadOnlyList<RandomInspection> inspections,
        IReadOnlyList<string> processes, string superior) =>
        new(new Body(
                slug, name, "行政机关", SampleCodes.Uscc("11", areaCode, subject[..8]), address, phone,
                "工作日 8:30-12:00, 14:30-17:30", duties, powers, inspections,
                new Remedies(Remedy(government, "60 日"), Remedy(court, "6 个月")), processes, notify),
            agency, area, prefix, notice, $"{government}或者{superior}", government, court, certCode, weight);

    private static SampleBody Amr(string slug, string name, Area area, string areaCode, string subject, string address, string phone,
        string prefix, string notice, string government, string court, string certCode, int weight, string notify) =>
        Make(Agency.Amr, slug, name, area, areaCode, subject, address, phone, prefix, notice, government, court, certCode, weight, notify,
            AmrDuties, AmrPowers, AmrInspections, ["general-penalty", "five-separation", "inspection"],
            areaCode == "360900" ? "江西省市场监督管理局" : "宜春市市场监督管理局");

    private static SampleBody Commerce(string slug, string name, Area area, string areaCode, string subject, string address, string phone,
        string prefix, string notice, string government, string court, string certCode, int weight, string notify) =>
        Make(Agency.Commerce, slug, name, area, areaCode, subject, address, phone, prefix, notice, government, court, certCode, weight, notify,
            CommerceDuties, CommercePowers, CommerceInspections, ["general-penalty", "inspection"],
            areaCode == "360900" ? "江西省商务厅" : "宜春市商务局");

    private static SampleBody Miit(string slug, string name, Area area, string areaCode, string subject, string address, string phone,
        string prefix, string notice, string government, string court, string certCode, int weight, string notify) =>
        Make(Agency.Miit, slug, name, area, areaCode, subject, address, phone, prefix, notice, government, court, certCode, weight, notify,
            MiitDuties, MiitPowers, MiitInspections, ["general-penalty", "five-separation", "inspection"],
            "江西省工业和信息化厅");

    private const string FoodSafetyLaw = "《中华人民共和国食品安全法》";

    public static readonly string[] AmrDuties =
    [
        "负责市场综合监督管理，组织实施质量强市、食品安全和标准化战略",
        "负责市场主体统一登记注册和信用监督管理",
        "负责组织和指导市场监管综合执法工作，查处价格违法、不正当竞争等违法行为",
        "负责食品安全监督管理综合协调和食品生产经营监督管理",
        "负责特种设备安全监督管理",
        "负责计量、标准化、认证认可和检验检测监督管理",
        "负责广告监督管理和商标等知识产权执法",
    ];

    public static readonly Power[] AmrPowers =
    [
        new("对销售超过保质期食品的行政处罚", "行政处罚", $"{FoodSafetyLaw}第一百二十四条第一款第(五)项"),
        new("对未取得食品生产经营许可从事食品生产经营活动的行政处罚", "行政处罚", $"{FoodSafetyLaw}第一百二十二条"),
        new("对经营标签不符合规定的预包装食品的行政处罚", "行政处罚", $"{FoodSafetyLaw}第一百二十五条第一款第(二)项"),
        new("对以不合格产品冒充合格产品销售的行政处罚", "行政处罚", "《中华人民共和国产品质量法》第五十条"),
        new("对经营者不按规定明码标价的行政处罚", "行政处罚", "《中华人民共和国价格法》第四十二条；《价格违法行为行政处罚规定》第十三条"),
        new("对经营者利用虚假的或者使人误解的价格手段诱骗交易的行政处罚", "行政处罚", "《中华人民共和国价格法》第四十条；《价格违法行为行政处罚规定》第七条"),
        new("对发布使用“国家级”“最高级”“最佳”等用语广告的行政处罚", "行政处罚", "《中华人民共和国广告法》第五十七条第(一)项"),
        new("对销售侵犯注册商标专用权商品的行政处罚", "行政处罚", "《中华人民共和国商标法》第六十条第二款"),
        new("对使用未经定期检验的特种设备的行政处罚", "行政处罚", "《中华人民共和国特种设备安全法》第八十四条第(一)项"),
        new("查封、扣押有证据证明不符合食品安全标准的食品", "行政强制", $"{FoodSafetyLaw}第一百一十条第(四)项"),
        new("食品经营许可", "行政许可", $"{FoodSafetyLaw}第三十五条"),
        new("对食品生产经营者的监督检查", "行政检查", $"{FoodSafetyLaw}第一百一十条"),
    ];

    public static readonly RandomInspection[] AmrInspections =
    [
        new("食品经营者落实主体责任情况检查", $"{FoodSafetyLaw}第一百一十条", "食品经营者", "5%", "每年一次", "现场检查"),
        new("特种设备使用单位监督检查", "《中华人民共和国特种设备安全法》第五十七条", "特种设备使用单位", "5%", "每年一次", "现场检查"),
        new("商品和服务明码标价情况检查", "《中华人民共和国价格法》第三十四条", "商品零售和服务经营者", "3%", "每年一次", "现场检查、网络监测"),
        new("产品质量监督抽查", "《中华人民共和国产品质量法》第十五条", "产品生产、销售企业", "按年度抽查计划", "每年一次", "抽样检验"),
        new("广告发布行为检查", "《中华人民共和国广告法》第四十九条", "广告主、广告经营者、广告发布者", "3%", "每年一次", "网络监测、书面检查"),
    ];

    private const string PrepaidCard = "《单用途商业预付卡管理办法(试行)》";

    public static readonly string[] CommerceDuties =
    [
        "负责推进流通产业结构调整，促进商贸服务业和社区商业发展",
        "负责拟订规范市场运行、流通秩序的政策措施，推动商务领域信用体系建设",
        "负责单用途商业预付卡、成品油流通、报废机动车回收、再生资源回收等行业的监督管理",
        "负责商业特许经营等商务领域行政执法工作",
        "负责促进对外贸易和利用外资工作",
    ];

    public static readonly Power[] CommercePowers =
    [
        new("对发卡企业未按规定办理单用途商业预付卡备案的行政处罚", "行政处罚", $"{PrepaidCard}第三十六条"),
        new("对发卡企业超过规定限额发行单用途卡、未履行实名登记义务的行政处罚", "行政处罚", $"{PrepaidCard}第三十七条"),
        new("对发卡企业未按规定实行预收资金存管的行政处罚", "行政处罚", $"{PrepaidCard}第三十八条"),
        new("对未取得资质认定擅自从事报废机动车回收活动的行政处罚", "行政处罚", "《报废机动车回收管理办法》第二十一条"),
        new("对特许人未按规定办理商业特许经营备案的行政处罚", "行政处罚", "《商业特许经营管理条例》第二十五条"),
        new("对成品油零售经营企业经营行为的监督检查", "行政检查", "《成品油市场管理办法》"),
        new("对报废机动车回收企业的监督检查", "行政检查", "《报废机动车回收管理办法》"),
        new("再生资源回收经营者备案", "其他", "《再生资源回收管理办法》第七条"),
    ];

    public static readonly RandomInspection[] CommerceInspections =
    [
        new("单用途商业预付卡发卡企业备案及资金存管情况检查", PrepaidCard, "发卡企业", "5%", "每年一次", "现场检查、书面检查"),
        new("报废机动车回收企业经营行为检查", "《报废机动车回收管理办法》", "报废机动车回收企业", "20%", "每年一次", "现场检查"),
        new("成品油零售企业经营行为检查", "《成品油市场管理办法》", "成品油零售企业(加油站)", "10%", "每年一次", "现场检查"),
    ];

    private const string EnergyLaw = "《中华人民共和国节约能源法》";

    public static readonly string[] MiitDuties =
    [
        "拟订并组织实施工业和信息化发展规划，推进产业结构调整和优化升级",
        "负责工业节能监察和资源综合利用工作，推进工业领域绿色低碳发展",
        "负责民用爆炸物品生产、销售的安全监督管理",
        "负责推进清洁生产和中小企业发展工作",
        "负责推进信息化和工业化融合发展",
    ];

    public static readonly Power[] MiitPowers =
    [
        new("对使用国家明令淘汰的用能设备或者生产工艺的行政处罚", "行政处罚", $"{EnergyLaw}第七十一条"),
        new("对重点用能单位未按规定报送能源利用状况报告或者报告内容不实的行政处罚", "行政处罚", $"{EnergyLaw}第八十二条"),
        new("对重点用能单位无正当理由拒不落实整改要求或者整改没有达到要求的行政处罚", "行政处罚", $"{EnergyLaw}第八十三条"),
        new("对重点用能单位未按规定设立能源管理岗位、聘任能源管理负责人的行政处罚", "行政处罚", $"{EnergyLaw}第八十四条"),
        new("对超过单位产品能耗限额标准用能的生产单位责令限期治理", "其他", $"{EnergyLaw}第七十二条"),
        new("工业节能监察", "行政检查", $"{EnergyLaw}第十二条；《工业节能监察办法》"),
        new("对民用爆炸物品生产企业超出许可的品种、产量进行生产、销售的行政处罚", "行政处罚", "《民用爆炸物品安全管理条例》第四十四条"),
        new("民用爆炸物品生产、销售企业安全监督检查", "行政检查", "《民用爆炸物品安全管理条例》第四条"),
    ];

    public static readonly RandomInspection[] MiitInspections =
    [
        new("重点用能单位节能监察", $"{EnergyLaw}第十二条；《工业节能监察办法》", "重点用能工业企业", "10%", "每年一次", "现场监察、书面监察"),
        new("民用爆炸物品生产、销售企业安全检查", "《民用爆炸物品安全管理条例》第四条", "民用爆炸物品生产、销售企业", "100%", "每年两次", "现场检查"),
    ];

    // Declared after the lists it uses: static fields initialise in order.
    public static readonly IReadOnlyList<SampleBody> All =
    [
        Amr("yichun-amr", "宜春市市场监督管理局", SamplePlaces.Yuanzhou, "360900", "MB1766310", "宜春市袁州区宜阳大道 1 号", "0795-3210000",
            "宜市监处罚", "宜市监罚告", "宜春市人民政府", "宜春市袁州区人民法院", "00", 6, "fzk@example.gov.cn"),
        Commerce("yichun-commerce", "宜春市商务局", SamplePlaces.Yuanzhou, "360900", "MB1766549", "宜春市袁州区宜阳新区市行政中心 3 号楼", "0795-3999120",
            "宜商务罚", "宜商务罚告", "宜春市人民政府", "宜春市袁州区人民法院", "01", 3, "scjsk@example.gov.cn"),
        Miit("yichun-miit", "宜春市工业和信息化局", SamplePlaces.Yuanzhou, "360900", "MB1766418", "宜春市袁州区宜阳新区市行政中心 2 号楼", "0795-3999260",
            "宜工信罚", "宜工信罚告", "宜春市人民政府", "宜春市袁州区人民法院", "02", 1, "jnjck@example.gov.cn"),
        Amr("yuanzhou-amr", "宜春市袁州区市场监督管理局", SamplePlaces.Yuanzhou, "360902", "MB1793245", "宜春市袁州区袁山大道 168 号", "0795-3271100",
            "袁市监处罚", "袁市监罚告", "宜春市袁州区人民政府", "宜春市袁州区人民法院", "03", 4, "yz-fzg@example.gov.cn"),
        Amr("zhangshu-amr", "樟树市市场监督管理局", SamplePlaces.Zhangshu, "360982", "MB1802216", "樟树市药都南大道 99 号", "0795-7332100",
            "樟市监处罚", "樟市监罚告", "樟树市人民政府", "樟树市人民法院", "04", 3, "zs-fzg@example.gov.cn"),
        Amr("fengcheng-amr", "丰城市市场监督管理局", SamplePlaces.Fengcheng, "360981", "MB1799873", "丰城市剑邑大道 555 号", "0795-6412200",
            "丰市监处罚", "丰市监罚告", "丰城市人民政府", "丰城市人民法院", "05", 3, "fc-fzg@example.gov.cn"),
        Amr("gaoan-amr", "高安市市场监督管理局", SamplePlaces.Gaoan, "360983", "MB1810327", "高安市瑞阳大道 1 号", "0795-5212300",
            "高市监处罚", "高市监罚告", "高安市人民政府", "高安市人民法院", "06", 2, "ga-fzg@example.gov.cn"),
        Commerce("gaoan-commerce", "高安市商务局", SamplePlaces.Gaoan, "360983", "MB1810568", "高安市筠州路 8 号", "0795-5263300",
            "高商务罚", "高商务罚告", "高安市人民政府", "高安市人民法院", "07", 1, "ga-swj@example.gov.cn"),
    ];
}
