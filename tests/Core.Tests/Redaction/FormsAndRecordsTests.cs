namespace Enforcement.Core.Tests.Redaction;

/// <summary>
/// Persons as a third red team found real 决定书 naming them: labels spaced out to line up a form's colons, evidence
/// lists and signatures, titles and roles after the name, complaints in their everyday shapes, and more role words;
/// and the ordinary wording those rules must leave alone (店员向顾客销售, a supplier company after 供货商：).
/// </summary>
public class FormsAndRecordsTests
{
    [Theory]
    [InlineData("证　　人：刘芳\n姓　　名：周小红\n电　　话：3261234", "证　　人：刘某某\n姓　　名：周某某\n电　　话：【电话已隐去】")]
    [InlineData("委 托 代 理 人：刘芳", "委 托 代 理 人：刘某某")]
    [InlineData("证 人：刘芳，女，住 址：宜春市袁州区秀江路88号3栋501室。", "证 人：刘某某，女，住 址：【住址已隐去】。")]
    [InlineData("法定代表人（负责人）：刘芳", "法定代表人（负责人）：刘某某")]
    public void A_label_spaced_out_or_doubled_in_brackets_still_names_the_field(string text, string expected) =>
        Assert.Equal(expected, Samples.RedactOrg(text));

    [Theory]
    [InlineData("证据：2.陈建华询问笔录；3.刘芳身份证复印件。", "证据：2.陈某某询问笔录；3.刘某某身份证复印件。")]
    [InlineData("证据5：对陈建华的询问笔录；证据6：《周小红询问笔录》。", "证据5：对陈某某的询问笔录；证据6：《周某某询问笔录》。")]
    [InlineData("被询问人签名：刘芳\n当事人签字：陈建华", "被询问人签名：刘某某\n当事人签字：陈某某")]
    [InlineData("经刘芳签字确认。", "经刘某某签字确认。")]
    [InlineData("问：你叫什么名字？\n答：刘建英。", "问：你叫什么名字？\n答：刘某某。")]
    public void Names_in_evidence_lists_signatures_and_answers_are_masked(string text, string expected) =>
        Assert.Equal(expected, Samples.RedactOrg(text));

    [Theory]
    [InlineData("刘芳女士表示认可，张建国先生在场。", "刘某某女士表示认可，张某某先生在场。")]
    [InlineData("经询问，陈建华（系该店厨师）称，刘芳（收银员）证实。", "经询问，陈某某（系该店厨师）称，刘某某（收银员）证实。")]
    [InlineData("收到刘芳、陈建华的联名举报，又接到吴晓东通过12315平台的投诉。", "收到刘某某、陈某某的联名举报，又接到吴某某通过12315平台的投诉。")]
    [InlineData("2025年3月1日，刘芳投诉称其购买的白酒为假酒。", "2025年3月1日，刘某某投诉称其购买的白酒为假酒。")]
    public void A_name_before_its_title_role_or_complaint_is_masked(string text, string expected) =>
        Assert.Equal(expected, Samples.RedactOrg(text));

    [Theory]
    [InlineData("售货员刘芳", "刘芳")]
    [InlineData("该店工作人员陈建华称", "陈建华")]
    [InlineData("董事长周国栋、厂长李卫东在场", "周国栋")]
    [InlineData("摊主杨桂花在农贸市场销售", "杨桂花")]
    [InlineData("食品安全管理员：邓丽华", "邓丽华")]
    [InlineData("其老伴刘桂英、其媳妇吴小芳均在店内", "吴小芳")]
    [InlineData("用户刘芳通过当事人的APP下单", "刘芳")]
    [InlineData("受托人：黄丽萍，受送达人：邹建国", "邹建国")]
    [InlineData("当事人的法人刘建国称其不知情", "刘建国")]
    [InlineData("| 姓名 | 职务 |\n| --- | --- |\n| 周国栋 | 董事长 |", "周国栋")]
    public void Names_after_more_role_words_are_masked(string text, string name) =>
        Assert.DoesNotContain(name, Samples.RedactOrg(text));

