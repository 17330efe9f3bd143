namespace Enforcement.Core.Tests.Redaction;

/// <summary>
/// The ninth red team (1,291 passages as messy as county 决定书): a name that opens a sentence before what the person said
/// (张建国称…), a name after a verb that takes a person (对张建国进行了询问, 委托张建国全权…), a name in a 询问笔录's answers, a role and a name before what the person did next (员工张建国前往…, 顾客张伟喝了…, whose verb was lost as
/// 张某某了), a 〇 among the digits of an ID or a phone, a grouped ID in the bracket after a name, an ID split by a PDF's page
/// footer or a blank line, other regions' IDs, passports and residence permits, 19850312生, and a home said as 的家在 or
/// 目前住. And what must stay, much of it found by an over-mask round (800 passages) run on the first version of these rules:
/// an officer named again without his certificate, boilerplate (但辩称, 于次日表示), towns, brands and companies in the same
/// places, things after the same verbs (对冷库进行检查), answers that name no one.
/// </summary>
public class SpeakersVerbsAnswersAndZerosTests
{
    [Theory]
    [InlineData("张建国称其每月工资3000元。", "张某某称其每月工资3000元。")]
    [InlineData("当事人销售过期食品。张建国称其在当事人店内购买了两瓶白酒。", "当事人销售过期食品。张某某称其在当事人店内购买了两瓶白酒。")]
    [InlineData("张建国说：“我买了两瓶。”", "张某某说：“我买了两瓶。”")]
    [InlineData("李秀英亦证实当事人销售白酒。", "李某某亦证实当事人销售白酒。")]
    [InlineData("李秀英介绍，店里有三名员工。", "李某某介绍，店里有三名员工。")]
    public void A_name_opening_what_the_person_said_is_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    [InlineData("执法人员分别对张建国、李秀英制作了询问笔录。", "执法人员分别对张某某、李某某制作了询问笔录。")]
    [InlineData("本局依法向张建国送达了《行政处罚告知书》。", "本局依法向张某某送达了《行政处罚告知书》。")]
    [InlineData("当事人委托张建国全权代理本案。", "当事人委托张某某全权代理本案。")]
    [InlineData("当事人承认曾经雇请张建国、李秀英在店内做事。", "当事人承认曾经雇请张某某、李某某在店内做事。")]
    [InlineData("执法人员在张建国的陪同下对仓库进行检查。", "执法人员在张某某的陪同下对仓库进行检查。")]
    [InlineData("经张建国同意，当事人将货物存放在其仓库。", "经张某某同意，当事人将货物存放在其仓库。")]
    [InlineData("根据张建国提供的购物小票，当事人销售了过期食品。", "根据张某某提供的购物小票，当事人销售了过期食品。")]
    [InlineData("当事人借用张建国的营业执照经营。", "当事人借用张某某的营业执照经营。")]
    [InlineData("当事人将货款转给李秀英。", "当事人将货款转给李某某。")]
    public void A_name_after_a_verb_that_takes_a_person_is_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    [InlineData("问：这批货是谁进的？\n答：是张建国进的，他是我们老板的表弟。", "问：这批货是谁进的？\n答：是张某某进的，他是我们老板的表弟。")]
    [InlineData("答：货是从张建国那里拿的。", "答：货是从张某某那里拿的。")]
    [InlineData("问：张建国是你什么人？\n答：是我表哥。", "问：张某某是你什么人？\n答：是我表哥。")]
    public void A_name_in_a_records_answers_is_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    [InlineData("兹委托我公司员工张建国前往贵局办理相关手续。", "兹委托我公司员工张某某前往贵局办理相关手续。")]
    [InlineData("证人李秀英目睹了全过程。", "证人李某某目睹了全过程。")]
    [InlineData("员工李娜每天负责收银。", "员工李某某每天负责收银。")]
    [InlineData("顾客张建国随后报警。", "顾客张某某随后报警。")]
    // The verb stays: it was taken as the name's third character (张某某了两瓶酒, 陈某某了钱).
    [InlineData("顾客张伟喝了两瓶酒。", "顾客张某某喝了两瓶酒。")]
    [InlineData("店员陈静收了钱。", "店员陈某某收了钱。")]
    [InlineData("证人刘洋看到当事人卖酒。", "证人刘某某看到当事人卖酒。")]
    [InlineData("顾客李秀英吃完后腹泻。", "顾客李某某吃完后腹泻。")]
    public void A_role_and_a_name_before_what_the_person_did_next_are_masked_and_nothing_else_is_lost(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    [InlineData("证人李秀英，身份证号码：3609021985〇3121235", "证人李某某，身份证号码：【身份证号已隐去】")]
    [InlineData("证人李秀英，电话：１３９〇７９５１２３４", "证人李某某，电话：【电话已隐去】")]
    [InlineData("经查，李秀英（36〇9〇2198503121235）系当事人雇员。", "经查，李某某（【身份证号已隐去】）系当事人雇员。")]
    [InlineData("经查，李秀英（3609 2419 6901 0112 33）系当事人雇员。", "经查，李某某（【身份证号已隐去】）系当事人雇员。")]
    // A 〇 among Chinese numerals, or in a year, is still what it was.
    [InlineData("于2〇25年3月5日检查。", "于2〇25年3月5日检查。")]
    public void A_zero_written_as_a_chinese_numeral_and_a_grouped_number_in_brackets_are_read_as_the_number(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    [InlineData("本局执法人员刘静（执法证号：36090012345）、陈明（执法证号：36090012346）对当事人进行检查。刘静表示，当事人在场。")]
    [InlineData("当事人称其不知道。")]
    [InlineData("该公司表示愿意整改。")]
    [InlineData("同时表示愿意整改。")]
    [InlineData("经营者称不知情。")]
    [InlineData("执法人员对冷库进行检查。")]
    [InlineData("执法人员对当事人进行了询问。")]
    [InlineData("对白酒、啤酒进行抽样。")]
    [InlineData("经本局负责人同意，本局立案调查。")]
    [InlineData("该车辆系当事人所有。")]
    [InlineData("当事人将涉案产品卖给消费者。")]
    [InlineData("问：你卖的是什么牌子？\n答：康师傅。")]
    [InlineData("答：还有白酒和啤酒。")]
    [InlineData("答：从仓库那里拿的。")]
    [InlineData("顾客随后报警。")]
    [InlineData("员工每天打扫卫生。")]
    [InlineData("店员收了钱。")]
    // What the over-mask round found the first version of these rules masking: boilerplate, towns, brands and companies
    // before what they said or had done, 原 before a role, a conjunction before a companion, what was done before 后.
    [InlineData("当事人对违法事实无异议，但辩称其不知道该产品是假冒的。")]
    [InlineData("当事人收到告知书后，于次日表示放弃陈述申辩。")]
    [InlineData("当事人提交书面陈述申辩，申辩称其系初次违法。")]
    [InlineData("当事人在询问中，简要介绍了其经营情况。")]
    [InlineData("经协查，高安称该企业不在其辖区内。")]
    [InlineData("经向商标权利人核实，李宁表示涉案运动鞋并非其公司生产。")]
    [InlineData("涉案商标系康师傅所有。")]
    [InlineData("执法人员对原店主进行了询问，原店主称其已将店铺转让。")]
    [InlineData("当事人将剩余货物售与华联。")]
    [InlineData("问：这批货是谁送的？\n答：是申通送的。")]
    [InlineData("问：这批货是谁生产的？\n答：海天。")]
    [InlineData("当事人雇请钟点工、临时工等人从事包装工作。")]
    [InlineData("执法人员在安保的陪同下进入仓库。")]
    [InlineData("根据卫健委提供的材料，")]
    [InlineData("当事人租用原厂房，用于生产。")]
    [InlineData("消费者康复后拨打12345投诉。")]
    [InlineData("顾客和家人吃了该批月饼后出现腹泻症状。")]
    [InlineData("员工关门后离开。")]
    [InlineData("厨师戴手套炒菜。")]
    public void Officers_roles_things_and_answers_that_name_no_one_stay(string text) =>
        Assert.Equal(text, Samples.RedactOrg(text));

    [Theory]
    [InlineData("证人李秀英，身份证号码3609021985\n— 2 —\n03121235，现住宜春市。")]
    [InlineData("证人李秀英，身份证号码360902198503\n第2页 共3页\n121235。")]
    [InlineData("证人李秀英，身份证号码360902\n\n198503121235。")]
    public void An_id_number_split_by_a_page_footer_or_a_blank_line_is_masked_whole(string text)
    {
        var published = Samples.RedactOrg(text);
        Assert.Contains("【身份证号已隐去】", published);
        foreach (var piece in (string[])["3609021985", "03121235", "121235", "198503121235"]) Assert.DoesNotContain(piece, published);
    }

    [Theory]
    // A footer between a fine and a date joins nothing; a blank line joins only what makes a valid ID.
    [InlineData("罚款5000元。\n— 2 —\n2025年3月5日")]
    [InlineData("联系电话：本局12315\n\n2025年3月5日")]
    public void Page_footers_and_blank_lines_join_nothing_else(string text) =>
        Assert.Equal(text, Samples.RedactOrg(text));

    [Theory]
    [InlineData("电话：13907951234（李秀英）", "电话：【电话已隐去】（李某某）")]
    [InlineData("电话：0795-3212345（李秀英家）", "电话：【电话已隐去】（李某某家）")]
    [InlineData("联系电话：13907951234（李娜）。", "联系电话：【电话已隐去】（李某某）。")]
    // Whatever else the bracket says stays; so does a name after a number that is no phone.
    [InlineData("联系电话：0795-3212345（办公室）", "联系电话：【电话已隐去】（办公室）")]
    [InlineData("电话：13907951234（微信同号）", "电话：【电话已隐去】（微信同号）")]
    [InlineData("执法证号：36090012345（刘静）", "执法证号：36090012345（刘静）")]
    public void A_name_in_brackets_after_a_phone_says_whose_it_is_and_is_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    [InlineData("证人陈美玲，香港居民，身份证号码A123456(7)。", "A123456")]
    [InlineData("证人林美玲，身份证号码：A123456789。", "A123456789")]
    [InlineData("证人李秀英，Passport No.: E12345678", "E12345678")]
    [InlineData("证人约翰·史密斯，外国人永久居留证号：USA110085061702。", "USA110085061702")]
    [InlineData("证人李秀英，男，19850312生。", "19850312")]
    public void Other_regions_ids_passports_residence_permits_and_a_birth_date_before_生_are_masked(string text, string secret) =>
        Assert.DoesNotContain(secret, Samples.RedactOrg(text));

    [Theory]
    [InlineData("当事人王小明的家在湖田村5组12号。", "湖田村")]
    [InlineData("当事人王小明目前住宜春市袁州区锦绣花园7栋1203室。", "锦绣花园")]
    [InlineData("一、当事人王小明于自家（宜春市袁州区湖田村5组）加工销售米粉。", "湖田村")]
    public void A_natural_partys_home_said_in_more_ways_is_masked(string text, string secret) =>
        Assert.DoesNotContain(secret, Samples.RedactPerson(text));

    [Theory]
    [InlineData("本局于20250312生效的决定。")]
    [InlineData("当事人目前住院治疗。")]
    [InlineData("当事人在自家门店销售。")]
    public void Dates_hospital_stays_and_a_shop_of_ones_own_stay(string text) =>
        Assert.Equal(text, Samples.RedactPerson(text));

    [Fact]
    public void The_partys_name_mistyped_before_what_it_said_is_masked_in_a_natural_persons_decision() =>
        Assert.Equal("当事人王某某，男。王某某称其不知道食品已过期。", Samples.RedactPerson("当事人王小明，男。王晓明称其不知道食品已过期。"));
}
