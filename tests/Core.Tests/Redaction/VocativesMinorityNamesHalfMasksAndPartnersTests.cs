namespace Enforcement.Core.Tests.Redaction;

/// <summary>
/// The nineteenth red team's (2026-12-07): a given name addressing someone in a quoted chat (“建国！…”, “建国你…”, “谢谢建国。”),
/// minority names written without the dot (证人：阿依古丽 was published as 阿某某丽; 买买提艾力, 扎西多吉, 吉克阿依, 热依拉), a
/// name staff half-masked (死者熊某华), a second person named beside a natural-person party (张三、王五共同经营, 当事人王小明和刘海燕
/// 均称…), and prose with no role (聘用刘海波担任厨师, 上述白酒由刘海波提供, 刘海波身份证号码为…, 刘海波通过微信向当事人转账, 在刘海波家
/// 查获, 3. 刘海波证言一份, 学徒工刘海燕). Each row gives the passage, what must go, and a passage that looks the same and stays as written.
/// </summary>
public class VocativesMinorityNamesHalfMasksAndPartnersTests
{
    [Theory]
    // A given name addressed in a chat, after the full name was found elsewhere in the decision; the look-alike names the same
    // person and uses the given name's characters as a word, which stays.
    [InlineData("员工刘建国负责搬运。聊天记录：「建国！快把货搬走」", "建国", "员工刘建国负责搬运。为庆祝建国七十周年举办促销。", "建国七十周年")]
    [InlineData("员工刘建国负责搬运。聊天记录：“建国啊，你把货搬走”", "建国", "员工刘建国负责搬运。新中国建国以来。", "建国以来")]
    [InlineData("员工刘建国负责搬运。聊天记录：“建国？货呢”", "建国", "员工刘建国负责搬运。新中国建国后。", "建国后")]
    [InlineData("员工刘建国负责搬运。聊天记录：“建国哥，货到了”", "建国", "员工刘建国负责搬运。建国路88号。", "建国路88号")]
    [InlineData("员工李春花负责销售。当事人：“春花你先把过期的下架。”", "春花", "员工李春花负责销售。当事人销售的春花牌饼干。", "春花牌饼干")]
    [InlineData("员工刘建国负责搬运。当事人回复：“好的建国”", "建国", "员工刘建国负责搬运。当事人回复：“好的建国门店”", "建国门店")]
    [InlineData("员工刘建国负责搬运。当事人回复：“谢谢建国。”", "建国", "员工刘建国负责搬运。当事人回复：“谢谢。”", "谢谢。")]
    public void A_given_name_addressed_in_a_chat_is_masked(string text, string secret, string lookalike, string stays)
    {
        Assert.DoesNotContain(secret, Samples.RedactOrg(text));
        Assert.Contains(stays, Samples.RedactOrg(lookalike));
    }

