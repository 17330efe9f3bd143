namespace Enforcement.Core.Tests.Redaction;

/// <summary>
/// The ninth red team (1,291 passages as messy as county 决定书): a name that opens a clause before what the person said
/// (张建国称…), a name after a verb that takes a person (对张建国进行了询问, 委托张建国全权…, 为张建国所有), a name that answers
/// who in a 询问笔录, a role and a name before what the person did next (员工张建国前往…, 顾客张伟喝了…, whose verb was lost as
/// 张某某了), a 〇 among the digits of an ID or a phone, and a grouped ID in the bracket after a name. And what must stay: an
/// officer named again without his certificate, things after the same verbs (对冷库进行检查), answers that name no one.
/// </summary>
public class SpeakersVerbsAnswersAndZerosTests
{
    [Theory]
    [InlineData("张建国称其每月工资3000元。", "张某某称其每月工资3000元。")]
    [InlineData("2025年3月5日，张建国称其在当事人店内购买了两瓶白酒。", "2025年3月5日，张某某称其在当事人店内购买了两瓶白酒。")]
    [InlineData("张建国说：“我买了两瓶。”", "张某某说：“我买了两瓶。”")]
    [InlineData("李秀英亦证实当事人销售白酒。", "李某某亦证实当事人销售白酒。")]
    [InlineData("对此，李秀英予以证实。", "对此，李某某予以证实。")]
    [InlineData("李秀英的陈述与当事人的陈述相互印证。", "李某某的陈述与当事人的陈述相互印证。")]
    [InlineData("李娜称其在店内工作。", "李某某称其在店内工作。")]
    public void A_name_opening_what_the_person_said_is_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    [InlineData("执法人员分别对张建国、李秀英制作了询问笔录。", "执法人员分别对张某某、李某某制作了询问笔录。")]
    [InlineData("本局依法向张建国送达了《行政处罚告知书》。", "本局依法向张某某送达了《行政处罚告知书》。")]
    [InlineData("当事人委托张建国全权代理本案。", "当事人委托张某某全权代理本案。")]
    [InlineData("当事人承认曾经雇请张建国、李秀英在店内做事。", "当事人承认曾经雇请张某某、李某某在店内做事。")]
    [InlineData("经查，涉案车辆为张建国所有。", "经查，涉案车辆为张某某所有。")]
    [InlineData("执法人员在张建国的陪同下对仓库进行检查。", "执法人员在张某某的陪同下对仓库进行检查。")]
    [InlineData("经张建国同意，当事人将货物存放在其仓库。", "经张某某同意，当事人将货物存放在其仓库。")]
    [InlineData("根据张建国提供的购物小票，当事人销售了过期食品。", "根据张某某提供的购物小票，当事人销售了过期食品。")]
    [InlineData("当事人借用张建国的营业执照经营。", "当事人借用张某某的营业执照经营。")]
    [InlineData("当事人将货款转给李秀英。", "当事人将货款转给李某某。")]
    public void A_name_after_a_verb_that_takes_a_person_is_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    [InlineData("问：你们店里谁负责采购？\n答：张建国。", "问：你们店里谁负责采购？\n答：张某某。")]
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
    public void Officers_roles_things_and_answers_that_name_no_one_stay(string text) =>
        Assert.Equal(text, Samples.RedactOrg(text));

    [Fact]
    public void The_partys_name_mistyped_before_what_it_said_is_masked_in_a_natural_persons_decision() =>
        Assert.Equal("当事人王某某，男。王某某称其不知道食品已过期。", Samples.RedactPerson("当事人王小明，男。王晓明称其不知道食品已过期。"));
}
