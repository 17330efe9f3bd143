using Enforcement.Content;
using static Enforcement.Sample.CasePhrases;

namespace Enforcement.Sample;

/// <summary>The kinds of case a 商务局 decides.</summary>
internal static class CommerceCases
{
    private const string PrepaidCard = "《单用途商业预付卡管理办法(试行)》";
    private static readonly PartyKind[] Businesses = [PartyKind.Organization, PartyKind.IndividualBusiness];

    private static readonly Trade CardIssuers = new(["美容美发有限公司", "健身服务有限公司", "洗车服务有限公司", "超市有限公司", "餐饮管理有限公司"],
        ["美发店", "美容店", "洗车店", "健身工作室", "干洗店"]);
    private static readonly Trade BigIssuers = new(["连锁超市有限公司", "百货有限公司", "美容连锁有限公司"], []);
    private static readonly Trade Scrap = new(["再生资源回收有限公司"], ["汽车修理厂", "废旧物资回收站"]);
    private static readonly Trade Franchisors = new(["餐饮管理有限公司", "饮品管理有限公司", "洗衣服务有限公司"], []);

    public static readonly CaseType[] All =
    [
        new("prepaid-filing", Agency.Commerce, "单用途商业预付卡", "发行单用途商业预付卡未按规定办理备案", "未按规定办理单用途商业预付卡备案案",
            Businesses, 6, CardIssuers, PrepaidFiling),
        new("prepaid-limit", Agency.Commerce, "单用途商业预付卡", "超过规定限额发行单用途商业预付卡", "超限额发行单用途商业预付卡案",
            Businesses, 4, CardIssuers, PrepaidLimit),
        new("prepaid-escrow", Agency.Commerce, "单用途商业预付卡", "未按规定实行预收资金存管", "未按规定实行预收资金存管案",
            [PartyKind.Organization], 2, BigIssuers, PrepaidEscrow),
        new("scrap-vehicle", Agency.Commerce, "报废机动车回收", "未取得资质认定擅自从事报废机动车回收活动", "未取得资质认定擅自从事报废机动车回收活动案",
            [PartyKind.NaturalPerson, PartyKind.IndividualBusiness], 5, Scrap, ScrapVehicles),
        new("franchise-filing", Agency.Commerce, "商业特许经营", "特许人未按规定办理商业特许经营备案", "未按规定办理商业特许经营备案案",
            [PartyKind.Organization], 2, Franchisors, FranchiseFiling),
    ];

    private static string Deadline(CaseContext c, out DateOnly ordered)
    {
        ordered = c.Found.AddDays(-c.Int(40, 90));
        return $"{CaseContext.D(ordered)}，本局执法人员在检查中发现当事人存在上述问题，当场下达《责令限期改正通知书》，责令当事人于{CaseContext.D(ordered.AddDays(30))}前改正。";
    }

    private static CaseOutcome PrepaidFiling(CaseContext c)
    {
        var first = c.Found.AddMonths(-c.Int(4, 20));
        var cards = c.Int(30, 600);
        var total = c.Money(15_000, 600_000, 100);
        var order = Deadline(c, out _);
        var complained = c.Chance(50);
        return new CaseOutcome(
            Source: !complained
                ? Inspection(c, "经营场所", "当事人发行单用途商业预付卡但未向商务主管部门备案")
                : Complaint(c, "经营场所", "当事人办理会员充值卡后经营不稳定，担心预付款无法退还", "发现当事人发行单用途商业预付卡但未向商务主管部门备案"),
            Facts:
            [
                $"经查，当事人自{CaseContext.D(first)}开始以“会员充值卡”形式向消费者发行单用途商业预付卡，至检查之日共发卡{cards}张，预收资金余额{ChineseText.Yuan(total)}。"
                + "当事人在开展单用途卡业务之日起30日内未向本局办理备案。",
                order + "期限届满后，当事人仍未办理备案。",
            ],
            Evidence: [Identity(c), OnSite(c), "会员系统导出的发卡及充值记录，证明当事人发卡数量和预收资金余额", "责令限期改正通知书及送达回证，证明本局责令当事人限期改正", Interview(c, "当事人发卡及备案情况")],
            Violated: $"{PrepaidCard}第七条",
            Basis: $"{PrepaidCard}第三十六条",
            Discretion: Discretion(c, 0, $"当事人发卡规模为{cards}张，逾期仍未改正"),
            Sanctions: [new("罚款", c.Money(10_000, 30_000, 1_000))],
            Order: "责令当事人于十五日内办理备案");
    }

