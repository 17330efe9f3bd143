namespace Enforcement.Core.Tests.Redaction;

/// <summary>
/// The twelfth red team's leaks: the dead and hurt of an accident, lists under a heading, a real name in brackets after
/// the text's own stand-in for it (张某（张华）), a name before whom the person went with or what befell the person, whom
/// officers told or ordered, a believer, and an ID whose check character was typed as the multiplication sign.
/// </summary>
public class DeadListsStandInsAndBeliefsTests
{
    [Theory]
    [InlineData("死者胡长青，男，52岁，系当事人聘用的焊工。", "死者胡某某，男，52岁，系当事人聘用的焊工。")]
    [InlineData("事故造成1人死亡，死者为胡长青。", "事故造成1人死亡，死者为胡某某。")]
    [InlineData("遇难人员：廖春生", "遇难人员：廖某某")]
    [InlineData("受伤人员：钟海涛（左腿骨折）、刘全福（头部外伤）。", "受伤人员：钟某某（左腿骨折）、刘某某（头部外伤）。")]
    [InlineData("其遗孀李秀梅及子女生活困难。", "其遗孀李某某及子女生活困难。")]
    [InlineData("新生儿喻小宝", "新生儿喻某某")]
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
    [InlineData("执法人员通知刘冬根到场接受调查。", "执法人员通知刘某某到场接受调查。")]
    [InlineData("执法人员责令刘冬根立即停止违法行为。", "执法人员责令刘某某立即停止违法行为。")]
    public void A_name_before_whom_the_person_went_with_or_what_befell_the_person_is_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    [InlineData("员工刘聪系佛教信徒。", "员工刘某某系【个人信息已隐去】。")]
    [InlineData("员工刘聪系伊斯兰教信徒，要求清真餐饮。", "员工刘某某系【个人信息已隐去】，要求清真餐饮。")]
    [InlineData("身份证：３６０１０２１９８５０９１２３３１×", "身份证：【身份证号已隐去】")]
    [InlineData("身份证：360102 19850312 441×", "身份证：【身份证号已隐去】")]
    public void A_believer_and_an_id_ending_in_the_multiplication_sign_are_masked(string text, string published) =>
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
    public void The_same_words_without_a_person_stay(string text) =>
        Assert.Equal(text, Samples.RedactOrg(text));
}
