namespace Enforcement.Core.Tests.Redaction;

/// <summary>
/// The fifth red team's leftovers: a name given as an answer (他叫, 就是), after who came (前来送货的), whose premises
/// (租的…的房子), in a relative's home; a form's 当事人（签名）; a birth year ending a line; a plate spaced out character
/// by character; a stroke, a confinement, treatment, an attack, an occupational disease, dementia, a prison term.
/// And what stays: the same words where they are no one's.
/// </summary>
public class AnswersSignaturesAndConditionsTests
{
    [Theory]
    [InlineData("答：从樟树的一个姓聂的老板那里进的，他叫聂志刚，电话忘了。", "聂志刚")]
    [InlineData("问：你老婆叫什么？\n答：她叫钟小梅。", "钟小梅")]
    [InlineData("问：你说的刘总是谁？\n答：刘总就是刘海洋，是我们公司的实际老板。", "刘海洋")]
    [InlineData("答：2023年5月，店面是租的邓国良的房子，每月租金2000元。", "邓国良")]
    [InlineData("经执法人员多方查找，最终在当事人亲戚郭美兰家中找到了当事人。", "郭美兰")]
    [InlineData("在当事人店内，执法人员遇见了前来送货的谭国强，谭国强驾驶的是一辆无牌三轮车。", "谭国强")]
    [InlineData("现场检查笔录末尾载明：当事人（签名）：黎冬梅    在场人（签名）：黎小东", "黎冬梅")]
    [InlineData("经营者：刘德胜，男，1962年生\n住所：宜春市袁州区洪塘镇竹亭村刘家组", "1962")]
    [InlineData("涉案车辆为白色大众朗逸，车牌赣C 3 Q 5 2 8，登记车主易海生。", "3 Q 5 2 8")]
    public void A_name_given_as_an_answer_a_forms_signature_a_birth_year_and_a_spaced_plate_are_masked(string text, string secret) =>
        Assert.DoesNotContain(secret, Samples.RedactOrg(text));

    [Theory]
    [InlineData("当事人陈述申辩：本人今年72岁，老伴中风偏瘫，儿子在监狱服刑。", "中风")]
    [InlineData("当事人陈述申辩：本人今年72岁，老伴中风偏瘫，儿子在监狱服刑。", "服刑")]
    [InlineData("称店员殷红霞健康证过期系因殷红霞当时在坐月子，未能及时复检。", "坐月子")]
    [InlineData("陈述申辩意见：其本人患有肝癌晚期，正在宜春市人民医院化疗。", "化疗")]
    [InlineData("称当事人的石材厂粉尘污染导致其家中小孩哮喘加重。", "哮喘")]
    [InlineData("职业健康检查报告显示，员工肖国强听力损伤，员工刘小飞尘肺病（壹期）。", "听力损伤")]
    [InlineData("职业健康检查报告显示，员工肖国强听力损伤，员工刘小飞尘肺病（壹期）。", "尘肺")]
    [InlineData("对入住老人黄大爷（84岁，阿尔茨海默病）实施捆绑。", "阿尔茨海默")]
    public void A_condition_treatment_or_prison_term_said_of_a_person_is_masked(string text, string secret) =>
        Assert.DoesNotContain(secret, Samples.RedactOrg(text));

    [Theory]
    [InlineData("执法人员（签名）：张静、李明")]
    [InlineData("执法人员询问了前来购物的顾客，顾客称不知情。")]
    [InlineData("答：租的门面，每年租金三万。")]
    [InlineData("这就是高价出售的原因。")]
    [InlineData("答：就是，我承认。")]
    [InlineData("该基地是服刑人员帮教基地。")]
    [InlineData("当事人宣称其产品能治疗哮喘、中风等疾病。")]
    [InlineData("他叫什么我不知道。")]
    public void The_same_words_where_they_are_no_ones_stay(string text) =>
        Assert.Equal(text, Samples.RedactOrg(text));
}
