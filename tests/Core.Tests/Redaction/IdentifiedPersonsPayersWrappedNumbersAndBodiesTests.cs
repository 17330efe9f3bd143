namespace Enforcement.Core.Tests.Redaction;

/// <summary>
/// What the sixteenth red team found still published: persons identified or appraised, names in prose with no role
/// (working in the shop, telling, kin, paid, owning or driving a vehicle), payers in quotes, pupils by their school,
/// accounts answered, hard-wrapped or nicknamed, OCR letters in grouped numbers, hard-wrapped plates, homes of kin and
/// buyers, and bodies, injuries and records in more words. Each passage fails without the change that masks it; the
/// public look-alikes stand beside a personal part in the same passage.
/// </summary>
public class IdentifiedPersonsPayersWrappedNumbersAndBodiesTests
{
    [Theory]
    // Whom officers identified (后查明为, 经核实为, 即为) and whose injury was appraised, with its degree.
    [InlineData("一名男子（后查明为刘海波）驾驶无牌三轮车运输液化气钢瓶。", "一名男子（后查明为刘某某）驾驶无牌三轮车运输液化气钢瓶。")]
    [InlineData("经查，该男子（经核实为刘海波）系当事人的员工。", "经查，该男子（经核实为刘某某）系当事人的员工。")]
    [InlineData("该男子后经查明为刘海波。", "该男子后经查明为刘某某。")]
    [InlineData("经比对，照片中的男子即为刘海波。", "经比对，照片中的男子即为刘某某。")]
    [InlineData("经鉴定，刘海波的损伤程度为轻伤二级。", "经鉴定，刘某某的损伤程度为【个人信息已隐去】。")]
    [InlineData("经鉴定，刘海波构成十级伤残。", "经鉴定，刘某某构成【个人信息已隐去】。")]
    [InlineData("刘海波的伤情经鉴定为轻微伤。", "刘某某的伤情经鉴定为【个人信息已隐去】。")]
    [InlineData("经司法鉴定，陈小芳的伤残等级为九级。", "经司法鉴定，陈某某的【个人信息已隐去】。")]
    public void Identified_and_appraised_persons_are_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    // A name in prose with no role before it, where what follows is only a person's: work in the shop, a word said, kin, pay, a phone, a vehicle owned or driven.
    [InlineData("刘海波在店内负责销售。", "刘某某在店内负责销售。")]
    [InlineData("陈小芳在现场帮忙搬运货物。", "陈某某在现场帮忙搬运货物。")]
    [InlineData("刘海波平时在店里帮忙收银。", "刘某某平时在店里帮忙收银。")]
    [InlineData("黄建明负责该批货物的运输。", "黄某某负责该批货物的运输。")]
    [InlineData("该批货物由刘海波从湖南购进。", "该批货物由刘某某从湖南购进。")]
    [InlineData("刘海波和陈小芳是当事人雇请的员工。", "刘某某和陈某某是当事人雇请的员工。")]
    [InlineData("据刘海波讲，货是从网上买的。", "据刘某某讲，货是从网上买的。")]
    [InlineData("刘海波说这批货是他朋友送的。", "刘某某说这批货是他朋友送的。")]
    [InlineData("当事人系刘海波的妻子。", "当事人系刘某某的妻子。")]
    [InlineData("当事人每月支付刘海波工资3000元。", "当事人每月支付刘某某工资3000元。")]
    [InlineData("刘海波手机里存有与当事人的聊天记录。", "刘某某手机里存有与当事人的聊天记录。")]
    [InlineData("执法人员对刘海波的手机进行了拍照取证。", "执法人员对刘某某的手机进行了拍照取证。")]
    [InlineData("刘海波是该车的实际所有人。", "刘某某是该车的实际所有人。")]
    [InlineData("经查，倾倒废渣的车辆为刘海波所有。", "经查，倾倒废渣的车辆为刘某某所有。")]
    [InlineData("执法人员对刘海波驾驶的渣土车进行检查。", "执法人员对刘某某驾驶的渣土车进行检查。")]
    [InlineData("刘海波夫妇在该处经营。", "刘某某夫妇在该处经营。")]
    [InlineData("住在隔壁的刘海波反映，当事人夜间施工噪音扰民。", "住在隔壁的刘某某反映，当事人夜间施工噪音扰民。")]
    [InlineData("该工程由个人黄建明实际施工。", "该工程由个人黄某某实际施工。")]
    [InlineData("当事人从个人刘海波处收购废旧铅蓄电池。", "当事人从个人刘某某处收购废旧铅蓄电池。")]
    [InlineData("当事人将废机油交给无资质的个人刘海波处置。", "当事人将废机油交给无资质的个人刘某某处置。")]
    public void Names_in_prose_are_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    // A payer or a payee as a payment app or a note shows the name, and the holder in brackets after an account's number.
    [InlineData("转账给微信用户“刘海波”。", "转账给微信用户“刘某某”。")]
    [InlineData("当事人收到“刘海波”通过微信转账的货款500元。", "当事人收到“刘某某”通过微信转账的货款500元。")]
    [InlineData("支付宝实名认证为“*海波”。", "支付宝实名认证为“*某某”。")]
    [InlineData("转账备注为“刘海波货款”。", "转账备注为“刘某某货款”。")]
    [InlineData("收款账户：6217 0020 2001 2345 678（刘海波）", "收款账户：【银行卡号已隐去】（刘某某）")]
    public void Payers_and_payees_in_quotes_and_brackets_are_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    // 初中生, 高中生 before a child's name, as 学生 and 小学生 were.
    [InlineData("当事人向初中生刘小宝出售烟花爆竹。", "当事人向初中生刘某某出售烟花爆竹。")]
    [InlineData("高中生陈小芳在该网吧上网。", "高中生陈某某在该网吧上网。")]
    public void Pupils_by_their_school_are_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    // An account given as an answer, hard-wrapped at a line's end, or a nickname after 微信昵称 / 抖音昵称 (read as 微信 and 抖音 until now).
    [InlineData("问：你的微信号是多少？\n答：lhb1985。", "问：你的微信号是多少？\n答：【账号已隐去】。")]
    [InlineData("微信昵称：海波哥（wx：lhb1985）", "微信昵称：【账号已隐去】（wx：【账号已隐去】）")]
    [InlineData("抖音昵称：海波哥（抖音号：lhb1985）", "抖音昵称：【账号已隐去】（抖音号：【账号已隐去】）")]
    [InlineData("微信号：lhb\n1985", "微信号：【账号已隐去】\n")]
    [InlineData("QQ：1234\n56789\n2、当事人未建立进货台账。", "QQ：【账号已隐去】\n\n2、当事人未建立进货台账。")]
    public void Accounts_answered_wrapped_or_nicknamed_are_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    // OCR's O and l in a number grouped by dashes or spaces.
    [InlineData("联系电话：139-O795-l234。", "联系电话：【电话已隐去】。")]
    [InlineData("手机:l39 O795 1234，微信同号。", "手机:【电话已隐去】，微信同号。")]
    [InlineData("员工刘海波，3609O2 19850312 1235。", "员工刘某某，【身份证号已隐去】。")]
    public void Grouped_numbers_with_OCR_letters_are_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    // A plate hard-wrapped after its letter or inside its number: the mask keeps the line break.
    [InlineData("车牌号：赣C\n12345。", "车牌号：【车牌号已隐去】\n。")]
    [InlineData("车牌号：赣C12\n345。", "车牌号：【车牌号已隐去】\n。")]
    [InlineData("当事人驾驶赣C\n12345号货车运输烟花爆竹。", "当事人驾驶【车牌号已隐去】\n号货车运输烟花爆竹。")]
    public void Wrapped_plates_are_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    // A relative's, a friend's or a buyer's home, and the home after 我女儿家，.
    [InlineData("当事人将货物存放在其父亲位于湖田村下屋组23号的房屋内。", "当事人将货物存放在其父亲位于【住址已隐去】的房屋内。")]
    [InlineData("当事人将烟花爆竹藏匿于其朋友刘海波位于湖田村下屋组23号的家中。", "当事人将烟花爆竹藏匿于其朋友刘某某位于【住址已隐去】的家中。")]
    [InlineData("当事人向刘海波（宜春市袁州区湖田村下屋组23号）出售了烟花爆竹。", "当事人向刘某某（【住址已隐去】）出售了烟花爆竹。")]
    [InlineData("答：我平时住在我女儿家，宜春市袁州区秀江路88号3栋501室。", "答：我平时住在我女儿家，【住址已隐去】。")]
    public void Homes_of_kin_friends_and_buyers_are_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    // A limb's disability, medicine for good, a paralysis, a strain, a mind unsettled, a carrier, a depression, a psychiatric ward, a heart condition, a police record's offence.
    [InlineData("当事人左腿残疾，行动不便。", "当事人【个人信息已隐去】，行动不便。")]
    [InlineData("当事人长期服用降压药，身体状况较差。", "当事人【个人信息已隐去】，身体状况较差。")]
    [InlineData("当事人常年瘫痪，靠妻子照顾。", "当事人【个人信息已隐去】，靠妻子照顾。")]
    [InlineData("当事人患有严重的腰肌劳损。", "当事人【个人信息已隐去】。")]
    [InlineData("当事人精神状态异常，无法正常询问。", "当事人【个人信息已隐去】，无法正常询问。")]
    [InlineData("当事人为艾滋病病毒携带者。", "当事人为【个人信息已隐去】。")]
    [InlineData("当事人系重度抑郁，曾多次住院。", "当事人系【个人信息已隐去】，曾多次住院。")]
    [InlineData("当事人的儿子在宜春市第三人民医院精神科住院治疗。", "当事人的儿子在宜春市第三人民医院【个人信息已隐去】。")]
    [InlineData("当事人丈夫有严重的心脏病，每月医药费3000余元。", "当事人丈夫【个人信息已隐去】，每月医药费3000余元。")]
    [InlineData("问：你以前受过处罚吗？\n答：2018年因为赌博被派出所拘留过五天。", "问：你以前受过处罚吗？\n答：2018年【个人信息已隐去】。")]
    public void Bodies_injuries_and_records_are_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactPerson(text));

    [Theory]
    // Each public look-alike of a new reader stays, in a passage whose personal part is masked (a department, a brand, a law's words, a standard's number, a village committee's address).
    [InlineData("经核实为同一批次产品。该男子后经查明为刘海波。", "经核实为同一批次产品。该男子后经查明为刘某某。")]
    [InlineData("构成轻伤以上的，依法追究刑事责任。经鉴定，刘海波构成十级伤残。", "构成轻伤以上的，依法追究刑事责任。经鉴定，刘某某构成【个人信息已隐去】。")]
    [InlineData("造成1人轻伤，2人轻微伤。经鉴定，刘海波的损伤程度为轻伤二级。", "造成1人轻伤，2人轻微伤。经鉴定，刘某某的损伤程度为【个人信息已隐去】。")]
    [InlineData("施工方负责现场安全管理。黄建明负责该批货物的运输。", "施工方负责现场安全管理。黄某某负责该批货物的运输。")]
    [InlineData("项目部负责现场施工，刘海波在现场帮忙搬运货物。", "项目部负责现场施工，刘某某在现场帮忙搬运货物。")]
    [InlineData("据当事人介绍，该批货物由刘海波从湖南购进。", "据当事人介绍，该批货物由刘某某从湖南购进。")]
    [InlineData("该店系周黑鸭的加盟店，当事人系刘海波的妻子。", "该店系周黑鸭的加盟店，当事人系刘某某的妻子。")]
    [InlineData("当事人未按时支付农民工工资，每月支付刘海波工资3000元。", "当事人未按时支付农民工工资，每月支付刘某某工资3000元。")]
    [InlineData("五粮液和茅台酒是当事人从外地购进的，刘海波和陈小芳是当事人雇请的员工。", "五粮液和茅台酒是当事人从外地购进的，刘某某和陈某某是当事人雇请的员工。")]
    [InlineData("老板娘说这是新货。刘海波说这批货是他朋友送的。", "老板娘说这是新货。刘某某说这批货是他朋友送的。")]
    [InlineData("华为手机中存有该视频，刘海波手机里存有与当事人的聊天记录。", "华为手机中存有该视频，刘某某手机里存有与当事人的聊天记录。")]
    [InlineData("当事人通过微信公众号“宜春市场监管”收到了通知，收到“刘海波”通过微信转账的货款500元。", "当事人通过微信公众号“宜春市场监管”收到了通知，收到“刘某某”通过微信转账的货款500元。")]
    [InlineData("当事人向初中生出售香烟，初中生刘小宝在店内购买。", "当事人向初中生出售香烟，初中生刘某某在店内购买。")]
    [InlineData("执行标准：ISO 9001 2015，联系电话：139-O795-l234。", "执行标准：ISO 9001 2015，联系电话：【电话已隐去】。")]
    [InlineData("湖田村村委会（湖田村下屋组23号）出具了证明，当事人向刘海波（宜春市袁州区湖田村下屋组23号）出售了烟花爆竹。", "湖田村村委会（湖田村下屋组23号）出具了证明，当事人向刘某某（【住址已隐去】）出售了烟花爆竹。")]
    [InlineData("事故造成网络系统长期瘫痪。经鉴定，刘海波构成十级伤残。", "事故造成网络系统长期瘫痪。经鉴定，刘某某构成【个人信息已隐去】。")]
    [InlineData("驾驶员在精神状态异常时不得驾驶车辆。刘海波在店内负责销售。", "驾驶员在精神状态异常时不得驾驶车辆。刘某某在店内负责销售。")]
    [InlineData("当事人在招聘广告中注明“不招乙肝携带者”。刘海波在店内负责销售。", "当事人在招聘广告中注明“不招乙肝携带者”。刘某某在店内负责销售。")]
    [InlineData("当事人销售的助听器无产品合格证，由刘海波从湖南购进。", "当事人销售的助听器无产品合格证，由刘某某从湖南购进。")]
    public void Public_look_alikes_stay_beside_what_is_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));
}
