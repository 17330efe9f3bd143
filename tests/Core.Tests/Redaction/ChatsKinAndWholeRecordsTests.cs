using Enforcement.Redaction;

namespace Enforcement.Core.Tests.Redaction;

/// <summary>
/// The eighth red team's second round, 25 whole sections as clerks paste them (询问笔录, 听证笔录, 陈述申辩书, chat
/// transcripts, transfer records): a relative's name run on into what the person did, a chat's speakers and mentions, a
/// child's age after the child, a name in quotes after 为, a nickname's real name before a comma, illnesses said with
/// 患 alone, an account column in a transfer record, a home after a clause wrapped at its comma or after a name staff
/// masked, and a notice's addressee on its own line. And what it and the over-mask round found masked that must not be:
/// a role read as a surname (申请人 as 申某某), 陈述, 由我, a word swallowed after a one-character given name (刘芳来了), and
/// a shop named after its owner straight after a role (供货商刘德华经营部).
/// </summary>
public class ChatsKinAndWholeRecordsTests
{
    [Theory]
    [InlineData("答：我妻子林春燕知道。", "林春燕")]
    [InlineData("我父亲王德顺八十多岁。", "王德顺")]
    [InlineData("其中向表哥张国富借了5万。", "张国富")]
    [InlineData("从我侄子雷建军那里拿的。", "雷建军")]
    [InlineData("我舅舅应长生家杀的猪。", "应长生")]
    [InlineData("答：我丈母娘李秀英，住在店后面。", "李秀英")]
    [InlineData("转账凭证显示收款人为“吴建平”。", "吴建平")]
    [InlineData("见证人：网管小张（张志伟，17岁）", "张志伟")]
    [InlineData("锅炉司炉工孙涛无证操作。", "孙涛")]
    [InlineData("员工王芳食品安全培训合格。", "王芳")]
    public void A_relatives_or_a_named_persons_name_is_masked_whatever_follows_it(string text, string name) =>
        Assert.DoesNotContain(name, Samples.RedactOrg(text));

    [Fact]
    public void A_chats_speakers_and_mentions_are_masked()
    {
        var published = Samples.RedactOrg("""
            微信聊天记录显示：
            张大伟：钱打你卡上了
            当事人：收到
            2024-03-05 10:40 林小峰：转你定金2000了
            @陈志强 工商的人来过没有
            """);
        foreach (var name in (string[])["张大伟", "林小峰", "陈志强"]) Assert.DoesNotContain(name, published);
        Assert.Contains("当事人：收到", published);
    }

    [Theory]
    [InlineData("银行转账记录：\n\n| 对方户名 | 对方账号 | 交易金额 |\n| --- | --- | --- |\n| 吴小芳 | 6217856000012345678 | 3,000.00 |\n", "6217856000012345678")]
    [InlineData("受托人：潘玉梅，女，\n住文成县大峃镇建设路156号，电话：13606687788\n", "建设路156号")]
    [InlineData("物品保管人：陈某某，住永兴街道下垟村西巷5号", "西巷5号")]
    [InlineData("陈国庆：\n你于2024年3月5日在瑞安市销售过期食品。", "陈国庆")]
    [InlineData("陈国庆（个体工商户：瑞安市陈记小吃店经营者）：\n本局于2024年3月5日对你店进行检查。", "陈国庆")]
    public void An_account_column_a_home_after_a_wrapped_clause_and_a_notices_addressee_are_masked(string text, string secret) =>
        Assert.DoesNotContain(secret, Samples.RedactOrg(text));

    [Theory]
    [InlineData("小儿子王浩宇9岁。", "9岁")]
    [InlineData("儿子雷晨8岁，在读小学。", "8岁")]
    [InlineData("家里两个孩子，大的12岁小的7岁。", "12岁")]
    [InlineData("妻子林春燕常年患类风湿关节炎。", "风湿")]
    [InlineData("去年中风了，现在瘫在床上。", "瘫在床")]
    public void A_childs_age_and_an_illness_said_plainly_are_masked(string text, string secret) =>
        Assert.DoesNotContain(secret, Samples.RedactOrg(text));

    [Theory]
    [InlineData("旁听人员：申请人邻居季海燕\n申请人：王五\n", "申请人邻居")]
    [InlineData("申请人陈述：本人有病，请求从轻处罚。", "申请人陈述：")]
    [InlineData("留下两个小孩由我一人抚养。", "由我一人抚养")]
    [InlineData("问：谁来了？答：你媳妇刘芳来了。", "来了。")]
    [InlineData("经查，当事人通过微信销售上述产品。\n经查：当事人销售过期食品。\n依据：《食品安全法》第一百二十四条。\n", "依据：《食品安全法》")]
    [InlineData("该产品宣称可治疗糖尿病、高血压。", "治疗糖尿病、高血压")]
    [InlineData("本店适用3岁以上儿童。", "3岁以上儿童")]
    [InlineData("供货商刘德华经营部提供了发票。", "刘德华经营部")]
    [InlineData("上游供应商张建军五金店提供了送货单。", "张建军五金店")]
    [InlineData("顾客刘德华食品商行的店员证实。", "刘德华食品商行")]
    [InlineData("| 对方户名 | 对方账号 | 交易金额 |\n| --- | --- | --- |\n| 吴小芳 | 无 | 3,000.00 |\n", "| 无 | 3,000.00 |")]
    [InlineData("申请人：宜春市华联商贸有限公司，地址：宜春市袁州区宜阳大道88号。", "宜阳大道88号")]
    [InlineData("处罚依据：\n经查，当事人的行为违反了《食品安全法》。", "处罚依据：")]
    public void Roles_words_and_what_follows_a_short_name_stay(string text, string kept) =>
        Assert.Contains(kept, Samples.RedactOrg(text));
}
