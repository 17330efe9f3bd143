namespace Enforcement.Core.Tests.Redaction;

/// <summary>
/// The fourth red team's: a child's age after 今年 / 才, names after rarer surnames and role words, 微信名, a
/// health certificate's number, conditions listed after 患有; and what it found masked that is no one's (a table's
/// column titles beside a role, 户籍科, 员工毛巾未消毒).
/// </summary>
public class ChildrenRolesAndTableTitlesTests
{
    [Theory]
    [InlineData("当事人的儿子王小龙今年12岁，在宜春市第三小学读书。", "12岁")]
    [InlineData("当事人的孩子才8岁。", "8岁")]
    [InlineData("当事人的女儿今年九岁。", "九岁")]
    [InlineData("当事人的学徒牛小明才16岁。", "牛小明")]
    [InlineData("当事人的学徒牛小明才16岁。", "16岁")]
    // A table whose header names no role: the row that says its person is a child names the child.
    [InlineData("| 人员 | 备注 |\n|---|---|\n| 童家豪 | 未成年，14周岁 |", "童家豪")]
    public void A_childs_age_after_this_year_or_only_and_an_apprentices_name_are_masked(string text, string secret) =>
        Assert.DoesNotContain(secret, Samples.RedactOrg(text));

    [Theory]
    [InlineData("证人：缑志强、宓春燕。", "缑志强")]
    [InlineData("证人：缑志强、宓春燕。", "宓春燕")]
    [InlineData("姓名：仉建国 性别：男", "仉建国")]
    [InlineData("问：你叫什么名字？\n答：我叫佴小红。", "佴小红")]
    [InlineData("担保人：姚明月，知情人章桂芝反映。", "姚明月")]
    [InlineData("担保人：姚明月，知情人章桂芝反映。", "章桂芝")]
    [InlineData("涉案车辆驾驶人祝永康无法提供随附票证，操作人员滕志伟未取得证书。", "祝永康")]
    [InlineData("涉案车辆驾驶人祝永康无法提供随附票证，操作人员滕志伟未取得证书。", "滕志伟")]
    [InlineData("执法人员向当事人的员工吴晓丽了解情况。", "吴晓丽")]
    [InlineData("执法人员对营业员艾小雨、尤文静进行了询问。", "尤文静")]
    [InlineData("当事人将白酒卖给了管文清。", "管文清")]
    [InlineData("该男子自称丁大海，系当事人的朋友。", "丁大海")]
    [InlineData("经询问，该男孩叫康小东。", "康小东")]
    public void Names_after_rarer_surnames_and_more_role_words_are_masked(string text, string name) =>
        Assert.DoesNotContain(name, Samples.RedactOrg(text));

    [Theory]
    [InlineData("当事人的微信名：小甜甜，头像为一只猫。", "小甜甜")]
    [InlineData("持证人：屈某某（健康证编号：2025360902001234）", "2025360902001234")]
    [InlineData("证人刘芳患有高血压、冠心病。", "冠心病")]
    [InlineData("证人刘芳患有高血压、冠心病。", "高血压")]
    public void A_display_name_a_health_certificates_number_and_listed_conditions_are_masked(string text, string secret) =>
        Assert.DoesNotContain(secret, Samples.RedactOrg(text));

    [Theory]
    [InlineData("当事人居所：宜春市袁州区湖田村5组12号。", "湖田村")]
    [InlineData("当事人暂居于宜春市袁州区秀江路88号3栋，户口在樟树市某某镇田下村3组。", "秀江路")]
    [InlineData("当事人暂居于宜春市袁州区秀江路88号3栋，户口在樟树市某某镇田下村3组。", "田下村")]
    [InlineData("送达地点：宜春市袁州区秀江路88号3栋201室（当事人住所）。", "201室")]
    [InlineData("执法人员在宜春市袁州区湖田村5组12号的家中查获。", "湖田村")]
    [InlineData("当事人是同性恋，平时信佛。", "同性恋")]
    [InlineData("当事人是同性恋，平时信佛。", "信佛")]
    [InlineData("当事人曾经吸过毒，因盗窃坐过牢，目前在做美沙酮维持治疗。", "吸过毒")]
    [InlineData("当事人曾经吸过毒，因盗窃坐过牢，目前在做美沙酮维持治疗。", "坐过牢")]
    [InlineData("当事人曾经吸过毒，因盗窃坐过牢，目前在做美沙酮维持治疗。", "美沙酮")]
    public void A_home_a_belief_and_a_past_in_everyday_words_are_masked(string text, string secret) =>
        Assert.DoesNotContain(secret, Samples.RedactPerson(text));

    [Theory]
    [InlineData("宜春市诚信佛山陶瓷有限公司经营场所位于宜春市。")]
    [InlineData("户口在外地的员工未办理登记。")]
    [InlineData("| 序号 | 情况 |\n|---|---|\n| 1 | 未成年人不得进入 |")]
    [InlineData("当事人的工作人员张贴了价格标签，员工进行了培训，店员了解相关规定。")]
    [InlineData("该公司自称是厂家直销，当事人自称不知道该产品已过期。")]
    public void Words_that_hold_those_shapes_stay(string text) => Assert.Equal(text, Samples.RedactOrg(text));

    [Theory]
    [InlineData("| 顾客 | 商品 | 单价 | 金额 | 备注 |\n| --- | --- | --- | --- | --- |\n| 刘芳 | 白酒 | 68 | 136 | 无 |",
        "| 顾客 | 商品 | 单价 | 金额 | 备注 |\n| --- | --- | --- | --- | --- |\n| 刘某某 | 白酒 | 68 | 136 | 无 |")]
    [InlineData("| 收款人 | 付款方式 | 余额 |\n|---|---|---|\n| 周德胜 | 微信 | 0 |", "| 收款人 | 付款方式 | 余额 |\n|---|---|---|\n| 周某某 | 微信 | 0 |")]
    // A form written as a two-column table: its first row is data, and its name counts.
    [InlineData("| 证人 | 周德胜 |\n|---|---|\n| 顾客 | 刘芳 |", "| 证人 | 周某某 |\n|---|---|\n| 顾客 | 刘某某 |")]
    [InlineData("户籍科出具证明一份。员工毛巾未消毒，店员钱包被盗，游客付费后未获服务。", "户籍科出具证明一份。员工毛巾未消毒，店员钱包被盗，游客付费后未获服务。")]
    public void Column_titles_beside_a_role_and_everyday_words_after_one_stay(string text, string expected) =>
        Assert.Equal(expected, Samples.RedactOrg(text));
}
