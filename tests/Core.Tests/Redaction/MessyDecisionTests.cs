using Enforcement.Redaction;

namespace Enforcement.Core.Tests.Redaction;

/// <summary>
/// Persons as untidy 决定书 name them, found by a red team with lines from real-shaped decisions: several names after
/// one role, a name whose next word is not one the rules knew, role words of shops and clinics, 姓名 as a field, and
/// the everyday words after a role that are not names.
/// </summary>
public class MessyDecisionTests
{
    [Theory]
    [InlineData("证人：李春生、王小红、赵大山。", "证人：李某某、王某某、赵某某。")]
    [InlineData("员工刘志强、陈美华、李大勇三人均未取得健康证明。", "员工刘某某、陈某某、李某某三人均未取得健康证明。")]
    [InlineData("消费者陈美华、刘志强投诉称", "消费者陈某某、刘某某投诉称")]
    [InlineData("店员刘志强及陈美华在场。", "店员刘某某及陈某某在场。")]
    [InlineData("店员刘志强与陈美华均证实。", "店员刘某某与陈某某均证实。")]
    [InlineData("委托代理人刘志强、陈美华（均系当事人员工）。", "委托代理人刘某某、陈某某（均系当事人员工）。")]
    [InlineData("证人：刘志强，男；陈美华，女。", "证人：刘某某，男；陈某某，女。")]
    [InlineData("证人刘志强，陈美华，均称购买过。", "证人刘某某，陈某某，均称购买过。")]
    public void Every_name_in_a_list_after_one_role_is_masked(string text, string expected) =>
        Assert.Equal(expected, Samples.RedactOrg(text));

    [Theory]
    [InlineData("姓名：李春生，性别：男。", "李春生")]
    [InlineData("证人姓名：李春生。", "李春生")]
    [InlineData("举报人（姓名：李春生）反映。", "李春生")]
    [InlineData("其真实姓名为李春生。", "李春生")]
    [InlineData("答：我叫李春生，是店里的厨师。", "李春生")]
    [InlineData("委托代理人：\n李春生，系当事人员工。", "李春生")]
    [InlineData("- **委托代理人**：\n  李春生，系当事人员工。", "李春生")]
    [InlineData("证人：刘\n春梅称其在店内购买。", "春梅")]
    public void A_name_given_as_a_field_or_an_answer_is_masked(string text, string name) =>
        Assert.DoesNotContain(name, Samples.RedactOrg(text));

    [Theory]
    [InlineData("员工李春生经诊断为活动性肺结核。", "李春生")]
    [InlineData("员工王芳经诊断为肺结核。", "王芳")]
    [InlineData("委托代理人李春生持授权委托书到场。", "李春生")]
    [InlineData("消费者李春生食用后腹泻。", "李春生")]
    [InlineData("顾客李春生用餐后出现不适。", "李春生")]
    [InlineData("证人李春生当场指认。", "李春生")]
    [InlineData("员工李春生被当场查获。", "李春生")]
    [InlineData("员工李春生擅自离岗。", "李春生")]
    [InlineData("证人李春生认出了当事人。", "李春生")]
    [InlineData("员工李春生正用手抓取熟食。", "李春生")]
    [InlineData("员工李春生所述属实。", "李春生")]
    [InlineData("本人李春生承诺所述属实。", "李春生")]
    [InlineData("无证经营户李春生称", "李春生")]
    [InlineData("本局接到李春生（电话：13812345678）举报。", "李春生")]
    public void A_name_is_masked_whatever_word_follows_it(string text, string name) =>
        Assert.DoesNotContain(name, Samples.RedactOrg(text));

    [Theory]
    [InlineData("购买者李春生称")]
    [InlineData("从业人员李春生未取得健康证明。")]
    [InlineData("店主李春生称")]
    [InlineData("老板李春生称")]
    [InlineData("老板娘李春生称")]
    [InlineData("实际经营人李春生称")]
    [InlineData("执业医师李春生称")]
    [InlineData("乡村医生李春生称")]
    [InlineData("护士李春生称")]
    [InlineData("村民李春生称")]
    [InlineData("家长李春生称")]
    [InlineData("车主李春生称")]
    [InlineData("业务员李春生称")]
    [InlineData("经理李春生称")]
    [InlineData("厨师长李春生称")]
    [InlineData("帮厨李春生称")]
    [InlineData("群众李春生称")]
    [InlineData("其爱人李春生称")]
    [InlineData("上网人员李春生称")]
    public void A_name_after_the_role_words_of_shops_clinics_and_villages_is_masked(string text) =>
        Assert.DoesNotContain("李春生", Samples.RedactOrg(text));

