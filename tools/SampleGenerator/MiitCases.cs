using Enforcement.Content;
using static Enforcement.Sample.CasePhrases;

namespace Enforcement.Sample;

/// <summary>The kinds of case a 工业和信息化局 decides (工业节能监察).</summary>
internal static class MiitCases
{
    private const string EnergyLaw = "《中华人民共和国节约能源法》";
    private static readonly PartyKind[] Companies = [PartyKind.Organization];

    private static readonly Trade Industry = new(
        ["陶瓷有限公司", "建材有限公司", "纺织有限公司", "锂电新材料有限公司", "化工有限公司", "造纸有限公司", "水泥有限公司", "机械制造有限公司"], [], Industrial: true);

    public static readonly CaseType[] All =
    [
        new("energy-obsolete", Agency.Miit, "节约能源", "使用国家明令淘汰的用能设备", "使用国家明令淘汰的用能设备案", Companies, 3, Industry, Obsolete),
        new("energy-report", Agency.Miit, "节约能源", "重点用能单位未按规定报送能源利用状况报告", "未按规定报送能源利用状况报告案", Companies, 2, Industry, Report),
        new("energy-manager", Agency.Miit, "节约能源", "重点用能单位未按规定设立能源管理岗位、聘任能源管理负责人", "未按规定设立能源管理岗位案", Companies, 2, Industry, Manager),
        new("energy-rectify", Agency.Miit, "节约能源", "重点用能单位整改没有达到要求", "节能整改未达到要求案", Companies, 1, Industry, Rectify),
    ];

    private static readonly (string Kind, string Model, string Catalogue)[] Obsoletes =
    [
        ("三相异步电动机", "Y 系列(IP44)", "《高耗能落后机电设备(产品)淘汰目录(第一批)》"),
        ("电力变压器", "S7 型", "《高耗能落后机电设备(产品)淘汰目录(第二批)》"),
        ("离心通风机", "4-72 型", "《高耗能落后机电设备(产品)淘汰目录(第三批)》"),
        ("清水离心泵", "IS 系列", "《高耗能落后机电设备(产品)淘汰目录(第四批)》"),
    ];

    private static string Supervision(CaseContext c, string finding) =>
        $"{CaseContext.D(c.Found)}，本局根据年度工业节能监察计划，由执法人员{c.OfficerPair()}对当事人开展专项节能监察，发现{finding}。{Filing(c)}";

    private static CaseOutcome Obsolete(CaseContext c)
    {
        var (kind, model, catalogue) = c.Pick(Obsoletes);
        var units = c.Int(2, 30);
        var reduce = c.Int(0, 1);
        return new CaseOutcome(
            Source: Supervision(c, $"当事人生产车间仍在使用{model}{kind}"),
            Facts:
            [
                $"经查，当事人在{c.Place}的生产车间内使用{model}{kind}{units}台，总装机容量约{c.Int(30, 900)}千瓦。"
                + $"上述设备列入{catalogue}，属于国家明令淘汰的用能设备。当事人在淘汰期限届满后仍继续使用。",
                "监察后，当事人已制定设备更新计划，停止使用部分涉案设备。",
            ],
            Evidence: [Identity(c), $"{CaseContext.D(c.Found)}的节能监察现场记录及设备铭牌照片，证明当事人使用涉案设备", Interview(c, "涉案设备的购置、使用情况"), "设备台账，证明涉案设备的型号和数量"],
            Violated: $"{EnergyLaw}第十七条",
            Basis: $"{EnergyLaw}第七十一条",
            Discretion: Discretion(c, reduce, $"当事人使用的淘汰设备共{units}台"),
            Sanctions: [new("没收国家明令淘汰的用能设备", null, $"没收{model}{kind}{units}台")],
            Order: "责令当事人停止使用国家明令淘汰的用能设备");
    }

    private static CaseOutcome Report(CaseContext c)
    {
        var year = c.Found.Year - 1;
        var energy = c.Int(5_000, 90_000);
        return new CaseOutcome(
            Source: Supervision(c, $"当事人未报送{year}年度能源利用状况报告"),
            Facts:
            [
                $"经查，当事人{year}年综合能源消费量约{energy}吨标准煤，属于重点用能单位。当事人未按规定于{year + 1}年3月31日前向本局报送上年度能源利用状况报告。"
                + $"本局于{CaseContext.D(c.Found.AddDays(-c.Int(40, 80)))}责令其限期报送，当事人逾期仍未报送。",
            ],
            Evidence: [Identity(c), "重点用能单位名单，证明当事人属于重点用能单位", "责令限期改正通知书及送达回证", Interview(c, "当事人未报送能源利用状况报告的原因")],
            Violated: $"{EnergyLaw}第五十三条",
            Basis: $"{EnergyLaw}第八十二条",
            Discretion: Discretion(c, 0, "当事人逾期仍未报送"),
            Sanctions: [new("罚款", c.Money(10_000, 50_000, 5_000))],
            Order: "责令当事人限期报送能源利用状况报告");
    }

    private static CaseOutcome Manager(CaseContext c) => new(
        Source: Supervision(c, "当事人未设立能源管理岗位，未聘任能源管理负责人"),
        Facts:
        [
            $"经查，当事人属于重点用能单位。本局于{CaseContext.D(c.Found.AddDays(-c.Int(40, 90)))}发现当事人未设立能源管理岗位、未聘任能源管理负责人并报备案，"
            + "当即责令其改正。至本次监察时，当事人仍未设立能源管理岗位，拒不改正。",
        ],
        Evidence: [Identity(c), "重点用能单位名单", "责令改正通知书及送达回证，证明本局曾责令当事人改正", Interview(c, "当事人能源管理岗位设置情况")],
        Violated: $"{EnergyLaw}第五十五条",
        Basis: $"{EnergyLaw}第八十四条",
        Discretion: Discretion(c, 0, "当事人经责令改正后拒不改正"),
        Sanctions: [new("罚款", c.Money(10_000, 30_000, 5_000))],
        Order: "责令当事人立即设立能源管理岗位，聘任能源管理负责人并报本局备案");

    private static CaseOutcome Rectify(CaseContext c)
    {
        var standard = c.Pick(["《水泥单位产品能源消耗限额》(GB 16780)", "《建筑卫生陶瓷单位产品能源消耗限额》(GB 21252)", "《平板玻璃单位产品能源消耗限额》(GB 21340)"]);
        return new CaseOutcome(
            Source: Supervision(c, "当事人未按整改要求完成节能整改"),
            Facts:
            [
                $"经查，本局在{c.Found.Year - 1}年节能监察中发现当事人单位产品综合能耗超过{standard}的限定值，依法要求当事人开展能源审计并限期整改。"
                + "当事人虽提交了整改方案，但至整改期限届满时，其单位产品综合能耗仍超过限定值，且无正当理由。",
            ],
            Evidence: [Identity(c), "节能监察整改通知书，证明本局的整改要求", "能源审计报告及节能监测报告，证明当事人整改后的能耗水平", Interview(c, "当事人的整改情况")],
            Violated: $"{EnergyLaw}第五十四条",
            Basis: $"{EnergyLaw}第八十三条",
            Discretion: Discretion(c, 0, "当事人整改期限届满后仍未达到要求"),
            Sanctions: [new("罚款", c.Money(100_000, 300_000, 10_000))]);
    }
}