    [Theory]
    [InlineData("经查，店员向顾客销售过期食品，顾客向店员反映后，店员称不知情。")]
    [InlineData("消费者向商家投诉后，当事人拒绝退款。")]
    [InlineData("司机向乘客收取费用。")]
    [InlineData("供货商：张家港市华联食品有限公司，供应商：金龙鱼粮油食品股份有限公司。")]
    [InlineData("承运人：申通快递有限公司，收货人：万达广场宜春店。")]
    [InlineData("户名：江西省财政厅，收款人：国家金库宜春市中心支库。")]
    [InlineData("委托代理人：江西明正律师事务所律师。")]
    [InlineData("当事人以旧换新回收老家电200台，另收购老家具一批。")]
    [InlineData("当事人未按规定登记暂住人员信息，户籍登记信息不全。")]
    [InlineData("其母现住院治疗中。")]
    [InlineData("联系人：张静（执法证号：36090012389）。")]
    [InlineData("承办人姓名：张静，检查人员姓名：李明。")]
    [InlineData("| 姓名 | 职务 |\n| --- | --- |\n| 【姓名已隐去】 | 董事长 |")]
    // What the new rules first took for names, accounts and homes (a red team's over-redaction round).
    [InlineData("当事人签字盖章，签名齐全。")]
    [InlineData("经营者：【姓名已隐去】，经营场所：宜春市袁州区宜阳大道188号1栋101室。")]
    [InlineData("当事人在微信“朋友圈”、抖音“直播间”发布广告，关注本局微信“宜春市场监管”公众号。")]
    [InlineData("据来电反映，据顾客投诉，根据信访件反映的线索，接到来电反映。")]
    [InlineData("联系人：办公室，宜春市袁州区宜阳大道88号1栋506室；负责人称，其公司位于宜春市袁州区宜阳大道88号1栋507室。")]
    [InlineData("当事人在视频号“宜春好物”发布广告。")]
    [InlineData("加盖法人印章，未退还用户钱款，用户于平台下单，售货员于现场承认，校长信箱。")]
    [InlineData("2025年3月1日，商户举报称。金龙鱼举报称，金龙鱼（供应商）出具的证明。")]
    [InlineData("任课老师、白案师傅均在场，经门卫签字。")]
    [InlineData("将患有活动性肺结核的从业人员调离，宜春市自闭症儿童康复中心。")]
    public void Ordinary_wording_companies_and_officers_stay(string text) =>
        Assert.Equal(text, Samples.RedactOrg(text));

    [Fact]
    public void A_word_of_a_latin_name_stays_a_word_in_a_brand_but_not_inside_an_email_address()
    {
        var decision = Samples.Person("玛丽亚", text: "签名：MARIA LOPEZ\n电子邮箱：maria.1990@foxmail.com\n销售MARIA牌咖啡。");
        var text = Enforcement.Redaction.Redactor.Redact(decision, Samples.Site(), Samples.RedactionDay).Decision.Text;
        Assert.Contains("电子邮箱：【邮箱已隐去】", text);
        Assert.Contains("MARIA牌咖啡", text);
    }

    [Fact]
    public void An_email_address_is_masked_as_one_even_when_a_word_of_it_spells_a_signed_name() =>
        Assert.Equal("签名：T某某\n电子送达邮箱：【邮箱已隐去】", Samples.RedactOrg("签名：Tingting Zeng\n电子送达邮箱：zeng.1985@foxmail.com"));

    [Fact]
    public void A_review_bodys_address_in_brackets_stays_in_a_natural_persons_decision()
    {
        const string text = "可在六十日内向宜春市人民政府（地址：宜春市袁州区宜阳大道1号）申请行政复议。";
        Assert.Equal(text, Samples.RedactPerson(text));
    }

    [Theory]
    [InlineData("固话：3261236，宅电：3261235，tel：3261234。", "固话：【电话已隐去】，宅电：【电话已隐去】，tel：【电话已隐去】。")]
    [InlineData("抖音：chunfeng1985，快手：kuaishou8848，陌陌号：123456789。", "抖音：【账号已隐去】，快手：【账号已隐去】，陌陌号：【账号已隐去】。")]
    [InlineData("微博：@chunfeng1985，小红书ID：xhs8848abc。", "微博：【账号已隐去】，小红书ID：【账号已隐去】。")]
    [InlineData("微信号为“lcs_1985”的账号", "微信号为“【账号已隐去】”的账号")]
    [InlineData("微博名：春风十里，", "微博名：【账号已隐去】，")]
    [InlineData("军官证号：军字第1234567号，学生证号：20211234567。", "军官证号：军字第【证件号码已隐去】号，学生证号：【证件号码已隐去】。")]
    [InlineData("号牌：C67890，车辆为赣C—12345。", "号牌：【车牌号已隐去】，车辆为【车牌号已隐去】。")]
    [InlineData("证人刘芳，1985年3月12号出生。", "证人刘某某，【出生日期已隐去】出生。")]
    [InlineData("出生日期：85.03.12", "出生日期：【出生日期已隐去】")]
    [InlineData("收件人：刘芳，13907951234，宜春市袁州区秀江东路88号3栋2单元501室。", "收件人：刘某某，【电话已隐去】，【住址已隐去】。")]
    [InlineData("证人：刘芳，女，住宜春市袁州区秀江路88号3栋501室，系顾客。", "证人：刘某某，女，住【住址已隐去】，系顾客。")]
    [InlineData("员工刘芳患有癫痫。", "员工刘某某【个人信息已隐去】。")]
    public void Phones_accounts_documents_plates_births_and_health_in_more_shapes_are_masked(string text, string expected) =>
        Assert.Equal(expected, Samples.RedactOrg(text));
}
