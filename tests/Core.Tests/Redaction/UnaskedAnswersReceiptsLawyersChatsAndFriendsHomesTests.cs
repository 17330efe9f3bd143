using Enforcement.Content;
using Enforcement.Redaction;

namespace Enforcement.Core.Tests.Redaction;

/// <summary>
/// The seventeenth red team's (325 passages that name a person and 180 that must stay, 2026-12-07): an answer quoted with
/// no question before it (答：有刘海波和陈小芳。), more of a 询问笔录's answers (是刘海波让我卖的, 钱都转给刘海波了), a
/// receipt or an IOU (今欠刘海波货款), a lawyer by his firm, who paid the fine, who refused a document or had it left at
/// home, with whom the party chatted (and the given name alone in the chat), whom a contract of work or a marriage binds,
/// a name in brackets or quotes after a role, a worker by a dotted name, whom the party set to work, sold to or let go,
/// whose report the case came from, a sentence that opens with a person and what befell him, and a friend's home that is
/// a village of three characters (住在朋友家（湖田村）). Beside each, what looks the same and stays.
/// </summary>
public class UnaskedAnswersReceiptsLawyersChatsAndFriendsHomesTests
{
    [Theory]
    // An answer quoted alone, as an excerpt of a 询问笔录 gives it.
    [InlineData("答：有刘海波和陈小芳。", "刘海波", "陈小芳")]
    // More answers: who had the goods sold, brought or ran; whom the money went to; a partner; whose receipt.
    [InlineData("问：货是哪里来的？答：是刘海波让我卖的。", "刘海波", null)]
    [InlineData("答：货是刘海波拉过来的，我不清楚。", "刘海波", null)]
    [InlineData("答：我不认识，是刘海波介绍的。", "刘海波", null)]
    [InlineData("答：平时是刘海波在管。", "刘海波", null)]
    [InlineData("答：钱都转给刘海波了。", "刘海波", null)]
    [InlineData("答：我和刘海波是合伙的。", "刘海波", null)]
    [InlineData("答：有张国华开的发票。", "张国华", null)]
    // Receipts and IOUs, handwritten.
    [InlineData("欠条：今欠刘海波货款叁仟元整。", "刘海波", null)]
    [InlineData("收条：今收到刘海波交来押金5000元。", "刘海波", null)]
    [InlineData("购货凭证（手写）：今购刘海波猪肉50斤，单价15元。", "刘海波", null)]
    [InlineData("进货单上“收货人”一栏签名为刘海波。", "刘海波", null)]
    // Agents, lawyers, who paid the fine for the party, who witnessed.
    [InlineData("当事人委托钟国华为其代理人，代理权限为一般代理。", "钟国华", null)]
    [InlineData("当事人于2025年3月5日委托刘海波缴纳了罚款。", "刘海波", null)]
    [InlineData("罚款由刘海波代缴。", "刘海波", null)]
    [InlineData("当事人委托江西正大律师事务所钟国华律师提出陈述申辩。", "钟国华", null)]
    [InlineData("当事人拒绝签字，由在场的刘海波见证。", "刘海波", null)]
    [InlineData("其监护人刘海波陪同刘小军接受询问。", "刘小军", null)]
    // Service of the decision.
    [InlineData("文书送达时，刘海波拒绝签收，执法人员采用留置送达。", "刘海波", null)]
    [InlineData("执法人员于3月5日将该文书留置于刘海波住处。", "刘海波", null)]
    // Money sent, a house rented, a contract of work, kin and family.
    [InlineData("微信转账记录显示，钟国华于2025年3月1日向当事人转账2000元。", "钟国华", null)]
    [InlineData("转账人：钟国华 转账金额：3000.00元 转账时间：2025-03-01", "钟国华", null)]
    [InlineData("当事人租用钟国华位于袁州区湖田村的房屋作为仓库。", "钟国华", null)]
    [InlineData("劳动合同显示，当事人与钟国华于2024年1月签订劳动合同。", "钟国华", null)]
    [InlineData("当事人系钟国华之妻。", "钟国华", null)]
    [InlineData("当事人已与刘海波家属达成和解。", "刘海波", null)]
    [InlineData("刘海波的妻子在当事人店内购买了该产品。", "刘海波", null)]
    // A name in brackets or quotes after its role, after a nickname, after a role before what only a person does.
    [InlineData("举报人（邹建军）提供了购物小票及照片。", "邹建军", null)]
    [InlineData("当事人丈夫（刘海波）在场。", "刘海波", null)]
    [InlineData("证人“刘海波”称其并不知情。", "刘海波", null)]
    [InlineData("外号“钟胖子”的钟国华负责进货。", "钟国华", null)]
    [InlineData("经询问当事人员工刘海波得知，该批货物于3月1日入库。", "刘海波", null)]
    [InlineData("经与消费者刘海波协商，当事人退还货款并赔偿1000元。", "刘海波", null)]
    [InlineData("挂靠人刘海波以当事人名义承揽工程。", "刘海波", null)]
    [InlineData("网红刘海波（抖音号：lhb888）为当事人带货。", "刘海波", null)]
    [InlineData("代言人刘海波在广告中称该产品可以治病。", "刘海波", null)]
    [InlineData("验收人：刘海波", "刘海波", null)]
    [InlineData("记账人刘海波", "刘海波", null)]
    // With whom the party chatted, and the given name alone in the chat.
    [InlineData("当事人与陈小芳的微信聊天记录显示：“小芳，货到了吗”“到了”。", "陈小芳", "小芳")]
    [InlineData("当事人和陈小芳的聊天记录中，当事人称“小芳，明天再送一箱”。", "陈小芳", "小芳")]
    [InlineData("微信聊天记录（当事人与刘海波）显示其知道产品已过期。", "刘海波", null)]
    // A worker by a dotted name.
    [InlineData("当事人雇佣阿卜杜·热合曼从事烤肉串加工。", "热合曼", "阿卜杜")]
    // Whom the party set to work, let go, failed to insure, sold to, bought from or went through; who rented or bought.
    [InlineData("当事人安排刘海波从事电焊作业。", "刘海波", null)]
    [InlineData("当事人指派刘海波驾驶该车辆。", "刘海波", null)]
    [InlineData("当事人让刘海波把货送到仓库。", "刘海波", null)]
    [InlineData("当事人叫刘海波帮忙看店。", "刘海波", null)]
    [InlineData("当事人辞退了刘海波。", "刘海波", null)]
    [InlineData("当事人未给刘海波缴纳社保。", "刘海波", null)]
    [InlineData("当事人向刘海波出售了一台二手电动车。", "刘海波", null)]
    [InlineData("当事人从刘海波手中购得上述产品。", "刘海波", null)]
    [InlineData("当事人通过刘海波联系到了买家。", "刘海波", null)]
    [InlineData("经查，该摊位由刘海波承租。", "刘海波", null)]
    [InlineData("上述产品系刘海波购买。", "刘海波", null)]
    [InlineData("外卖订单显示下单人为刘海波。", "刘海波", null)]
    // Where the case came from.
    [InlineData("本案系刘海波举报。", "刘海波", null)]
    [InlineData("本案由刘海波投诉引发。", "刘海波", null)]
    [InlineData("本案线索来源于刘海波的举报。", "刘海波", null)]
    [InlineData("该投诉由刘海波提出。", "刘海波", null)]
    // A sentence that opens with the person, then what befell him or how he stands.
    [InlineData("刘海波于事发当日死亡。", "刘海波", null)]
    [InlineData("刘海波经抢救无效死亡。", "刘海波", null)]
    [InlineData("刘海波被送往医院救治。", "刘海波", null)]
    [InlineData("刘海波被狗咬伤。", "刘海波", null)]
    [InlineData("刘海波食用后出现腹痛。", "刘海波", null)]
    [InlineData("刘海波使用该产品后皮肤过敏。", "刘海波", null)]
    [InlineData("刘海波系该车驾驶员。", "刘海波", null)]
    [InlineData("刘海波系湖田村村民。", "刘海波", null)]
    [InlineData("刘海波未取得健康证明。", "刘海波", null)]
    [InlineData("刘海波无证驾驶。", "刘海波", null)]
    [InlineData("刘海波所持健康证明已过期。", "刘海波", null)]
    [InlineData("刘海波向我局提供了购物小票。", "刘海波", null)]
    [InlineData("刘海波与当事人系朋友关系。", "刘海波", null)]
    public void Names_in_answers_receipts_services_chats_and_after_roles_are_masked(string text, string first, string? second)
    {
        var published = Samples.RedactOrg(text);
        Assert.DoesNotContain(first, published);
        if (second is not null) Assert.DoesNotContain(second, published);
    }