    private static CaseOutcome PrepaidLimit(CaseContext c)
    {
        var registered = c.Chance(50);
        var face = registered ? c.Pick([6_000, 8_000, 10_000, 20_000]) : c.Pick([1_500, 2_000, 3_000, 5_000]);
        var count = c.Int(3, 80);
        var order = Deadline(c, out _);
        var buyer = c.Witness();
        return new CaseOutcome(
            Source: Inspection(c, "经营场所", $"当事人发行面值{face}元的{(registered ? "记名" : "不记名")}预付卡"),
            Facts:
            [
                $"经查，当事人发行的单用途商业预付卡中，{(registered ? "记名卡" : "不记名卡")}单张面值为{face}元，超过规定的{(registered ? "5000" : "1000")}元限额，"
                + $"已发行此类卡{count}张。其中，{buyer.Name}（联系电话：{c.Mobile()}）于{CaseContext.D(c.Found.AddDays(-c.Int(30, 300)))}购卡一张。",
                order + "期限届满后，当事人仍在继续发行超过限额的预付卡。",
            ],
            Evidence: [Identity(c), OnSite(c), "预付卡样卡及发卡记录，证明卡面值和发卡数量", Interview(c, "发卡情况"), "责令限期改正通知书及送达回证"],
            Violated: $"{PrepaidCard}第十四条",
            Basis: $"{PrepaidCard}第三十七条",
            Discretion: Discretion(c, 0, "当事人经责令后逾期仍未改正"),
            Sanctions: [new("罚款", c.Money(10_000, 30_000, 1_000))],
            Order: "责令当事人停止发行超过限额的单用途卡");
    }

    private static CaseOutcome PrepaidEscrow(CaseContext c)
    {
        var balance = c.Money(800_000, 9_000_000, 1_000);
        var order = Deadline(c, out _);
        return new CaseOutcome(
            Source: Inspection(c, "经营场所", "当事人作为规模发卡企业未按规定实行预收资金存管"),
            Facts:
            [
                $"经查，当事人为规模发卡企业，截至上一季度末，单用途卡预收资金余额为{ChineseText.Yuan(balance)}。"
                + "当事人未与商业银行签订资金存管协议，未将预收资金的规定比例存入存管账户，也未按季度向本局报送预收资金余额。",
                order + "期限届满后，当事人仍未落实资金存管。",
            ],
            Evidence: [Identity(c), OnSite(c), "财务报表及预付卡业务台账，证明预收资金余额", Interview(c, "资金存管情况"), "责令限期改正通知书及送达回证"],
            Violated: $"{PrepaidCard}第二十条",
            Basis: $"{PrepaidCard}第三十八条",
            Discretion: Discretion(c, 0, $"当事人预收资金余额较大，逾期仍未改正"),
            Sanctions: [new("罚款", c.Money(20_000, 30_000, 5_000))],
            Order: "责令当事人于三十日内落实预收资金存管");
    }

