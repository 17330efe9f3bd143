namespace Enforcement.Core.Tests.Redaction;

/// <summary>
/// The eleventh red team's leaks and what the tenth left: names a 询问笔录 gives with no role (刘海波是我同学, 货是刘海波的,
/// 李秀英代为签收), roles and relatives not listed (翻译, 网格员, 我老表, 堂客), homes given in other words, a bank account
/// written after its bank's name, accounts and passwords, a visa, and health, records, beliefs, poverty and a child's
/// school in everyday words.
/// </summary>
public class RecordsAccountsAndFactsTests
{
    [Theory]
    [InlineData("答：刘海波是我同学。", "答：刘某某是我同学。")]
    [InlineData("答：我不认识刘海波。", "答：我不认识刘某某。")]
    [InlineData("答：钱是刘海波的。", "答：钱是刘某某的。")]
    [InlineData("答：钱给刘海波了。", "答：钱给刘某某了。")]
    [InlineData("李秀英代为签收。", "李某某代为签收。")]
    [InlineData("现委托李秀英同志前来办理。", "现委托李某某同志前来办理。")]
    [InlineData("翻译：刘海波，", "翻译：刘某某，")]
    [InlineData("网格员刘海波称其不知情。", "网格员刘某某称其不知情。")]
    [InlineData("答：我老表刘海波知道这个事。", "答：我老表刘某某知道这个事。")]
    [InlineData("答：我堂客刘海燕在店里帮忙。", "答：我堂客刘某某在店里帮忙。")]
    [InlineData("在湖田村委会下屋组刘海波家中查获烟花。", "在【住址已隐去】刘某某家中查获烟花。")]
    public void A_person_a_record_names_in_everyday_words_is_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactPerson(text));

    [Theory]
    [InlineData("答：货是进口的。")]
    [InlineData("答：我不认识这个人。")]
    [InlineData("说明书翻译成中文后张贴。")]
    [InlineData("当事人委托宜春市华联物流有限公司代为配送。")]
    // The over-mask round's: a brand, an officer, a language, an institution, a business's place, a shop's account's state.
    [InlineData("答：货是周黑鸭的，我们是加盟店。")]
    [InlineData("答：杨国福是我老乡开的加盟店。")]
    [InlineData("我局委托张建国同志送达文书。")]
    [InlineData("翻译：韩语")]
    [InlineData("翻译：孟加拉语")]
    [InlineData("评估人：柯桥评估所")]
    [InlineData("答：我家在宜阳大道88号开了一家米粉店。")]
    [InlineData("当事人闲鱼号：已注销")]
    [InlineData("当事人销售的电子密码锁，出厂密码：123456，未提示用户修改。")]
    public void The_same_words_without_a_name_stay(string text) =>
        Assert.Equal(text, Samples.RedactOrg(text));

    [Theory]
    [InlineData("在幸福小区8-2-502当事人家中查获", "在【住址已隐去】当事人家中查获")]
    [InlineData("在当事人位于幸福小区8#2-502的住所查获", "在当事人位于【住址已隐去】的住所查获")]
    [InlineData("答：我家在湖田村下屋组23号。", "答：我家在【住址已隐去】。")]
    public void A_home_given_as_the_scene_or_in_an_answer_is_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactPerson(text));

    [Theory]
    [InlineData("开户行及账号：中国农业银行宜春分行 14050101234567890", "开户行及账号：中国农业银行宜春分行 【银行卡号已隐去】")]
    [InlineData("账户：中国农业银行 14050101234567890", "账户：中国农业银行 【银行卡号已隐去】")]
    [InlineData("农行存折14050101234567890", "农行存折【银行卡号已隐去】")]
    [InlineData("账号：lhb1975，密码：123456", "账号：【账号已隐去】，密码：【账号已隐去】")]
    [InlineData("Q：12345678", "Q：【账号已隐去】")]
    [InlineData("闲鱼号：lhb1975", "闲鱼号：【账号已隐去】")]
    [InlineData("签证号码：V1234567", "签证号码：【证件号码已隐去】")]
    [InlineData("其持有编号为E12345678的护照", "其持有编号为【证件号码已隐去】的护照")]
    [InlineData("电话：0795-3212345-8012、8013", "电话：【电话已隐去】、【电话已隐去】")]
    public void An_account_a_password_or_a_document_in_other_shapes_is_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactPerson(text));

    [Theory]
    [InlineData("当事人曾试图自杀。", "当事人【个人信息已隐去】。")]
    [InlineData("当事人感染了HIV。", "当事人【个人信息已隐去】。")]
    [InlineData("当事人曾被刑拘。", "当事人【个人信息已隐去】。")]
    [InlineData("当事人于2019年被逮捕。", "当事人【个人信息已隐去】。")]
    [InlineData("答：我以前蹲过号子。", "答：我以前【个人信息已隐去】。")]
    [InlineData("当事人系法轮功练习者。", "当事人系【个人信息已隐去】。")]
    [InlineData("答：我信耶稣的，礼拜天要去教会。", "答：我【个人信息已隐去】的，礼拜天要去教会。")]
    [InlineData("当事人装有心脏支架。", "当事人【个人信息已隐去】。")]
    [InlineData("答：我半身不遂好几年了。", "答：我【个人信息已隐去】好几年了。")]
    [InlineData("当事人的女儿是留守儿童。", "当事人的女儿是【个人信息已隐去】。")]
    [InlineData("健康状况：患有高血压，长期服药", "健康状况：【个人信息已隐去】，长期服药")]
    [InlineData("当事人的儿子在宜春市第三中学读书。", "当事人的儿子在【个人信息已隐去】读书。")]
    [InlineData("当事人的女儿今年上初中。", "当事人的女儿今年上【个人信息已隐去】。")]
    public void A_sensitive_fact_in_everyday_words_is_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactPerson(text));

    [Theory]
    [InlineData("健康状况：良好")]
    [InlineData("困难户：你户符合条件。")]
    [InlineData("当事人销售助听器20台。")]
    [InlineData("当事人在宜春市第三中学门口销售辣条。")]
    [InlineData("当事人向宜春市第三中学的学生销售烟花。")]
    [InlineData("《中华人民共和国民法典》第二十二条规定：不能完全辨认自己行为的成年人为限制民事行为能力人。")]
    [InlineData("当事人医院开展心脏搭桥手术未取得相应资质。")]
    [InlineData("当事人的医疗机构未按规定下达病危通知书。")]
    [InlineData("当事人在疫情期间销售新冠阳性检测试剂，未取得注册证。")]
    [InlineData("当事人开设的按摩店系视障人员就业点。")]
    [InlineData("当事人以学生在宜春市第三中学读书为由，向家长收取择校费。")]
    [InlineData("当事人发布“孩子上初中前必报”的培训广告。")]
    public void The_same_words_said_of_no_one_stay(string text) =>
        Assert.Equal(text, Samples.RedactPerson(text));
}
