namespace Enforcement.Core.Tests.Redaction;

/// <summary>
/// What the sixth red team still found published after its first fixes: a name before a word for the person or the
/// group (老人, 同志, 一家三口, 等五人), a record's answers and signature, ledgers and staff lists written as tables, a home
/// given after 其家 or 表姐家, and numbers in the shapes people and OCR leave them (短号, wxid_…, 赣C 5F 382, a
/// tractor's plate, 七八岁). And what stays: officers called 同志, 厂家 and 国家 before a bracket, a table of officers.
/// </summary>
public class GroupsLedgersAndHomesAfterKinTests
{
    [Theory]
    [InlineData("2025年4月1日，朱德旺老人在当事人药店购买保健品后出现头晕。", "朱德旺")]
    [InlineData("执法人员向在场的韦国华同志了解情况，韦国华同志介绍了当事人的经营情况。", "韦国华")]
    [InlineData("胡德明一家三口均在店内帮忙。", "胡德明")]
    [InlineData("杨建平等五人在该店聚餐后出现腹泻症状。", "杨建平")]
    [InlineData("体检者名单中，傅冬梅、傅秋梅的体检报告系伪造。", "傅冬梅")]
    [InlineData("后厨共有从业人员3名；冷志强出示的体检报告显示异常。", "冷志强")]
    [InlineData("伤者贾小平右手三根手指被切断，经鉴定为十级伤残。", "贾小平")]
    [InlineData("当事人称，其使用的是胡美玲的身份证注册的网店。", "胡美玲")]
    [InlineData("该批生猪来源于周边散户，其中从戴福明家收购12头。", "戴福明")]
    public void A_name_before_a_word_for_the_person_the_group_or_their_papers_is_masked(string text, string name) =>
        Assert.DoesNotContain(name, Samples.RedactOrg(text));

    [Theory]
    [InlineData("问：你怎么称呼？\n答：我姓宦，宦小军，在这里做了三年了。", "宦小军")]
    [InlineData("问：你的出生年月？\n答：1973年12月。\n问：你是做什么的？\n答：在菜市场卖鱼。", "1973年12月")]
    [InlineData("以上笔录我看过，与我说的相符。\n禄晓梅\n2025年4月8日", "禄晓梅")]
    public void A_records_answers_and_signature_are_masked(string text, string secret) =>
        Assert.DoesNotContain(secret, Samples.RedactOrg(text));

    [Theory]
    [InlineData("| 序号 | 姓名 | 岗位 | 健康证明 |\n|---|---|---|---|\n| 1 | 黄冬生 | 切配 | 无 |\n| 2 | 何小翠 | 砧板 | 过期 |", "何小翠")]
    [InlineData("| 日期 | 销售对象 | 数量 | 金额（元） |\n|---|---|---|---|\n| 3月2日 | 付国良 | 2箱 | 560 |\n| 3月5日 | 宜春市袁州区好又多超市 | 10箱 | 2800 |", "付国良")]
    [InlineData("| 收款时间 | 付款方 | 金额 | 支付方式 |\n| 2025-03-02 | 柯文杰 | 1200 | 微信 |", "柯文杰")]
    [InlineData("| 人员 | 关系 | 备注 |\n|---|---|---|\n| 萧玉珍 | 妻 | 负责收银 |\n| 萧国平 | 子 | 17周岁 |", "萧国平")]
    [InlineData("| 名字 | 性别 | 年龄 | 年级 |\n|---|---|---|---|\n| 喻小兵 | 男 | 15 | 初三 |", "喻小兵")]
    public void Names_in_ledgers_and_staff_tables_are_masked(string text, string name) =>
        Assert.DoesNotContain(name, Samples.RedactOrg(text));

    [Fact]
    public void A_ledgers_company_buyer_stays_beside_a_masked_person()
    {
        var text = "| 日期 | 销售对象 | 数量 |\n|---|---|---|\n| 3月2日 | 付国良 | 2箱 |\n| 3月5日 | 宜春市袁州区好又多超市 | 10箱 |";
        Assert.Contains("宜春市袁州区好又多超市", Samples.RedactOrg(text));
    }

    [Theory]
    [InlineData("当事人将货物送至其家（袁州区西村镇西村村上西组11号）后离开。", "上西组")]
    [InlineData("执法人员随后到当事人家（宜春市袁州区新田乡新田村新田组）核实。", "新田村")]
    [InlineData("当事人借住在其表姐家（宜春市袁州区湛郎路88号1单元202室）。", "202室")]
    [InlineData("当事人的仓库设在其岳父家，位于宜春市袁州区金瑞镇金瑞村竹山组5号。", "竹山组")]
    [InlineData("房屋坐落：宜春市袁州区秀江东路66号3栋401室（当事人自有住房）", "401室")]
    public void A_home_given_after_whose_home_it_is_is_masked(string text, string secret) =>
        Assert.DoesNotContain(secret, Samples.RedactOrg(text));

    [Theory]
    [InlineData("当事人留下的联系方式为：短号661238（移动V网）", "661238")]
    [InlineData("当事人的闲鱼账号“晓晓的小铺”（ID：xy_lingxiao88）用于销售涉案产品。", "xy_lingxiao88")]
    [InlineData("转账记录付款方：wxid_8k2m5n7q9r21（备注：秋菊）", "8k2m5n7q9r21")]
    [InlineData("涉案拖拉机号牌为赣09-12345，车主为当事人之父。", "12345")]
    [InlineData("车号：C5F382（小型普通客车）", "C5F382")]
    [InlineData("车辆号牌：赣C 5F 382", "5F 382")]
    [InlineData("车辆号牌：赣C·O5F38（OCR识别）", "O5F38")]
    [InlineData("经查，店内有一名七八岁的小女孩在帮忙收银，系当事人的外孙女。", "七八岁")]
    [InlineData("购烟者系宜春市袁州区第五中学学生，年约十二三岁。", "十二三岁")]
    public void Numbers_plates_and_ages_in_untidy_shapes_are_masked(string text, string secret) =>
        Assert.DoesNotContain(secret, Samples.RedactOrg(text));

    [Theory]
    [InlineData("本局执法人员黄建华同志、刘芳同志出示了执法证件。")]
    [InlineData("执法人员等三人于当日到达现场。")]
    [InlineData("该批货物原产国家（地区）为越南。")]
    [InlineData("当事人从厂家（江西宜春华泰食品有限公司）购进该批饮料。")]
    [InlineData("当事人老家（万载县）的亲戚也经营同类产品。")]
    [InlineData("当事人雇佣的工人年约七八十岁。")]
    [InlineData("当事人所在村有老人协会、一家卫生室。")]
    [InlineData("问：该批产品的生产日期？\n答：2025年1月12日。")]
    [InlineData("| 序号 | 姓名 | 执法证号 | 岗位 |\n|---|---|---|---|\n| 1 | 黄建华 | 36090021012 | 主办 |")]
    [InlineData("| 品名 | 销售对象 | 数量 |\n|---|---|---|\n| 腊肉 | 宜春市秀江饭店 | 20斤 |")]
    public void The_same_shapes_where_they_are_no_ones_stay(string text) =>
        Assert.Equal(text, Samples.RedactOrg(text));
}