    [Fact]
    public void A_former_spouse_the_party_divorced_is_masked() =>
        Assert.DoesNotContain("刘海波", Samples.RedactPerson("王小明与刘海波于2020年离婚，育有一女。"));

    [Theory]
    [InlineData("问：你现在住哪里？答：住在朋友家（湖田村）。", "湖田村")]
    [InlineData("据当事人陈述，其现暂住在朋友家（湖田村）。", "湖田村")]
    [InlineData("当事人称其一直住在亲戚家（城南村），没有固定住所。", "城南村")]
    public void A_friends_or_relatives_home_that_is_a_village_of_three_characters_is_masked(string text, string village)
    {
        var published = Samples.RedactOrg(text);
        Assert.DoesNotContain(village, published);
        Assert.Contains("家（【住址已隐去】）", published);
    }

    [Theory]
    [InlineData("答：有白砂糖和食用盐。")]
    [InlineData("答：有金龙鱼和胡姬花。")]
    [InlineData("答：有老干妈和火腿肠。")]
    [InlineData("答：有华联超市和永辉超市两家。")]
    [InlineData("答：有供货商开的发票。")]
    [InlineData("答：是供货商让我卖的。")]
    [InlineData("答：钱都转给供货商了。")]
    [InlineData("答：我和家里人一起开的店。")]
    [InlineData("今收到宜春市嘉禾食品有限公司货款伍仟元整。")]
    [InlineData("今购进白砂糖50斤。")]
    [InlineData("进货单上以供货商签名为准。")]
    [InlineData("当事人委托第三方为其提供仓储服务。")]
    [InlineData("江西正大律师事务所主任律师出具了意见。")]
    [InlineData("江西正大律师事务所执业律师参加了听证。")]
    [InlineData("在场的执法人员见证了全过程。")]
    [InlineData("当事人拒绝签收，执法人员采用留置送达。")]
    [InlineData("执法人员将文书留置于当事人住所。")]
    [InlineData("经查，消费者于2025年3月1日向当事人转账2000元。")]
    [InlineData("当事人租用村委会位于湖田村的房屋。")]
    [InlineData("当事人系宜春市嘉禾集团之子公司。")]
    [InlineData("当事人与江西建工于2024年签订劳务合同。")]
    [InlineData("当事人与员工家属达成和解协议。")]
    [InlineData("举报人（匿名）称当事人销售假酒。")]
    [InlineData("投诉人（消费者）提供了购物小票。")]
    [InlineData("消费者的妻子在店内购买了该产品。")]
    [InlineData("当事人员工得知后报告了店长。")]
    [InlineData("挂靠人以当事人名义承揽工程。")]
    [InlineData("当事人与供货商的微信聊天记录显示，货款已结清。")]
    [InlineData("当事人与华润万家的聊天记录显示其知道产品过期。")]
    [InlineData("当事人将货物暂存在朋友家（华联超市仓库）。")]
    [InlineData("执法人员钟国华（执法证号：36090123001）、刘海波（执法证号：36090123002）出示了执法证件。")]
    [InlineData("经查，该产品系当事人购买。")]
    [InlineData("该仓库由当事人承租。")]
    [InlineData("当事人向消费者出售过期食品。")]
    [InlineData("当事人向老年人出售保健品。")]
    [InlineData("当事人向未成年人出售烟草制品。")]
    [InlineData("当事人从供货商手中购得上述产品。")]
    [InlineData("当事人通过中间人介绍认识了买家。")]
    [InlineData("当事人通过微信群联系买家。")]
    [InlineData("本案由消费者投诉引发。")]
    [InlineData("本案线索来源于市民的举报。")]
    [InlineData("当事人辞退了该员工。")]
    [InlineData("当事人安排临时工从事电焊作业。")]
    [InlineData("伤者被送往医院救治。受伤者被送往医院。")]
    [InlineData("驾驶员无证驾驶。")]
    [InlineData("从业者未取得健康证明。")]
    [InlineData("其丈夫与当事人系夫妻关系。")]
    [InlineData("消费者向我局投诉。供货商向我局提供了进货单。")]
    [InlineData("该人员系湖田村村民。")]
    [InlineData("顾客食用后出现腹痛。")]
    [InlineData("当事人让顾客帮忙看店。")]
    [InlineData("宜春市嘉禾食品有限公司与当事人系合作关系。")]
    public void What_looks_like_those_shapes_stays(string text) => Assert.Equal(text, Samples.RedactOrg(text));

