using Enforcement.Redaction;

namespace Enforcement.Core.Tests.Redaction;

/// <summary>
/// The eighth red team's second round, 25 whole sections as clerks paste them (询问笔录, 听证笔录, 陈述申辩书, chat
/// transcripts, transfer records): a relative's name run on into what the person did, a chat's speakers and mentions, a
/// child's age after the child, a name in quotes after 为, a nickname's real name before a comma, illnesses said with
/// 患 alone. And what it found masked that must not be: a role read as a surname (申请人 as 申某某), 陈述, 由我, and a word
/// swallowed after a one-character given name (刘芳来了).
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
    public void Roles_words_and_what_follows_a_short_name_stay(string text, string kept) =>
        Assert.Contains(kept, Samples.RedactOrg(text));
}