    [Theory]
    [InlineData("执法人员检查了员工花名册。")]
    [InlineData("买家付款后，当事人发货。")]
    [InlineData("客户付款后，当事人发货。")]
    [InlineData("司机师傅称不知情。")]
    [InlineData("出纳单据显示。")]
    [InlineData("员工戴口罩上岗。")]
    [InlineData("客户白名单。")]
    [InlineData("在3·15消费者权益日期间。")]
    [InlineData("当事人于2025年3月15日消费者权益日")]
    [InlineData("消费者满意度")]
    [InlineData("宜春市袁州区湖田村村民委员会出具证明。")]
    [InlineData("当事人提供了客户明细表。")]
    [InlineData("执法人员姓名：王伟、张静。")]
    // A payment app before its records reads like a name before a record (支付宝 is 支 and two characters).
    [InlineData("支付宝转账记录显示，当事人收款300元。")]
    [InlineData("经查，云闪付付款记录和钱包转账记录显示当事人收款300元。")]
    [InlineData("通过余额宝转账记录查明。")]
    public void Everyday_words_after_a_role_stay(string text) => Assert.Equal(text, Samples.RedactOrg(text));

    // One word before a number is an advertisement's as often as a name (钟点工13907951234); an order number's label is public.
    [Theory]
    [InlineData("当事人发布的广告中写有，钟点工13907951234。", "钟点工")]
    [InlineData("当事人提供的材料显示，来电13907951234，单号13907951234。", "来电")]
    [InlineData("当事人提供的材料显示，来电13907951234，单号13907951234。", "单号13907951234")]
    public void A_word_before_a_number_is_not_taken_for_its_holder(string text, string stays) =>
        Assert.Contains(stays, Samples.RedactOrg(text));

    [Theory]
    [InlineData("证人买买提·艾力称，", "证人买某某称，")]
    [InlineData("员工热依拉·吐尔逊在店内负责收银。", "员工热某某在店内负责收银。")]
    public void A_dotted_name_is_masked_alone_not_with_the_words_after_it(string text, string expected) =>
        Assert.Equal(expected, Samples.RedactOrg(text));

    [Fact]
    public void A_table_of_persons_particulars_masks_the_names_and_homes_and_one_of_officers_stays()
    {
        const string persons = "| 姓名 | 性别 | 住址 |\n| --- | --- | --- |\n| 李春生 | 男 | 宜春市袁州区湖田村5组12号 |\n";
        var output = Samples.RedactOrg(persons);
        Assert.DoesNotContain("李春生", output);
        Assert.DoesNotContain("湖田村", output);
        const string officers = "| 姓名 | 执法证号 |\n| --- | --- |\n| 王伟 | 36090012367 |\n";
        Assert.Equal(officers, Samples.RedactOrg(officers));
    }

    [Theory]
    [InlineData("员工王芳经诊断为活动性肺结核。", "肺结核")]
    [InlineData("其被诊断为高血压。", "高血压")]
    [InlineData("当事人称因患高血压无法到场。", "高血压")]
    [InlineData("当事人提交的证明显示其患肾衰竭，需长期透析。", "肾衰竭")]
    [InlineData("当事人称其母亲长期卧床。", "长期卧床")]
    [InlineData("当事人称其系残疾人，请求从轻处罚。", "残疾人")]
    [InlineData("当事人提供了残疾人证。", "残疾人证")]
    [InlineData("当事人称其已有身孕。", "身孕")]
    [InlineData("当事人称其去年做过心脏搭桥手术。", "搭桥")]
    [InlineData("当事人系吸毒人员。", "吸毒")]
    [InlineData("当事人曾因盗窃被判刑。", "盗窃")]
    [InlineData("当事人有前科。", "前科")]
    [InlineData("当事人系刑满释放人员。", "刑满释放")]
    [InlineData("当事人信仰基督教。", "基督教")]
    [InlineData("当事人因车祸致右腿截肢。", "截肢")]
    [InlineData("当事人为盲人。", "盲人")]
    public void Health_records_and_beliefs_in_everyday_words_are_masked(string text, string fact) =>
        Assert.DoesNotContain(fact, Samples.RedactPerson(text));