    // Each worker's health certificate in a list.
    [Theory]
    [InlineData("从业人员健康证明情况：刘海波（过期）、陈小芳（无）。")]
    [InlineData("从业人员健康证持有情况：刘海波（有效期至2024年12月）、陈小芳（未办理）")]
    public void Names_in_a_list_of_health_certificates_are_masked(string text)
    {
        var published = Samples.RedactOrg(text);
        Assert.DoesNotContain("刘海波", published);
        Assert.DoesNotContain("陈小芳", published);
    }

    [Theory]
    [InlineData("健康证明情况：均已过期（见附件）。")]
    [InlineData("健康证明办理情况：厨师（无）、帮厨（过期）。")]
    public void A_list_of_health_certificates_by_role_stays(string text) => Assert.Equal(text, Samples.RedactOrg(text));

    // A brand of three characters that opens with a surname, where the decision also writes it as a brand or a business.
    [Theory]
    [InlineData("当事人销售的首饰标注“周大福”商标。本案系周大福投诉。")]
    [InlineData("当事人系杨国福加盟店。杨国福未取得健康证明的员工3名。")]
    [InlineData("问：店里卖哪些牌子？答：有周大福和周生生。均为周大福品牌和周生生品牌的仿冒品。")]
    [InlineData("该铺面由周大福承租，周大福公司已搬离。")]
    public void A_brand_the_decision_names_as_one_stays(string text) => Assert.Equal(text, Samples.RedactOrg(text));

