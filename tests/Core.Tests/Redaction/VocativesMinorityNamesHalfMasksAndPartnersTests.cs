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
}