    private static CaseOutcome ScrapVehicles(CaseContext c)
    {
        var vehicles = c.Int(2, 25);
        var price = c.Int(5, 30) * 100;
        var gain = Math.Round(vehicles * price * c.Int(40, 120) / 100m / 100) * 100;
        var yard = c.IsPerson ? $"{c.Area.Name}{c.Pick(c.Area.Towns)}{c.Pick(new[] { "塘背", "枫树", "坪上" })}村旁空地" : c.Place;
        c.Place = yard;
        var payment = c.Chance(60) ? $"拆解后的废钢及零部件出售给外地废品收购商，货款转入当事人名下{c.BankCard()}。" : "拆解后的废钢及零部件以现金方式出售给外地废品收购商。";
        var fine = gain >= 50_000 ? Math.Round(gain * c.Int(2, 3)) : c.Chance(60) ? c.Money(10_000, 40_000, 1_000) : c.Money(50_000, 60_000, 5_000);
        var reduce = fine < 50_000 ? 2 : 0;
        var seller = c.Witness();
        return new CaseOutcome(
            Source: $"{CaseContext.D(c.Found)}，本局会同宜春市公安局交警支队、生态环境局开展报废机动车回收行业联合执法检查，执法人员{c.OfficerPair()}在{yard}发现当事人正在拆解机动车。{Filing(c)}",
            Facts:
            [
                $"经查，当事人未取得报废机动车回收资质认定，自{CaseContext.D(c.Found.AddMonths(-c.Int(2, 10)))}起，以每辆{price}元左右的价格从{seller.Name}等人处收购已达报废标准的机动车共{vehicles}辆，"
                + $"在{yard}进行拆解。{payment}经核算，当事人违法所得{ChineseText.Yuan(gain)}。",
                $"检查时，现场存放待拆解的报废机动车{c.Int(1, 6)}辆及发动机、变速器等“五大总成”{c.Int(2, 20)}件，执法人员依法予以扣押。",
            ],
            Evidence: [Identity(c), OnSite(c), Interview(c, "当事人收购、拆解报废机动车的数量和收入"), $"{seller.Name}的询问笔录，证明其向当事人出售报废机动车", "扣押决定书及财物清单"],
            Violated: "《报废机动车回收管理办法》第五条第一款",
            Basis: "《报废机动车回收管理办法》第二十一条",
            Discretion: Discretion(c, reduce, $"当事人违法所得{ChineseText.Yuan(gain)}，拆解规模较小"),
            Sanctions:
            [
                new("没收非法财物", null, "没收非法回收的报废机动车及“五大总成”等零部件"),
                new("没收违法所得", gain),
                new("罚款", fine),
            ]);
    }

    private static CaseOutcome FranchiseFiling(CaseContext c)
    {
        var stores = c.Int(3, 40);
        var contract = c.Found.AddMonths(-c.Int(3, 24));
        var reduce = c.Int(0, 1);
        return new CaseOutcome(
            Source: Inspection(c, "办公场所", "当事人以特许经营方式发展加盟店但未办理商业特许经营备案"),
            Facts:
            [
                $"经查，当事人拥有“{Brands[c.Int(0, Brands.Length - 1)].Trim('“', '”')}”注册商标和经营模式，自{CaseContext.D(contract)}与第一家被特许人订立特许经营合同起，"
                + $"至检查之日已在宜春市内外发展加盟店{stores}家，收取加盟费、保证金共计{ChineseText.Yuan(c.Money(30_000, 800_000, 1_000))}。"
                + "当事人在首次订立特许经营合同之日起15日内未向商务主管部门备案。",
            ],
            Evidence: [Identity(c), "特许经营合同及加盟费收款凭证，证明当事人从事特许经营活动", Interview(c, "当事人开展特许经营的情况"), "商务部商业特许经营信息管理系统查询记录，证明当事人未备案"],
            Violated: "《商业特许经营管理条例》第八条",
            Basis: "《商业特许经营管理条例》第二十五条",
            Discretion: Discretion(c, reduce, $"当事人已发展加盟店{stores}家"),
            Sanctions: [new("罚款", reduce == 1 ? c.Money(10_000, 20_000, 1_000) : c.Money(20_000, 50_000, 5_000))],
            Order: "责令当事人限期办理备案");
    }
}
