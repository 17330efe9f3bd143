using Enforcement.Redaction;

namespace Enforcement.Core.Tests.Redaction;

/// <summary>
/// The fifth red team's (358 passages as county agencies write them): names listed before how many they are or how
/// they are related, in brackets after a count or a record, after what officers did (询问了, 传唤了, 告知了), after
/// where a person is from (袁州区人), after more roles and 真名 / 实名; a record's closing signature after 以上事实.
/// And what stays: the words those readers meet that are no one's name.
/// </summary>
public class ListsVerbsAndPlacesTests
{
    [Theory]
    [InlineData("2025年6月3日，执法人员依法询问了刘志强、陈美华、杨小兵三人。", "刘志强", "陈美华", "杨小兵")]
    [InlineData("经核实，杨志远、罗海军、伍春生三人系当事人的股东。", "杨志远", "罗海军", "伍春生")]
    [InlineData("执法人员告知了苏建平、苏小梅父女享有陈述、申辩和要求听证的权利。", "苏建平", "苏小梅", null)]
    [InlineData("随后，执法人员传唤了卞志华、向明、习文俊到场接受调查。", "卞志华", "向明", "习文俊")]
    [InlineData("2025年6月12日，消费者袁丽娟、胡婷婷二人到我局投诉。", "袁丽娟", "胡婷婷", null)]
    [InlineData("经查，当事人店内另有服务员两名（晏丽、邹敏）。", "晏丽", "邹敏", null)]
    [InlineData("证据：证人证言（刘丽萍、邹敏华）；询问笔录（黎小东、黎冬梅）。", "刘丽萍", "邹敏华", "黎冬梅")]
    public void Names_in_a_list_before_a_count_or_a_kinship_or_in_brackets_are_all_masked(string text, string first, string second, string? third)
    {
        var published = Samples.RedactOrg(text);
        Assert.DoesNotContain(first, published);
        Assert.DoesNotContain(second, published);
        if (third is not null) Assert.DoesNotContain(third, published);
    }

    [Theory]
    [InlineData("执法人员当场询问邓国良，邓国良称其是房东。", "邓国良")]
    [InlineData("执法人员再次来到现场，向黄德兵了解情况。", "黄德兵")]
    [InlineData("执法人员通过电话告知万德福其行为违法。", "万德福")]
    [InlineData("经查，当事人与宜春市袁州区人辛志勇合伙经营该加工厂。", "辛志勇")]
    [InlineData("当事人将食堂转包给万载县人甘建明经营。", "甘建明")]
    [InlineData("当事人店内仅有收银员兰春燕一人在岗。", "兰春燕")]
    [InlineData("称店员殷红霞健康证过期。", "殷红霞")]
    [InlineData("答：我有和供货人肖建波的聊天记录。", "肖建波")]
    [InlineData("租赁合同一份，出租方：况德福，租期三年。", "况德福")]
    [InlineData("车辆行驶证复印件（所有人：廖金根）。", "廖金根")]
    [InlineData("承诺人：陈芳\n2025年6月20日", "陈芳")]
    [InlineData("经查明，当事人的员工小刘（真名刘晓东）负责装车发货。", "刘晓东")]
    [InlineData("见证人：刘家组组长刘长根（签字）", "刘长根")]
    [InlineData("本人确认以上事实。 邓国良 2025.5.20", "邓国良")]
    public void Names_after_what_officers_did_where_people_are_from_and_more_roles_are_masked(string text, string name) =>
        Assert.DoesNotContain(name, Samples.RedactOrg(text));

    [Theory]
    [InlineData("当事人的法人章由其财务人员保管。")]
    [InlineData("当事人的律师费用由其自行承担。")]
    [InlineData("经宜春市袁州区人民政府批准。")]
    [InlineData("该县人大代表参与了监督。")]
    [InlineData("社区人员到场协助。")]
    [InlineData("执法人员询问了当事人及其员工。")]
    [InlineData("执法人员告知当事人享有陈述、申辩的权利。")]
    [InlineData("见证人：刘家组组长")]
    [InlineData("经核实，上述三人均为当事人的员工。")]
    public void Words_those_readers_meet_that_are_no_ones_name_stay(string text) =>
        Assert.Equal(text, Samples.RedactOrg(text));

    [Fact]
    public void A_villagers_home_is_masked_without_what_was_done_there()
    {
        var published = Samples.RedactOrg("经查，当事人将生活垃圾倾倒在宜春市袁州区金瑞镇金瑞村老屋组村民钟老二家的责任山上。");
        Assert.StartsWith("经查，当事人将生活垃圾倾倒在【住址已隐去】", published);
    }

    [Theory]
    [InlineData("当事人申辩：我有高血压、冠心病，请求分期缴纳罚款。", "冠心病")]
    [InlineData("当事人陈述：我得了肺结核，最近在吃药。", "肺结核")]
    [InlineData("未凭处方，罗文斌系肺结核患者。", "肺结核")]
    [InlineData("处方笺显示：性别：男，年龄：52，诊断：2型糖尿病，处方医师：钟卫华。", "糖尿病")]
    [InlineData("病历记载：女，56岁，主诉：反复胸闷3年，既往史：高血压10年。", "高血压")]
    [InlineData("病历记载：女，56岁，主诉：反复胸闷3年，既往史：高血压10年。", "胸闷")]
    public void A_condition_in_a_persons_words_or_a_medical_record_is_masked(string text, string secret) =>
        Assert.DoesNotContain(secret, Samples.RedactOrg(text));