    [Theory]
    // Minority names without the dot, read whole from their syllables after a role.
    [InlineData("证人：阿依古丽", "丽", "证人：阿某某")]
    [InlineData("员工阿依古丽称其在店内工作。", "古丽", "经营者：新疆古丽餐饮有限公司")]
    [InlineData("证人：买买提艾力", "买买提艾力", "当事人销售的“新疆大盘鸡”（维吾尔族风味）。")]
    [InlineData("当事人雇佣的员工买买提艾力未取得健康证明。", "买买提艾力", "员工多次未佩戴口罩。")]
    [InlineData("雇工扎西多吉称其不知道该批货物已过期。", "扎西多吉", "雇工人数为五人。")]
    [InlineData("证人扎西多吉证实当事人销售了该批货物。", "扎西多吉", "证人证言证实了上述事实。")]
    [InlineData("雇工巴特尔称其负责进货。", "巴特尔", "雇工工资未按时发放。")]
    [InlineData("员工吉克阿依称其在店内工作。", "吉克阿依", "员工才让顾客离开。")]
    [InlineData("投诉人热依拉称。", "热依拉", "投诉人称。")]
    [InlineData("投诉人：迪丽努尔", "迪丽努尔", "投诉人：宜春市嘉禾食品有限公司")]
    [InlineData("消费者帕提古丽向本局投诉。", "帕提古丽", "消费者通过阿里巴巴平台购买。")]
    [InlineData("员工次仁卓玛称其在店内工作。", "次仁卓玛", "员工多吉利未到岗。")]
    [InlineData("消费者其其格投诉称。", "其其格", "消费者其他诉求。")]
    // A name staff half-masked: the given name's character goes.
    [InlineData("死者熊某华系当事人员工。", "熊某华", "王某称其不知情。王某系员工。王某甲与王某乙。王某某证实。")]
    [InlineData("员工刘某强未取得健康证明。", "刘某强", "当事人从袁州区某某食品店进货，在张某家中存放，从王某处购进白酒。")]
    [InlineData("刘某强称其不知情。", "刘某强", "李某等人在场。刘某夫妇经营。证人王某一、王某二。")]
    [InlineData("证人欧阳某华证实。", "欧阳某华", "当事人销售的某品牌白酒；宜春市某华公司。")]
    // Prose with no role: whom the party took on, who supplied or ran it, whose ID, who paid, at whose home.
    [InlineData("当事人聘用刘海波担任厨师。", "刘海波", "当事人聘用厨师负责后厨。")]
    [InlineData("当事人雇佣刘海波从事销售工作。", "刘海波", "当事人雇佣童工从事生产。")]
    [InlineData("上述白酒由刘海波提供。", "刘海波", "上述白酒由供货商提供。")]
    [InlineData("该店由刘海波实际经营。", "刘海波", "该店由当事人实际经营。")]
    [InlineData("刘海波身份证号码为360902198503121234。", "刘海波", "身份证号码为空。")]
    [InlineData("刘海波通过微信向当事人转账2000元。", "刘海波", "消费者通过微信向当事人转账2000元。")]
    [InlineData("在刘海波家查获过期食品。", "刘海波", "在仓库查获过期食品。")]
    [InlineData("当事人将货物存放于袁州区湖田村刘海波家。", "刘海波", "当事人将货物存放于袁州区湖田村委会仓库。")]
    [InlineData("当事人将货物存放在袁州区秀江路88号刘海波家中。", "秀江路88号", "当事人将货物存放在袁州区秀江路88号仓库中。")]
    [InlineData("刘海波是该店的店长。", "刘海波", "当事人是该店的经营者。")]
    [InlineData("刘海波作为该店的负责人，未履行进货查验义务。", "刘海波", "当事人作为该店的负责人，未履行进货查验义务。")]
    // An evidence list's items: a witness's statement after its number, a party's or a witness's words.
    [InlineData("证人证言：刘海波、陈小芳", "陈小芳", "证人证言：证明当事人销售了过期食品")]
    [InlineData("3. 刘海波证言一份", "刘海波", "3. 证人证言一份")]
    [InlineData("（三）刘海波的陈述", "刘海波", "（三）当事人的陈述")]
    // More trades and guests named in prose.
    [InlineData("学徒工刘海燕未取得健康证明。", "刘海燕", "学徒工未取得健康证明。")]
    [InlineData("推销员刘海燕称该产品能治病。", "刘海燕", "推销员称该产品能治病。")]
    [InlineData("兼职人员刘海燕负责送货。", "刘海燕", "兼职人员负责送货。")]
    [InlineData("实习生刘海燕在店内工作。", "刘海燕", "实习生在店内工作。")]
    [InlineData("就餐人员刘海燕出现腹泻症状。", "刘海燕", "就餐人员出现腹泻症状。")]
    [InlineData("食用者刘海燕出现呕吐症状。", "刘海燕", "食用者出现呕吐症状。")]
    [InlineData("化验员刘海燕未取得资格。", "刘海燕", "化验员未取得资格。")]
    [InlineData("制表人：刘海燕", "刘海燕", "制表人：宜春市嘉禾食品有限公司")]
    [InlineData("网友刘海燕在微博发帖。", "刘海燕", "网友在微博发帖。")]
    public void Names_in_these_shapes_are_masked_and_their_lookalikes_stay(string text, string secret, string lookalike)
    {
        Assert.DoesNotContain(secret, Samples.RedactOrg(text));
        Assert.Equal(lookalike, Samples.RedactOrg(lookalike));
    }

    [Theory]
    // A second person named beside a natural-person party, before or after the party's name.
    [InlineData("张三", "张三、王五共同经营该店。", "王五", "张三与宜春市嘉禾食品有限公司签订合同。")]
    [InlineData("王小明", "当事人王小明、钟国华二人共同经营该店。", "钟国华", "王小明与湖田村委会签订协议。")]
    [InlineData("王小明", "当事人王小明和刘海燕系夫妻关系。", "刘海燕", "王小明和黄金首饰店签订协议。")]
    [InlineData("王小明", "王小明、刘海燕夫妻二人经营该店。", "刘海燕", "王小明与消费者签订协议。")]
    [InlineData("王小明", "当事人王小明与钟国华一起在店内销售。", "钟国华", "王小明与执法人员共同清点。")]
    [InlineData("王小明", "王小明和刘海燕均称不知情。", "刘海燕", "王小明同时销售。")]
    [InlineData("王小明", "王小明、刘海燕、周建华三人合伙经营。", "周建华", "王小明与华联超市签订。")]
    [InlineData("王小明", "刘海燕与王小明系夫妻。", "刘海燕", "王小明和平安保险公司签订。")]
    public void A_second_person_beside_a_natural_person_party_is_masked(string party, string text, string secret, string lookalike)
    {
        Assert.DoesNotContain(secret, Samples.RedactPerson(text, party));
        Assert.DoesNotContain(party, Samples.RedactPerson(lookalike, party));
        Assert.Equal(lookalike.Replace(party, PartyNamesOf(party)), Samples.RedactPerson(lookalike, party));
    }

    private static string PartyNamesOf(string name) => Enforcement.Redaction.PartyNames.Masked(name);
}
