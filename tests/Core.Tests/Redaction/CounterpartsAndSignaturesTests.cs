namespace Enforcement.Core.Tests.Redaction;

/// <summary>
/// What the fourth red team left published: the other side of a deal (与…签订, 向…转账, 出租给…), who ran the business
/// (由…夫妇共同经营), who said so (据…反映), names in an evidence list and under a record, one of the shareholders, and
/// a representative named in prose where the front matter gives none. And the words in the same places that are no
/// one's name (据来电反映, 向华联超市购进, 由公司负责).
/// </summary>
public class CounterpartsAndSignaturesTests
{
    [Theory]
    [InlineData("当事人与蒋文杰签订了《店面转让协议》。", "蒋文杰")]
    [InlineData("当事人将经营许可证出租给喻国强使用，喻国强以当事人名义从事经营活动。", "喻国强")]
    [InlineData("当事人通过微信向蓝婷婷转账3200元。", "蓝婷婷")]
    [InlineData("该店由龙海波、石秀英夫妇共同经营。", "龙海波")]
    [InlineData("该店由龙海波、石秀英夫妇共同经营。", "石秀英")]
    [InlineData("该合同由杜小芳代签。", "杜小芳")]
    [InlineData("经查，涉案食品系由钱志刚负责采购。", "钱志刚")]
    [InlineData("据王秀兰反映，该店长期销售过期食品。", "王秀兰")]
    [InlineData("当事人委托其朋友柳志明代为办理。", "柳志明")]
    [InlineData("当事人的合作方何海峰提供了进货单据。", "何海峰")]
    public void The_other_side_of_a_deal_and_who_ran_or_reported_it_are_masked(string text, string name) =>
        Assert.DoesNotContain(name, Samples.RedactOrg(text));

    [Theory]
    // No representative in the front matter: the name after 法定代表人 is still a natural person's.
    [InlineData("执法人员对当事人的法定代表人刘建华制作了询问笔录。", "刘建华")]
    [InlineData("经查，当事人股东之一欧阳振华于2025年3月从外地购进该批食品。", "欧阳振华")]
    [InlineData("联系人/电话：龙海波/13907951234", "龙海波")]
    [InlineData("联系人及电话：龙海波，13907951234", "龙海波")]
    public void A_representative_a_shareholder_and_a_contact_given_with_a_phone_are_masked(string text, string name) =>
        Assert.DoesNotContain(name, Samples.RedactOrg(text));

    [Theory]
    [InlineData("证据：1.营业执照复印件；2.证人证言（史玉兰）；3.涂晓峰的微信聊天记录截图。", "史玉兰")]
    [InlineData("证据：1.营业执照复印件；2.证人证言（史玉兰）；3.涂晓峰的微信聊天记录截图。", "涂晓峰")]
    [InlineData("证据：询问笔录（刘芳）一份。", "刘芳")]
    [InlineData("本人已阅，以上记录属实。薛美琴", "薛美琴")]
    [InlineData("以上笔录我看过，和我说的一样。  闫红", "闫红")]
    [InlineData("以上笔录我已看过，与我说的一致。\n薛美琴 2025年3月2日", "薛美琴")]
    public void Names_in_an_evidence_list_and_signing_a_record_are_masked(string text, string name) =>
        Assert.DoesNotContain(name, Samples.RedactOrg(text));

    [Theory]
    [InlineData("据来电反映，当事人销售过期食品。")]
    [InlineData("据信访件反映，当事人存在违法行为。")]
    [InlineData("据管理处反映，当事人占道经营。")]
    [InlineData("据施工方反映，当事人未按约定施工。")]
    [InlineData("据商户反映，市场管理方多收费用。")]
    [InlineData("据群众反映，该店销售过期食品。")]
    [InlineData("当事人向消费者销售过期食品。")]
    [InlineData("当事人向华联超市购进该批食品。")]
    [InlineData("当事人向张家港市华联食品有限公司购进。")]
    [InlineData("当事人与甲方签订了合同。")]
    [InlineData("当事人与平台签订了入驻协议。")]
    [InlineData("当事人与周边商户签订了协议。")]
    [InlineData("该项工作由公司负责。")]
    [InlineData("由于当事人未按规定，由本局负责处理。")]
    [InlineData("该店由当事人夫妇共同经营。")]
    [InlineData("执法人员张静与李明对当事人进行了检查。")]
    [InlineData("以上记录属实。特此证明")]
    [InlineData("3.平台的交易记录；4.当事人的转账记录。")]
    public void Words_in_the_same_places_that_are_no_ones_name_stay(string text) =>
        Assert.Equal(text, Samples.RedactOrg(text));
}