    [Theory]
    [InlineData("经调查，本次事件确诊为诺如病毒感染引起的食源性疾病。")]
    [InlineData("当事人销售的降压药用于治疗高血压。")]
    public void An_outbreak_and_what_a_medicine_treats_stay(string text) => Assert.Equal(text, Samples.RedactOrg(text));

    [Theory]
    [InlineData("当事人在其家中（宜春市袁州区湖田村5组12号）存放烟花爆竹。", "湖田村")]
    [InlineData("当事人在其住宅（宜春市袁州区秀江路88号）内存放。", "秀江路")]
    [InlineData("当事人：王小明，男，汉族，宜春市袁州区湖田村5组村民。", "湖田村")]
    [InlineData("当事人在其住宅内存放烟花爆竹，住宅位于宜春市袁州区湖田村5组12号。", "湖田村")]
    [InlineData("当事人在其位于宜春市袁州区湖田村5组12号的自建房内非法储存烟花爆竹。", "湖田村")]
    [InlineData("当事人在其自住房屋（袁州区湖田村5组12号）内生产。", "湖田村")]
    public void A_home_given_as_the_scene_or_the_village_is_masked(string text, string place) =>
        Assert.DoesNotContain(place, Samples.RedactPerson(text));

    [Theory]
    [InlineData("特种设备作业人员证编号：360902199001011233。")]
    [InlineData("健康证编号：360902199001011233。")]
    public void An_id_number_used_as_a_persons_certificate_number_is_masked(string text) =>
        Assert.DoesNotContain("360902199001011233", Samples.RedactOrg(text));

    [Theory]
    [InlineData("微信ID：lcs_1985，", "lcs_1985")]
    [InlineData("抖音ID：dy_lcs1985，", "dy_lcs1985")]
    [InlineData("weixin：lcs_1985，", "lcs_1985")]
    [InlineData("威信：lcs_1985，", "lcs_1985")]
    [InlineData("钉钉号：lcs_1985，", "lcs_1985")]
    [InlineData("小红书号：lcs_1985，", "lcs_1985")]
    public void Accounts_under_other_names_are_masked(string text, string account) =>
        Assert.DoesNotContain(account, Samples.RedactOrg(text));

    [Theory]
    [InlineData("当事人向一名16周岁的学生销售香烟。", "16周岁")]
    [InlineData("刚满十五周岁的学生。", "十五周岁")]
    [InlineData("三名学生年龄分别为13岁、14岁、15岁。", "13岁")]
    public void A_childs_age_however_said_is_masked(string text, string age) =>
        Assert.DoesNotContain(age, Samples.RedactOrg(text));

    [Theory]
    [InlineData("当事人从李春生处购进上述白酒。", "李春生")]
    [InlineData("货是从一个叫李春生的人处购进的。", "李春生")]
    [InlineData("当事人将上述香烟卖给李春生。", "李春生")]
    [InlineData("货款转账至李春生名下账户。", "李春生")]
    [InlineData("其绰号：“小龙哥”。", "小龙哥")]
    [InlineData("本局收到李春生的投诉后立即检查。", "李春生")]
    [InlineData("经查，李春生系当事人雇佣的厨师。", "李春生")]
    public void A_person_named_by_what_was_done_with_them_is_masked(string text, string secret) =>
        Assert.DoesNotContain(secret, Samples.RedactOrg(text));

    [Theory]
    [InlineData("问：你的家庭住址？答：宜春市袁州区秀江路88号。", "秀江路")]
    [InlineData("联系电话：0795-3261234、3261235。", "3261235")]
    [InlineData("证人李某，19850312出生。", "19850312")]
    [InlineData("证人李某，八五年出生。", "八五年")]
    [InlineData("证人李某的生日为3月12日。", "3月12日")]
    [InlineData("车牌号：C12345。", "C12345")]
    [InlineData("联系电话138·1234·5678。", "5678")]
    [InlineData("订单收件地址：江西省 宜春市 袁州区 秀江路88号。", "秀江路")]
    public void Untidy_answers_numbers_dates_and_plates_are_masked(string text, string secret) =>
        Assert.DoesNotContain(secret, Samples.RedactOrg(text));

