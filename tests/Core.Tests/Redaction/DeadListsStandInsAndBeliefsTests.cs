namespace Enforcement.Core.Tests.Redaction;

/// <summary>
/// The twelfth red team's leaks: the dead and hurt of an accident, lists under a heading, a real name in brackets after
/// the text's own stand-in for it (张某（张华）), a name before whom the person went with or what befell the person,
/// a believer, a criminal record with its crime, a diagnosis, and an ID whose check character was typed as the multiplication
/// sign; and, from the over-mask round on those rules, what stays.
/// </summary>
public class DeadListsStandInsAndBeliefsTests
{
    [Theory]
    [InlineData("死者胡长青，男，52岁，系当事人聘用的焊工。", "死者胡某某，男，52岁，系当事人聘用的焊工。")]
    [InlineData("事故造成1人死亡，死者为胡长青。", "事故造成1人死亡，死者为胡某某。")]
    [InlineData("遇难人员：廖春生", "遇难人员：廖某某")]
    [InlineData("受伤人员：钟海涛（左腿骨折）、刘全福（头部外伤）。", "受伤人员：钟某某（左腿骨折）、刘某某（头部外伤）。")]
    [InlineData("其遗孀李秀梅及子女生活困难。", "其遗孀李某某及子女生活困难。")]
    [InlineData("新生儿：喻小宝", "新生儿：喻某某")]
    [InlineData("经尸检，死者刘冬根死因为过敏性休克。", "经尸检，死者刘某某死因为过敏性休克。")]
    public void The_dead_and_the_hurt_of_an_accident_are_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    [InlineData("劳动者名单：廖春生、涂海波、喻红梅", "劳动者名单：廖某某、涂某某、喻某某")]
    [InlineData("证人名单：廖春生、涂海波、喻红梅", "证人名单：廖某某、涂某某、喻某某")]
    [InlineData("附件：涉案人员名单（共5人）：刘冬根、胡建军、张桂英", "附件：涉案人员名单（共5人）：刘某某、胡某某、张某某")]
    [InlineData("持卡人包括：熊桂花、张淑芬、王建军等。", "持卡人包括：熊某某、张某某、王某某等。")]
    public void A_list_under_its_heading_is_masked_as_after_the_role(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    [InlineData("员工张某（张华）在场。", "员工张某（张某某）在场。")]
    [InlineData("员工张XX（张华）在场。", "员工张XX（张某某）在场。")]
    [InlineData("员工张**（张华）在场。", "员工张**（张某某）在场。")]
    [InlineData("员工张○○（张华）在场。", "员工张○○（张某某）在场。")]
    [InlineData("员工Z某（张华）在场。", "员工Z某（张某某）在场。")]
    [InlineData("投诉人郑某（化名郑丽华）称…", "投诉人郑某（化名郑某某）称…")]
    [InlineData("姓名：钱某某（钱志刚）；性别：男", "姓名：钱某某（钱某某）；性别：男")]
    [InlineData("经营者之妻朱氏（朱翠兰）在店内负责收银。", "经营者之妻朱某某（朱某某）在店内负责收银。")]
    [InlineData("火灾造成租户李大妈（李桂香，72岁）受伤。", "火灾造成租户李某某（李某某，72岁）受伤。")]
    public void A_real_name_in_brackets_after_the_texts_stand_in_for_it_is_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    [InlineData("员工张华跟陈明说过这事。", "员工张某某跟陈明说过这事。")]
    [InlineData("员工张华给陈明打过电话。", "员工张某某给陈明打过电话。")]
    [InlineData("员工张华替店主收款。", "员工张某某替店主收款。")]
    [InlineData("员工张华去仓库取货。", "员工张某某去仓库取货。")]
    [InlineData("员工张华无法联系。", "员工张某某无法联系。")]
    [InlineData("员工张华月薪5000元。", "员工张某某月薪5000元。")]
    [InlineData("当事人员工刘聪性取向为同性。", "当事人员工刘某某性取向为同性。")]
    [InlineData("员工刘聪有过堕胎史。", "员工刘某某有过堕胎史。")]
    public void A_name_before_whom_the_person_went_with_or_what_befell_the_person_is_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    [InlineData("当事人为孕妇余婷婷实施非医学需要的胎儿性别鉴定。", "当事人为【个人信息已隐去】余某某实施非医学需要的胎儿性别鉴定。")]
    [InlineData("当事人为吸毒人员杨勇提供美沙酮。", "当事人为【个人信息已隐去】杨某某提供【个人信息已隐去】。")]
    [InlineData("当事人雇佣聋哑人刘聪从事装卸工作。", "当事人雇佣【个人信息已隐去】刘某某从事装卸工作。")]
    public void A_name_after_what_is_masked_about_the_person_is_masked_too(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    [InlineData("员工刘聪系佛教信徒。", "员工刘某某系【个人信息已隐去】。")]
    [InlineData("员工刘聪系伊斯兰教信徒，要求清真餐饮。", "员工刘某某系【个人信息已隐去】，要求清真餐饮。")]
    [InlineData("身份证：３６０１０２１９８５０９１２３３１×", "身份证：【身份证号已隐去】")]
    [InlineData("身份证：360102 19850312 441×", "身份证：【身份证号已隐去】")]
    public void A_believer_and_an_id_ending_in_the_multiplication_sign_are_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    [InlineData("王小明因犯盗窃罪于2015年被南昌市西湖区人民法院判处有期徒刑一年六个月。", "王某某【个人信息已隐去】。")]
    [InlineData("王小明有盗窃前科。", "王某某【个人信息已隐去】。")]
    [InlineData("王小明因涉嫌诈骗被公安机关立案侦查。", "王某某【个人信息已隐去】。")]
    public void A_criminal_record_is_masked_with_its_crime(string text, string published) =>
        Assert.Equal(published, Samples.RedactPerson(text));

    [Theory]
    [InlineData("患者张某某诊断为“上呼吸道感染、2型糖尿病”。", "患者张某某【个人信息已隐去】。")]
    [InlineData("入院诊断：脑梗死。", "【个人信息已隐去】。")]
    [InlineData("死亡原因：急性心肌梗死。", "【个人信息已隐去】。")]
    public void A_diagnosis_in_quotes_or_after_a_medical_colon_is_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    // What the new words would have taken: a courier before 到货, a plea, a role told, a ruling's words.
    [InlineData("买家申通到货后怀疑是假货。")]
    [InlineData("当事人陈述申辩称：“我是初犯，请求从轻处罚。”")]
    [InlineData("执法人员责令当事人立即停止违法行为。")]
    [InlineData("执法人员通知当事人到场接受调查。")]
    [InlineData("当事人将商品卖给顾客。")]
    [InlineData("该店为佛教用品店，销售香烛。")]
    [InlineData("规格：60×40cm")]
    // The over-mask round's: brands after an order, a stand-in's role or trade in brackets, a shop's customers and a
    // metaphor, a list's prose, a trade's word, what a dead man wore, a product that multiplies, the case's own offence.
    [InlineData("责令华润万家超市限期整改。")]
    [InlineData("通知国美电器门店。")]
    [InlineData("张某（高管）签字确认。")]
    [InlineData("刘氏（宗祠）修缮工程由当事人承建。")]
    [InlineData("当事人销售的王老汉（牛肉干）。")]
    [InlineData("当事人为佛教信徒提供素食。")]
    [InlineData("伊斯兰教信徒的饮食禁忌。")]
    [InlineData("当事人是美食信徒。")]
    [InlineData("患者名单由医院提供。")]
    [InlineData("当事人经营的婴儿游泳馆未取得卫生许可证。")]
    [InlineData("死者安全帽未佩戴。")]
    [InlineData("计算式：36090219800101123×2。")]
    [InlineData("当事人因涉嫌犯罪被移送公安机关立案侦查。")]
    [InlineData("当事人无违法前科。")]
    [InlineData("执法人员对当事人存在的问题进行诊断：未按规定建立台账。")]
    [InlineData("当事人员工长期从事食品加工工作。")]
    [InlineData("当事人组织员工实施培训。")]
    public void The_same_words_without_a_person_stay(string text) =>
        Assert.Equal(text, Samples.RedactOrg(text));
}
