namespace Enforcement.Core.Tests.Redaction;

/// <summary>
/// What the twelfth red team found still published after the midday session's rules: the later names of a numbered or
/// space-separated list under a role, who speaks or is asked in a quoted interview, a home the decision says is the
/// person's or names after its owner, numbers of a soldier's, a candidate's, an insured person's and a health
/// certificate's, a VIN after its label's bracket, an e-bike's plate, a health fact and a record; and the old rules'
/// garbles it found (a street read as a name, 询问时 read as a surname, a spaced name running into the next field). The
/// guards are the over-mask round's (1,718 passages on the first version of these rules, /tmp/om14).
/// </summary>
public class NumberedListsSpeakersAndOwnedHomesTests
{
    [Theory]
    [InlineData("被拖欠工资劳动者：①廖春生 ②涂海波 ③喻红梅，合计24400元。", "被拖欠工资劳动者：①廖某某 ②涂某某 ③喻某某，合计24400元。")]
    [InlineData("被拖欠工资劳动者：（1）廖春生 9200元（2）涂海波 8800元（3）喻红梅 6400元。", "被拖欠工资劳动者：（1）廖某某 9200元（2）涂某某 8800元（3）喻某某 6400元。")]
    [InlineData("欠薪人员名单：1.廖春生 欠薪9200元 2.涂海波 欠薪8700元", "欠薪人员名单：1.廖某某 欠薪9200元 2.涂某某 欠薪8700元")]
    [InlineData("证人：⑴刘冬根 ⑵胡建军", "证人：⑴刘某某 ⑵胡某某")]
    [InlineData("劳动者名单：廖春生 涂海波 喻红梅，均为泥工。", "劳动者名单：廖某某 涂某某 喻某某，均为泥工。")]
    // A heading that says it lists persons, with no role straight before its colon.
    [InlineData("经查，当事人拖欠下列劳动者工资：①廖春生 9200元 ②涂海波 8800元。", "经查，当事人拖欠下列劳动者工资：①廖某某 9200元 ②涂某某 8800元。")]
    [InlineData("当事人拖欠农民工工资如下：\n（1）廖春生，9200元；\n（2）涂海波，8800元。", "当事人拖欠农民工工资如下：\n（1）廖某某，9200元；\n（2）涂某某，8800元。")]
    public void The_later_names_of_a_numbered_or_spaced_list_under_a_role_are_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    // The list ends where its numbers do, and a space then a word that is no whole name is no next item.
    [InlineData("证人：①刘冬根，②现场照片三张。", "证人：①刘某某，②现场照片三张。")]
    [InlineData("证人：刘冬根 陈述如下", "证人：刘某某 陈述如下")]
    // A list of goods is no list of names, whatever its numbers.
    [InlineData("查获：①白酒12瓶 ②啤酒30箱", "查获：①白酒12瓶 ②啤酒30箱")]
    // Only whole names are items: not what the first number opens, a company, a place, a job, where a person is from.
    [InlineData("劳动者：①高温补贴未发放 ②万科城项目拖欠工资 ③江西建工未缴社保", "劳动者：①高温补贴未发放 ②万科城项目拖欠工资 ③江西建工未缴社保")]
    [InlineData("投诉人：（1）金地小区业主（2）万科城业主（3）龙湖天街商户", "投诉人：（1）金地小区业主（2）万科城业主（3）龙湖天街商户")]
    [InlineData("举报人：1.刘冬根 2.金盘路社区 3.叶家湾", "举报人：1.刘某某 2.金盘路社区 3.叶家湾")]
    [InlineData("劳动者：1.廖春生 2.车工 3.程序员", "劳动者：1.廖某某 2.车工 3.程序员")]
    [InlineData("劳动者：廖春生 高安人 木工", "劳动者：廖某某 高安人 木工")]
    [InlineData("当事人拖欠下列劳动者工资：①高温补贴 ②加班费", "当事人拖欠下列劳动者工资：①高温补贴 ②加班费")]
    [InlineData("执法人员：①刘洋 ②王军", "执法人员：①刘洋 ②王军")]
    // Nor past the heading of the next list.
    [InlineData("被拖欠工资劳动者：①廖春生 ②涂海波，经核实：①工资表 ②考勤表 ③高温补贴发放记录",
        "被拖欠工资劳动者：①廖某某 ②涂某某，经核实：①工资表 ②考勤表 ③高温补贴发放记录")]
    public void A_list_goes_on_only_while_its_items_are_names(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    [InlineData("刘冬根：“这批货是我从广州进的。”", "刘某某：“这批货是我从广州进的。”")]
    [InlineData("问：刘冬根，你在店里负责什么？答：我负责收银。", "问：刘某某，你在店里负责什么？答：我负责收银。")]
    [InlineData("执法人员问刘冬根：“这些货物是从哪里来的？”", "执法人员问刘某某：“这些货物是从哪里来的？”")]
    public void Who_speaks_or_is_asked_in_a_quoted_interview_is_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    [InlineData("顾客：“这瓶酒是假的。”", "顾客：“这瓶酒是假的。”")]
    [InlineData("当事人负责人称：“货是从广州进的。”", "当事人负责人称：“货是从广州进的。”")]
    [InlineData("问：公司，你们的进货台账在哪里？", "问：公司，你们的进货台账在哪里？")]
    // A sign's or a slogan's words, with no one speaking in them, and an officer the decision names as one.
    [InlineData("门头：“周黑鸭”，车门：“南昌出租”。", "门头：“周黑鸭”，车门：“南昌出租”。")]
    [InlineData("执法人员刘洋（执法证号36010012）进行检查。\n刘洋：“请出示你的营业执照。”", "执法人员刘洋（执法证号36010012）进行检查。\n刘洋：“请出示你的营业执照。”")]
    public void A_role_or_a_word_before_the_quote_is_no_speakers_name(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    [InlineData("当事人在南昌市东湖区阳明路123号（其住所）无证经营。", "当事人在【住址已隐去】（其住所）无证经营。")]
    [InlineData("当事人名下有南昌市东湖区阳明路123号房产一套。", "当事人名下有【住址已隐去】房产一套。")]
    [InlineData("王小明的房屋（阳明路123号2栋302室）楼顶违建。", "王某某的房屋（【住址已隐去】）楼顶违建。")]
    [InlineData("当事人在其自家宅基地（都昌县大港镇王家村12号）上违法建房。", "当事人在其自家宅基地（【住址已隐去】）上违法建房。")]
    [InlineData("王小明，住址南昌市东湖区阳明路123号，寓南昌市青山湖区上坊村45号。", "王某某，住址【住址已隐去】，寓【住址已隐去】。")]
    [InlineData("当事人将南昌市东湖区阳明路123号（住宅）改为经营性用房。", "当事人将【住址已隐去】（住宅）改为经营性用房。")]
    [InlineData("王小明寓南昌市东湖区阳明路123号。", "王某某寓【住址已隐去】。")]
    public void A_natural_persons_home_the_decision_says_is_theirs_is_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactPerson(text));

    [Theory]
    [InlineData("违建位于刘冬根家（阳明路123号2栋302室）楼顶。", "违建位于刘某某家（【住址已隐去】）楼顶。")]
    [InlineData("当事人工作人员进入老人张桂英家（东湖区八一大道333号小区）推销。", "当事人工作人员进入老人张某某家（【住址已隐去】）推销。")]
    [InlineData("燃气泄漏发生在居民熊国平家（南昌市西湖区桃苑大街55号桃苑小区12栋3单元601室）。", "燃气泄漏发生在居民熊某某家（【住址已隐去】）。")]
    [InlineData("举报人：阳明路123号2栋住户（匿名）。", "举报人：【住址已隐去】（匿名）。")]
    // A company's property and a shop's premises are no one's home.
    [InlineData("当事人公司名下有南昌市东湖区阳明路123号房产一套。", "当事人公司名下有南昌市东湖区阳明路123号房产一套。")]
    [InlineData("当事人在南昌市东湖区阳明路123号（经营场所）销售。", "当事人在南昌市东湖区阳明路123号（经营场所）销售。")]
    [InlineData("当事人租用青年公寓3栋作为仓库。", "当事人租用青年公寓3栋作为仓库。")]
    [InlineData("南昌市佳佳超市有限公司在南昌市东湖区阳明路123号（其住所）开展经营。", "南昌市佳佳超市有限公司在南昌市东湖区阳明路123号（其住所）开展经营。")]
    [InlineData("当事人在南昌市东湖区阳明路123号（住所）经营。", "当事人在南昌市东湖区阳明路123号（住所）经营。")]
    [InlineData("江西建工名下有南昌市东湖区阳明路123号房产一套。", "江西建工名下有南昌市东湖区阳明路123号房产一套。")]
    [InlineData("当事人在华润万家（南昌市东湖区阳明路123号）购买。", "当事人在华润万家（南昌市东湖区阳明路123号）购买。")]
    [InlineData("魔方公寓，寓南昌市东湖区阳明路123号。", "魔方公寓，寓南昌市东湖区阳明路123号。")]
    [InlineData("举报人：阳明路123号佳佳超市", "举报人：阳明路123号佳佳超市")]
    public void A_home_named_after_its_owner_or_given_for_a_name_is_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    [InlineData("社会保障卡号：360102198001011234；社保个人编号：1000123456。", "社会保障卡号：【证件号码已隐去】；社保个人编号：【证件号码已隐去】。")]
    [InlineData("涉及参保人员：张淑芬(医保号1001234567)。", "涉及参保人员：张某某(医保号【证件号码已隐去】)。")]
    [InlineData("准考证号：123456789012345，考生：刘思琪。", "准考证号：【证件号码已隐去】，考生：刘某某。")]
    [InlineData("胡建军的健康证明编号：36010220230512001，体检结论：合格。", "胡某某的健康证明编号：【证件号码已隐去】，体检结论：合格。")]
    [InlineData("车辆识别代号（VIN）：LSVAM4187C2184576，发动机号：CDZ123456。", "车辆识别代号（VIN）：【证件号码已隐去】，发动机号：【证件号码已隐去】。")]
    [InlineData("士兵证号：南字第123456号。", "士兵证号：南字第【证件号码已隐去】号。")]
    [InlineData("当事人的电动车（车牌号：南昌A123456）非法载客。", "当事人的电动车（车牌号：【车牌号已隐去】）非法载客。")]
    public void A_persons_numbers_after_their_labels_are_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    [InlineData("定点医疗机构医保号：H36010012345")]
    [InlineData("用人单位社保号：36010012345678")]
    [InlineData("社保编号（单位）：36010012345678")]
    public void An_institutions_or_an_employers_number_stays(string text) =>
        Assert.Equal(text, Samples.RedactOrg(text));

    [Theory]
    [InlineData("病情摘要：患者系乳腺癌术后化疗中。", "病情摘要：患者系【个人信息已隐去】。")]
    [InlineData("驾驶员的从业资格证已被吊销，其曾因交通肇事致人死亡被追究刑事责任。", "驾驶员的从业资格证已被吊销，其【个人信息已隐去】。")]
    public void A_health_fact_and_a_record_are_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    // A pig's blood sample, and a law's words about whom a driver may not be.
    [InlineData("生猪血样非洲猪瘟病毒核酸检测结果呈阳性。")]
    [InlineData("《道路运输从业人员管理规定》第十条：曾因交通肇事致人死亡被追究刑事责任的，不得从事道路运输。")]
    public void An_animals_test_and_a_laws_condition_stay(string text) =>
        Assert.Equal(text, Samples.RedactOrg(text));

    [Theory]
    [InlineData("欠条：今欠刘冬根货款人民币伍万元整，欠款人：张建华。", "欠条：今欠刘某某货款人民币伍万元整，欠款人：张某某。")]
    [InlineData("涉案房屋为湖滨小区2栋301室，所有权人为陶美玲。", "涉案房屋为湖滨小区2栋301室，所有权人为陶某某。")]
    [InlineData("产权人：张桂英，共有人：李国华。", "产权人：张某某，共有人：李某某。")]
    [InlineData("集体土地使用证号：于集用（2005）第0123号，使用权人：钟根生。", "集体土地使用证号：于集用（2005）第0123号，使用权人：钟某某。")]
    public void A_debtors_and_an_owners_name_after_the_label_are_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    [InlineData("调查人（签名）：刘洋　王军　被调查人（签名）：刘冬根", "调查人（签名）：刘洋　王军　被调查人（签名）：刘某某")]
    [InlineData("渔船船长刘冬根未持证驾驶。", "渔船船长刘某某未持证驾驶。")]
    [InlineData("被调查人：南昌市佳佳超市有限公司", "被调查人：南昌市佳佳超市有限公司")]
    public void The_person_investigated_and_a_boats_master_are_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    [InlineData("检查人（签名）：刘洋　王军　刘冬根（当事人）", "检查人（签名）：刘洋　王军　刘某某（当事人）")]
    [InlineData("在场人员：张华（证人）、李明（见证人）", "在场人员：张某某（证人）、李某某（见证人）")]
    // A company and a role in the same place stay.
    [InlineData("南昌市佳佳超市有限公司（当事人）", "南昌市佳佳超市有限公司（当事人）")]
    [InlineData("在场：法定代表人（当事人）", "在场：法定代表人（当事人）")]
    public void A_name_before_its_role_in_a_records_brackets_is_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    [InlineData("土地所有权人：国家，使用权人：国有。")]
    [InlineData("所有权人：王家村村民小组")]
    [InlineData("欠款人：江西建工，欠款金额5000元。")]
    [InlineData("产权人：钱江置业")]
    public void The_state_a_village_group_or_a_company_as_owner_stays(string text) =>
        Assert.Equal(text, Samples.RedactOrg(text));

    [Theory]
    [InlineData("被询问人（签名）：黄志强\n询问人（签名）：刘洋　王军", "被询问人（签名）：黄某某\n询问人（签名）：刘洋　王军")]
    [InlineData("举报人：阳明路123号某店", "举报人：阳明路123号某店")]
    [InlineData("举报人：何家湾村村民委员会。", "举报人：何家湾村村民委员会。")]
    [InlineData("当事人为聋哑人，询问时由手语翻译协助。", "当事人为【个人信息已隐去】，询问时由手语翻译协助。")]
    [InlineData("姓名 张 华 性别 女 年龄 33", "姓名 张某某 性别 女 年龄 33")]
    public void Officers_streets_and_words_the_old_rules_garbled_read_as_written(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));
}