    [Fact]
    public void In_a_table_of_persons_their_ages_births_and_diagnoses_are_masked()
    {
        const string text = "| 患者姓名 | 年龄 | 出生日期 | 诊断 |\n| --- | --- | --- | --- |\n| 李春生 | 12 | 2013.05.01 | 哮喘 |\n";
        var output = Samples.RedactOrg(text);
        Assert.DoesNotContain("李春生", output);
        Assert.DoesNotContain("| 12 |", output);
        Assert.DoesNotContain("2013.05.01", output);
        Assert.DoesNotContain("哮喘", output);
    }

    [Theory]
    [InlineData("当事人从宜春市某某贸易有限公司处购进上述白酒。")]
    [InlineData("当事人将上述香烟卖给消费者。")]
    [InlineData("本局收到群众的投诉后立即检查。经查，该店系当事人开办。")]
    [InlineData("生产日期：20250312，保质期12个月。")]
    public void A_company_a_plain_word_and_a_production_date_stay(string text) => Assert.Equal(text, Samples.RedactOrg(text));
}

/// <summary>The red team's second-round leaks (README "Limits" until 2026-12-05): what people write around a number, an address or a handle.</summary>
public class MessyDecisionSecondRoundTests
{
    [Theory]
    [InlineData("当事人将商品快递寄往宜春市袁州区秀江东路88号3栋2单元501室。", "秀江东路88号")]
    [InlineData("该货物通过快递寄送至宜春市袁州区湖田村5组12号。", "湖田村5组")]
    [InlineData("证人李春生，DOB: 1985-03-12，系当事人员工。", "1985-03-12")]
    [InlineData("证人李春生，生日：1985年3月12日。", "1985年3月12日")]
    [InlineData("证人李春生联系电话138，1234，5678。", "5678")]
    [InlineData("当事人使用编号为13812345678的手机卡发布广告。", "13812345678")]
    [InlineData("当事人的联系邮箱为lichunsheng@163。", "lichunsheng")]
    [InlineData("证人的微信号：李春生1985。", "1985")]
    [InlineData("对方Telegram：@lcs1985联系。", "lcs1985")]
    [InlineData("当事人雇用的员工外号叫老三。", "老三")]
    [InlineData("涉案车辆号牌为WJ赣12345。", "12345")]
    [InlineData("涉案车辆号牌为赣C·I2345。", "2345")]
    [InlineData("问：你住在哪里？\n答：宜春市袁州区秀江东路88号3栋501室。", "秀江东路")]
    [InlineData("问：你的家庭住址？\r\n答：江西省宜春市袁州区湖田村5组。", "湖田村")]
    [InlineData("2025年1月3日，李春生通过12315平台投诉。", "李春生")]
    [InlineData("证人李春生，男，属牛，系当事人员工。", "属牛")]
    [InlineData("李春生在当事人店内购买了过期牛奶。", "李春生")]
    [InlineData("经查，刘志强于2025年3月向本局举报。", "刘志强")]
    public void Is_masked_and_the_gate_stops_a_page_that_shows_it(string text, string leaked)
    {
        Assert.DoesNotContain(leaked, Samples.RedactOrg(text));
        var page = "<p>" + System.Net.WebUtility.HtmlEncode(text).Replace("\n", "<br>\n") + "</p>";
        Assert.NotEmpty(LeakGate.Scan([new PublishedText("site/decisions/2025/food-12/index.html", page)], [Samples.Organisation()], Samples.Site()));
    }

    [Theory]
    [InlineData("当事人于2025年3月购进样品，寄往江西省产品质量监督检测院检验。")]
    [InlineData("当事人通过快递寄往宜春市袁州区某某商贸有限公司仓库。")]
    [InlineData("罚款50,000元，没收1,234,5678件。")]
    [InlineData("批号为13812345678的产品。")]
    [InlineData("问：你店里卖什么？\n答：卖熟食和卤菜。")]
    [InlineData("消费者在当事人店内购买了过期牛奶。")]
    [InlineData("市民通过12345热线投诉。")]
    [InlineData("高新区居民向本局反映。")]
    [InlineData("该批次产品属牛肉制品，属猪肉的另案处理。")]
    [InlineData("当事人于2025年3月在批发市场购进原料。")]
    [InlineData("经查，当事人在网上购买了原料。")]
    [InlineData("当事人在其网店发布的广告中使用“国家级”用语。")]
    public void Stays(string text) =>
        Assert.Equal(text, Samples.RedactOrg(text));
}