    // The leak gate reads a decision's page with the same readers: a page published with these shapes whole fails the build,
    // and with them masked it passes.
    [Theory]
    [InlineData("<p>本案系刘海波举报。</p>", MaskKinds.OtherPersonName)]
    [InlineData("<p>答：有刘海波和陈小芳。</p>", MaskKinds.OtherPersonName)]
    [InlineData("<p>当事人与陈小芳的微信聊天记录显示其知道产品已过期。</p>", MaskKinds.OtherPersonName)]
    [InlineData("<p>其现暂住在朋友家（湖田村）。</p>", MaskKinds.Address)]
    public void The_leak_gate_catches_the_shapes_on_a_decisions_page(string html, string kind) =>
        Assert.Contains(Gate(html), l => l.Kind == kind);

    [Theory]
    [InlineData("<p>本案系刘某某举报。</p>")]
    [InlineData("<p>答：有刘某某和陈某某。</p>")]
    [InlineData("<p>其现暂住在朋友家（【住址已隐去】）。</p>")]
    public void The_leak_gate_passes_them_masked(string html) => Assert.Empty(Gate(html));

    private static IReadOnlyList<Leak> Gate(string html) =>
        LeakGate.Scan([new PublishedText("site/decisions/2025/food-12/index.html", html)], [Samples.Organisation()], Samples.Site());
}
