using Enforcement.Redaction;

namespace Enforcement.Core.Tests.Redaction;

/// <summary>
/// Shapes earlier red teams left published: a parcel's face (…602 邓国良 收), the names a role lists after 分别是, a list
/// whose first name staff had masked by hand, a name before 送达, and a table row whose role has a word before it
/// (| 张建国 | 叉车司机 |). And what stays: 收 that ends no address, officers in their own table.
/// </summary>
public class AddresseesListsAndQualifiedRolesTests
{
    [Theory]
    [InlineData("执法人员在店内发现快递面单一张，载明“幸福路88号3栋602 邓国良 收”。", "邓国良", "幸福路88号")]
    [InlineData("包裹面单写着“寄 幸福路88号602 邓国良（收）”。", "邓国良", "幸福路88号")]
    [InlineData("快递单显示：宜春市袁州区秀江路 88 号 1201室 龙海波 收，电话已隐去。", "龙海波", "秀江路")]
    public void A_parcels_addressee_and_home_are_masked(string text, string name, string home)
    {
        var published = Samples.RedactOrg(text);
        Assert.DoesNotContain(name, published);
        Assert.DoesNotContain(home, published);
        Assert.Contains("收", published);
    }

    [Theory]
    [InlineData("经查，当事人雇佣的两名员工分别是李建华、王秀英，均未办理健康证明。", "李建华", "王秀英")]
    [InlineData("在场人员分别为张国强和刘美玲。", "张国强", "刘美玲")]
    [InlineData("购买者分别是陈某某、谷冬梅。", "谷冬梅", null)]
    [InlineData("证人陈某、李建华证实当事人曾销售该批货物。", "李建华", null)]
    [InlineData("执法人员向当事人妻子黄小燕送达了文书。", "黄小燕", null)]
    public void Names_a_role_lists_or_serves_are_masked(string text, string first, string? second)
    {
        var published = Samples.RedactOrg(text);
        Assert.DoesNotContain(first, published);
        if (second is not null) Assert.DoesNotContain(second, published);
    }

    [Fact]
    public void A_table_row_whose_role_has_a_word_before_it_names_a_person()
    {
        var published = Samples.RedactOrg("当事人聘用的叉车司机情况如下：\n\n| 张建国 | 叉车司机 | 无证 |\n| 李卫东 | 持证电工 | 有证 |\n");
        Assert.DoesNotContain("张建国", published);
        Assert.DoesNotContain("李卫东", published);
        Assert.Contains("叉车司机", published);
    }

    [Theory]
    [InlineData("| 姓名 | 职务 | 执法证号 |\n| --- | --- | --- |\n| 张静 | 科室主任 | 36090012389 |\n", "张静")]
    [InlineData("执法人员分别为张静、王伟，出示了执法证件。", "王伟")]
    [InlineData("当事人于2025年3月1日将货款交给财务 收讫。", "收讫")]
    [InlineData("该批货物由物流公司运至宜春市袁州区秀江路88号仓库 收。", "秀江路88号仓库")]
    [InlineData("门头招牌写有“幸福超市 收”。", "幸福超市")]
    [InlineData("两家供货商分别是宜春市华联超市有限公司和南昌某某商贸公司。", "宜春市华联超市有限公司")]
    public void Officers_and_words_that_are_no_addressee_stay(string text, string kept)
    {
        Assert.Contains(kept, Samples.RedactOrg(text));
    }
}
