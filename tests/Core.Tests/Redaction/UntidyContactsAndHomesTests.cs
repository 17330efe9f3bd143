using Enforcement.Redaction;

namespace Enforcement.Core.Tests.Redaction;

/// <summary>
/// What the red teams left published: a mobile written with a digit missing, a number in 大写 digits, an e-mail with
/// its @ spelt 艾特, a four-character name (夫姓 before her own), whom goods went to after where they live, whom the
/// party hired, and a home given as where things were found; and the wording beside them that must stay.
/// </summary>
public class UntidyContactsAndHomesTests
{
    [Theory]
    [InlineData("当事人王小明，手机：139 0795 123，经查。", "当事人王某某，手机：【电话已隐去】，经查。")]
    [InlineData("联系电话：壹叁玖零柒玖伍壹贰叁肆，经查。", "联系电话：【电话已隐去】，经查。")]
    [InlineData("当事人邮箱：wangxm艾特163.com，经查。", "当事人邮箱：【邮箱已隐去】，经查。")]
    public void A_contact_written_untidily_is_still_masked(string text, string expected) =>
        Assert.Equal(expected, Samples.RedactPerson(text));

    [Theory]
    [InlineData("证人：张王秀英，女，系当事人邻居。", "张王秀英")]
    [InlineData("当事人将过期食品卖给邻村的刘建国，获利20元。", "刘建国")]
    [InlineData("当事人雇佣的李春生当时也在店内。", "李春生")]
    public void A_person_named_after_a_form_of_words_is_masked(string text, string name)
    {
        var redacted = Samples.RedactOrg(text);
        Assert.DoesNotContain(name, redacted);
        Assert.DoesNotContain(name[1..], redacted);
    }

    [Theory]
    [InlineData("执法人员在其居住的袁州区秀江东路88号锦绣小区3栋2单元301室查获过期食品。", "执法人员在其居住的【住址已隐去】查获过期食品。")]
    [InlineData("执法人员在宜春市袁州区锦绣小区3栋301室其家中查获。", "执法人员在【住址已隐去】其家中查获。")]
    public void A_home_given_as_the_scene_is_masked_and_what_was_found_there_stays(string text, string expected) =>
        Assert.Equal(expected, Samples.RedactOrg(text));

    // Whoever complains is a person as a rule; the business complained of (被投诉人) and the party keep their addresses.
    [Theory]
    [InlineData("投诉人万小燕，住袁州区湖田乡下浦村12组，反映当事人销售过期食品。", "投诉人万某某，住【住址已隐去】，反映当事人销售过期食品。")]
    [InlineData("投诉人钟某的联系地址为宜春市袁州区秀江东路88号3栋2单元501室。", "投诉人钟某的联系地址为【住址已隐去】。")]
    [InlineData("投诉人：钟某\n联系电话：13807951234\n联系地址：宜春市袁州区秀江东路88号3栋2单元501室\n被投诉人：宜春市万家福超市有限公司",
        "投诉人：钟某\n联系电话：【电话已隐去】\n联系地址：【住址已隐去】\n被投诉人：宜春市万家福超市有限公司")]
    [InlineData("| 举报人 | 匿名 |\n| 联系地址 | 宜春市袁州区湖田乡下浦村12组 |", "| 举报人 | 匿名 |\n| 联系地址 | 【住址已隐去】 |")]
    [InlineData("投诉人：钟某\n被投诉人：宜春市万家福超市有限公司\n联系地址：宜春市袁州区秀江东路88号", null)]
    [InlineData("被投诉人宜春市万家福超市有限公司，住所：宜春市袁州区秀江东路88号。", null)]
    public void A_complainants_home_is_masked_and_the_business_complained_of_keeps_its_address(string text, string? expected) =>
        Assert.Equal(expected ?? text, Samples.RedactOrg(text));

    [Theory]
    [InlineData("罚款人民币壹万贰仟叁佰肆拾伍元整，没收违法所得伍佰陆拾柒元。")]
    [InlineData("罚款金额（大写）：壹拾贰万伍仟元整（小写：125000元）。")]
    [InlineData("检疫证明经官方兽医签字后出具。")]
    [InlineData("当事人雇佣的童工已被清退，聘用的包装工未戴口罩，雇佣的钟点工负责保洁。")]
    [InlineData("当事人聘请的专家出具意见，聘用的管理人员无资质。")]
    [InlineData("当事人将货物卖给附近的超市。")]
    [InlineData("在该小区居住的居民反映3号楼下有油烟。")]
    [InlineData("联系电话：0795-3261234转802。举报电话：12315。")]
    public void Amounts_words_and_places_beside_those_shapes_stay(string text)
    {
        var redacted = Samples.RedactOrg(text);
        Assert.Equal(text.Replace("0795-3261234转802", "【电话已隐去】"), redacted);
    }

    [Theory]
    [InlineData("<p>联系电话：壹叁玖零柒玖伍壹贰叁肆</p>", MaskKinds.Mobile)]
    [InlineData("<p>邮箱：wangxm艾特163.com</p>", MaskKinds.Email)]
    [InlineData("<p>在其居住的袁州区锦绣小区3栋2单元301室查获</p>", MaskKinds.Address)]
    [InlineData("<p>投诉人：钟某<br>联系地址：宜春市袁州区秀江东路88号3栋2单元501室</p>", MaskKinds.Address)]
    public void The_gate_fails_a_page_that_still_shows_one(string html, string kind)
    {
        var decision = Samples.Organisation();
        var leaks = LeakGate.Scan([new PublishedText("site/decisions/2025/food-12/index.html", html)], [decision], Samples.Site());
        Assert.Contains(leaks, l => l.Kind == kind);
    }
}