    [Theory]
    [InlineData("当事人在宣传单上宣称其有降血压、治疗糖尿病的功效。")]
    [InlineData("《公共场所卫生管理条例》规定，患有痢疾、伤寒、病毒性肝炎、活动性肺结核、化脓性或者渗出性皮肤病以及其他有碍公共卫生的疾病的，不得从事直接为顾客服务的工作。")]
    [InlineData("当事人的养殖场有病死猪未无害化处理，其有病害动物。")]
    // A pressure vessel's or a lift's registration number and its equipment code are the equipment's, not a plate or an ID.
    [InlineData("电梯使用登记证编号：梯11赣C00123（18），设备代码：31103609022015060012。")]
    [InlineData("当事人的特种设备使用登记证编号为容3SB赣C00123（21）。")]
    public void Claims_laws_and_equipment_numbers_stay(string text) =>
        Assert.Equal(text, Samples.RedactOrg(text));

    [Fact]
    public void A_lifts_equipment_code_passes_the_leak_gate() =>
        Assert.Empty(LeakGate.Scan([new PublishedText("site/decisions/2025/lift/index.html", "<p>设备代码：31103609022015060012</p>")], [], Samples.Site()));

    [Theory]
    [InlineData("将文书留置于当事人住所（袁州区西村镇西村村上邹家组8号）。", "上邹家组")]
    [InlineData("存放地点：宜春市袁州区秀江东路88号（当事人家中）", "秀江东路")]
    [InlineData("住所：宜春市袁州区\n西村镇西村村委会上邹家组\n电话：0795—3261234", "上邹家组")]
    [InlineData("住址：宜春市袁州区湛郎街道\n湛郎路205号", "湛郎路")]
    public void A_home_in_brackets_after_its_label_said_to_be_a_home_or_wrapped_onto_a_second_line_is_masked(string text, string secret) =>
        Assert.DoesNotContain(secret, Samples.RedactPerson(text));

    [Theory]
    [InlineData("存放地点：宜春市袁州区宜阳大道1号（当事人仓库）")]
    [InlineData("住所：宜春市袁州区宜阳大道1号\n经营范围：食品销售")]
    public void A_companys_premises_stay(string text) =>
        Assert.Equal(text, Samples.RedactOrg(text));

    [Theory]
    [InlineData("留有联系方式：V：yc_laomao888，加V：yclm888。", "laomao888")]
    [InlineData("留有联系方式：V：yc_laomao888，加V：yclm888。", "yclm888")]
    [InlineData("消费者在平台发帖，用户名“袁州老钟2021”，反映当事人虚假宣传。", "袁州老钟")]
    [InlineData("当事人陈述：我是低保户，低保证号36090220150012，请求减免罚款。", "36090220150012")]
    [InlineData("驾驶员（网约车驾驶员证号：3609021985031212）未取得驾驶员证。", "3609021985031212")]
    [InlineData("当事人雇请汪师傅（汪德兵）安装燃气管道。", "汪德兵")]
    [InlineData("厨师老周（周建平）有健康证。", "周建平")]
    public void Accounts_as_advertisements_write_them_numbers_of_welfare_certificates_and_names_beside_titles_are_masked(string text, string secret) =>
        Assert.DoesNotContain(secret, Samples.RedactOrg(text));

    [Theory]
    [InlineData("当事人的老板（负责人）到场。")]
    [InlineData("TV：海信，型号HZ55E3D。")]
    [InlineData("答：我有病历本。")]
    public void Words_beside_those_that_are_no_ones_stay(string text) =>
        Assert.Equal(text, Samples.RedactOrg(text));

    [Theory]
    [InlineData("经查，向阳村村民李某某反映当事人占道经营。", "向阳村")]
    [InlineData("举报人反映，于家村村民张某某在河道采砂。", "于家村")]
    [InlineData("答：我有胃炎，已经在吃药。", "胃炎")]
    [InlineData("答：我有肺癌，已经做过化疗。", "肺癌")]
    [InlineData("扣押车辆2赣C12345。", "C12345")]
    [InlineData("注册代码：360902199001011233", "360902199001011233")]
    public void A_village_named_with_a_preposition_a_condition_a_plate_after_a_count_and_an_id_after_a_loose_label_are_masked(string text, string secret) =>
        Assert.DoesNotContain(secret, Samples.RedactOrg(text));

    [Theory]
    [InlineData("当事人患有糖尿病、患有高血压。", "当事人【个人信息已隐去】、【个人信息已隐去】。")]
    [InlineData("答：我有高血压、我有冠心病。", "答：我【个人信息已隐去】、我【个人信息已隐去】。")]
    public void Two_statements_of_a_condition_are_two_masks_with_what_stands_between_them_kept(string text, string published) =>
        Assert.Equal(published, Samples.RedactPerson(text));
}
