namespace Enforcement.Core.Tests.Redaction;

/// <summary>
/// The tenth red team (passages as messy as county 决定书) and what the ninth left: a party's home after 当事人住, the
/// persons a contract, a bank slip or a form names (转让方, 付款人名称, 交易对方 …), ledgers with no header, untidy phone
/// numbers (0086, an extension after a dash or a space, a second number after 或), a number written before its passport,
/// health, records, beliefs and poverty in other words. And three ways the redactor garbled what it published: a form's
/// 单位名称： read as a name and 称 (单某某称：), a table of fields whose rows were read as names under its first row
/// (| 金额 | → | 金某某 |), and an address mask that took the rest of the clause with it (the goods, the amounts).
/// </summary>
public class FormsLedgersHomesAndGarblesTests
{
    [Theory]
    [InlineData("单位名称：宜春市嘉禾食品有限公司")]
    [InlineData("公司名称:宜春市嘉禾食品有限公司")]
    [InlineData("商品名称：月饼；生产日期：2023年3月1日")]
    [InlineData("项目名称：菌落总数；检验结果：不合格")]
    public void A_forms_label_ending_in_mingcheng_is_published_as_written(string text) =>
        Assert.Equal(text, Samples.RedactOrg(text));

    [Fact]
    public void A_table_of_fields_masks_the_persons_value_and_no_other_fields_name()
    {
        var text = "| 收款人 | 张建国 |\n| 金额 | 5000元 |\n| 方式 | 转账 |\n| 时间 | 3月1日 |";
        Assert.Equal("| 收款人 | 张某某 |\n| 金额 | 5000元 |\n| 方式 | 转账 |\n| 时间 | 3月1日 |", Samples.RedactOrg(text));
    }

    [Fact]
    public void A_table_headed_by_a_role_still_masks_the_names_under_it() =>
        Assert.Equal("| 收款人 | 金额 |\n| --- | --- |\n| 张某某 | 5000元 |\n| 李某某 | 300元 |",
            Samples.RedactOrg("| 收款人 | 金额 |\n| --- | --- |\n| 张建国 | 5000元 |\n| 李秀英 | 300元 |"));

    [Theory]
    [InlineData("在其租住的宜春市袁州区秀江路12号3栋1203室存放了白酒20箱，货值5000元。", "在其租住的【住址已隐去】存放了白酒20箱，货值5000元。")]
    [InlineData("家住秀江路12号3栋1203室的李秀英证实当事人曾多次销售。", "家住【住址已隐去】的李秀英证实当事人曾多次销售。")]
    [InlineData("住址：秀江路12号3栋1203室现场检查发现白酒20箱", "住址：【住址已隐去】现场检查发现白酒20箱")]
    [InlineData("当事人租住于秀江路12号3栋1203室用于存放货物。", "当事人租住于【住址已隐去】用于存放货物。")]
    // Two rooms are one address; an estate written after the room is part of it.
    [InlineData("住址：秀江路12号3栋1203室和1204室。", "住址：【住址已隐去】。")]
    [InlineData("当事人住宜春市袁州区宜阳大道88号3栋1203室、1204室，均用于存放货物。", "当事人住【住址已隐去】，均用于存放货物。")]
    [InlineData("当事人住宜春市袁州区宜阳大道88号1203室嘉禾公寓。", "当事人住【住址已隐去】。")]
    [InlineData("当事人暂住证登记地址为宜春市袁州区湖田村3组23号。", "当事人暂住证登记地址为【住址已隐去】。")]
    public void An_address_ends_at_its_room_and_what_was_done_there_stays(string text, string published) =>
        Assert.Equal(published, Samples.RedactPerson(text));

    [Theory]
    [InlineData("当事人住宜春市袁州区秀江路12号3栋1203室。", "当事人住【住址已隐去】。")]
    [InlineData("当事人王小明住宜春市袁州区秀江路12号3栋1203室。", "当事人王某某住【住址已隐去】。")]
    [InlineData("当事人与其妻子住秀江路12号3栋1203室。", "当事人与其妻子住【住址已隐去】。")]
    // A hotel named in an earlier clause does not make a witness's home a guest's room.
    [InlineData("当事人经营宜春市金盛酒店，证人刘海波，男，住宜春市袁州区秀江路12号3栋1203室。", "当事人经营宜春市金盛酒店，证人刘某某，男，住【住址已隐去】。")]
    [InlineData("当事人的住处在秀江路12号3栋1203室。", "当事人的住处在【住址已隐去】。")]
    [InlineData("证人刘海波住宜春市袁州区秀江路12号3栋1203室，系当事人邻居。", "证人刘某某住【住址已隐去】，系当事人邻居。")]
    [InlineData("当事人在其母亲家（宜春市袁州区金海花园3栋1203室）存放烟花。", "当事人在其母亲家（【住址已隐去】）存放烟花。")]
    [InlineData("当事人在宜春市袁州区金海花园3栋1203室的出租屋内存放烟花。", "当事人在【住址已隐去】的出租屋内存放烟花。")]
    public void A_home_after_whoever_lives_there_is_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactPerson(text));

    [Theory]
    [InlineData("在其宿舍（秀江路12号3栋1203室）存放", "在其宿舍（【住址已隐去】）存放")]
    [InlineData("在其出租屋（秀江路12号3栋1203室）存放", "在其出租屋（【住址已隐去】）存放")]
    [InlineData("在其自建房内（湖田村下屋组23号）存放", "在其自建房内（【住址已隐去】）存放")]
    [InlineData("将货物送至秀江路12号3栋1203室。", "将货物送至【住址已隐去】。")]
    // The bracket after 家中 is the address, not the rest of one that 其家中 begins (it was masked without its ）).
    [InlineData("将货物送至其家中（秀江路12号3栋1203室）", "将货物送至其家中（【住址已隐去】）")]
    [InlineData("将货物寄往其家里（秀江路12号3栋1203室）", "将货物寄往其家里（【住址已隐去】）")]
    [InlineData("刘海波，13912345678，宜春市袁州区秀江路12号3栋1203室", "刘某某，【电话已隐去】，【住址已隐去】")]
    [InlineData("刘海波、13912345678、5箱；李秀英、13812345678、3箱。", "刘某某、【电话已隐去】、5箱；李某某、【电话已隐去】、3箱。")]
    [InlineData("答：我妈叫李秀英。", "答：我妈叫李某某。")]
    [InlineData("答：送货的叫刘海波，每周来一次。", "答：送货的叫刘某某，每周来一次。")]
    [InlineData("答：他的名字是刘海波，", "答：他的名字是刘某某，")]
    public void A_dormitory_a_courier_slip_a_list_and_an_answer_give_a_person_away(string text, string published) =>
        Assert.Equal(published, Samples.RedactPerson(text));

    [Theory]
    [InlineData("证人刘海波（微信名：海波哥）称。海波哥说货没问题。", "证人刘某某（微信名：【账号已隐去】）称。【账号已隐去】说货没问题。")]
    [InlineData("群成员昵称“江南小王子”下单。江南小王子称其收到货物。", "群成员昵称“【账号已隐去】”下单。【账号已隐去】称其收到货物。")]
    public void A_name_a_person_goes_by_online_is_masked_where_it_is_used_again(string text, string published) =>
        Assert.Equal(published, Samples.RedactPerson(text));

    [Theory]
    [InlineData("员工宿舍（宜阳大道88号厂区内）未配备灭火器。")]
    [InlineData("当事人将样品送至宜春市产品质量监督检验所。")]
    [InlineData("当事人安排店员在门口叫卖。")]
    [InlineData("该产品的名字是“好味道”牌。")]
    public void A_companys_dormitory_a_laboratory_and_a_products_name_stay(string text) =>
        Assert.Equal(text, Samples.RedactOrg(text));

    [Theory]
    [InlineData("当事人员工刘海波，住宜春市袁州区秀江路12号3栋1203室。", "当事人员工刘某某，住【住址已隐去】。")]
    [InlineData("消费者刘海波，住湖田村下屋组23号。", "消费者刘某某，住【住址已隐去】。")]
    [InlineData("当事人在其儿子家（宜春市袁州区湖田村5组12号）加工。", "当事人在其儿子家（【住址已隐去】）加工。")]
    public void A_persons_home_in_a_companys_decision_is_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    // The over-mask round on these rules: 住 ending a verb or starting a word, a document, a guest's room.
    [InlineData("当事人堵住宜春市袁州区宜阳大道88号3栋消防通道。")]
    [InlineData("当事人锁住3栋2单元安全出口，拒不改正。")]
    [InlineData("职工住宿楼（工业园区8号3栋）未设置消防通道。")]
    [InlineData("旅客住3栋302室未登记身份信息。")]
    // Fields of a contract run on into prose, products in a ledger, a vehicle's permit, a count after a phone.
    [InlineData("买方单价为50元。")]
    [InlineData("代理商华润万家超市未索取票证。")]
    [InlineData("代理商为华润万家超市。")]
    [InlineData("2025年3月5日 万达 5箱 500元\n2025年3月6日 苏宁 10箱 300元\n2025年3月7日 国美 8箱 400元")]
    [InlineData("2025年3月5日 金针菇 5箱 500元\n2025年3月6日 林木 10箱 300元\n2025年3月7日 陈醋 8箱 400元")]
    [InlineData("当事人车辆持2025003号通行证进入市区。")]
    // Premises after 送至 and in brackets after a company's dormitory or a relative's house.
    [InlineData("当事人将货物送至宜春市袁州区宜阳大道88号3栋101室嘉禾超市。")]
    [InlineData("当事人将货物寄到湖田村3组23号的收购点。")]
    [InlineData("当事人员工宿舍（工业园区8号3栋）未配备灭火器。")]
    [InlineData("当事人负责人在家里（宜春市袁州区秀江路8号商铺101室）存放货物。")]
    // A kind of person, a law, a claim after its verb and comma.
    [InlineData("当事人系贫困户帮扶单位。")]
    [InlineData("当事人为做礼拜的场所提供装修。")]
    [InlineData("发现有肺结核病人的，应当及时报告。")]
    [InlineData("当事人宣称，老人患高血压后服用该产品三个月即可停药。")]
    [InlineData("当事人员工中系重度残疾的有5人。")]
    // Two garbles older than this round: 其父 and a name 母联, a role and a name 宿舍楼.
    [InlineData("其父母联系电话不详。")]
    [InlineData("员工宿舍楼未设置消防通道。")]
    [InlineData("当事人安排客人入住宜春市袁州区秀江路12号3栋1203室。")]
    [InlineData("当事人，住所地宜春市袁州区宜阳大道88号。")]
    [InlineData("当事人在宜春市袁州区宜阳大道88号的仓库存放烟花。")]
    [InlineData("当事人在宜春市袁州区宜阳大道88号的家具店内销售。")]
    [InlineData("执法人员在宜春市袁州区宜阳大道88号的经营场所检查。")]
    [InlineData("当事人在公司的住处存放烟花。")]
    public void A_businesss_premises_and_a_hotel_room_stay(string text) =>
        Assert.Equal(text, Samples.RedactOrg(text));

    [Theory]
    [InlineData("转让方：张建国，受让方：宜春市华联商贸有限公司。", "转让方：张某某，受让方：宜春市华联商贸有限公司。")]
    [InlineData("付款人名称：张建国", "付款人名称：张某某")]
    [InlineData("持卡人：张建国", "持卡人：张某某")]
    [InlineData("陈述申辩人：张建国", "陈述申辩人：张某某")]
    [InlineData("利害关系人：张建国", "利害关系人：张某某")]
    [InlineData("对方名称：张建国", "对方名称：张某某")]
    [InlineData("交易对方：张建国", "交易对方：张某某")]
    [InlineData("账户名称：张建国", "账户名称：张某某")]
    [InlineData("付款方名称：张建国", "付款方名称：张某某")]
    [InlineData("汇款人：张建国", "汇款人：张某某")]
    [InlineData("签字人：张建国", "签字人：张某某")]
    [InlineData("委托人：张建国", "委托人：张某某")]
    [InlineData("对方名称为张建国。", "对方名称为张某某。")]
    public void The_persons_a_contract_a_bank_slip_or_a_form_names_are_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactPerson(text));

    [Theory]
    [InlineData("付款人：宜春市华联商贸有限公司")]
    [InlineData("转让方：宜春市华联商贸有限公司")]
    [InlineData("付款方名称：宜春市华联商贸有限公司")]
    public void A_company_after_those_labels_stays(string text) =>
        Assert.Equal(text, Samples.RedactOrg(text));

    [Theory]
    [InlineData("李秀英，360902198503121235，13907951234\n张建国，360902198201011234，13807951234", "李某某，【身份证号已隐去】，【电话已隐去】\n张某某，【身份证号已隐去】，【电话已隐去】")]
    [InlineData("李秀英，360902198503121235。", "李某某，【身份证号已隐去】。")]
    [InlineData("销售台账：\n3月1日 刘海波 5箱 500元\n3月2日 李秀英 3箱 300元", "销售台账：\n3月1日 刘某某 5箱 500元\n3月2日 李某某 3箱 300元")]
    public void A_ledger_with_no_header_masks_its_names(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    // A product where the name would be, and one line alone, are no ledger of persons.
    [InlineData("销售台账：\n3月1日 白酒 5箱 500元\n3月2日 啤酒 3箱 300元")]
    [InlineData("销售台账：\n3月1日 白酒 5箱 500元\n3月2日 黄酒 3箱 300元")]
    [InlineData("进货记录：3月1日 刘海波 5箱")]
    [InlineData("钟点工，13907951234。")]
    public void A_ledger_of_goods_and_an_advertisements_word_stay(string text) =>
        Assert.Equal(text.Replace("13907951234", "【电话已隐去】"), Samples.RedactOrg(text));

    [Theory]
    [InlineData("| 序号 | 姓名 | 金额 |\n|---|---|---|\n| 1 | 刘海波 | 500元 |", "| 序号 | 姓名 | 金额 |\n|---|---|---|\n| 1 | 刘某某 | 500元 |")]
    [InlineData("| 序号 | 姓名 | 微信号 |\n|---|---|---|\n| 1 | 刘海波 | liuhaibo1975 |", "| 序号 | 姓名 | 微信号 |\n|---|---|---|\n| 1 | 刘某某 | 【账号已隐去】 |")]
    public void A_table_of_names_beside_what_they_paid_or_their_accounts_is_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactPerson(text));

    [Fact]
    public void A_table_of_officers_keeps_their_names() =>
        Assert.Equal("| 姓名 | 职务 | 执法证号 | 电话 |\n|---|---|---|---|\n| 刘静 | 科员 | 36090012345 | 【电话已隐去】 |",
            Samples.RedactOrg("| 姓名 | 职务 | 执法证号 | 电话 |\n|---|---|---|---|\n| 刘静 | 科员 | 36090012345 | 0795-3212345 |"));

    [Theory]
    [InlineData("联系电话：0086 795 3212345", "联系电话：【电话已隐去】")]
    [InlineData("联系电话：13907951234-8012", "联系电话：【电话已隐去】")]
    [InlineData("联系电话：0795—3212345、3212346", "联系电话：【电话已隐去】、【电话已隐去】")]
    [InlineData("电话：0795-3212345或3212346", "电话：【电话已隐去】或【电话已隐去】")]
    [InlineData("电话：0795-3212345，3212346。", "电话：【电话已隐去】，【电话已隐去】。")]
    [InlineData("电话：0795-3212345（3212346）", "电话：【电话已隐去】（【电话已隐去】）")]
    [InlineData("电话：0795 3212345 转 8012", "电话：【电话已隐去】")]
    [InlineData("电话：0795-3212345 ext.8012", "电话：【电话已隐去】")]
    [InlineData("电话：0795-3212345（分机：8012）", "电话：【电话已隐去】")]
    [InlineData("当事人持E12345678号护照入境。", "当事人持【证件号码已隐去】号护照入境。")]
    [InlineData("Q Q：12345678", "Q Q：【账号已隐去】")]
    [InlineData("旺旺号：tb123456789", "旺旺号：【账号已隐去】")]
    public void Untidy_numbers_are_masked_whole(string text, string published) =>
        Assert.Equal(published, Samples.RedactPerson(text));

    [Theory]
    // An amount after a comma, a bracket that says what the number is.
    [InlineData("联系电话：0795-3212345，罚款3000元。", "联系电话：【电话已隐去】，罚款3000元。")]
    [InlineData("联系电话：0795-3212345，3212346元", "联系电话：【电话已隐去】，3212346元")]
    [InlineData("当事人电话0795-3212345-12箱。", "当事人电话【电话已隐去】-12箱。")]
    [InlineData("电话：0795-3212345（办公室）", "电话：【电话已隐去】（办公室）")]
    public void What_follows_a_phone_that_is_no_phone_stays(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    [InlineData("证人李秀英有糖尿病。", "证人李某某【个人信息已隐去】。")]
    [InlineData("员工李秀英患肺结核已三个月。", "员工李某某【个人信息已隐去】已三个月。")]
    [InlineData("当事人员工李秀英患高血压。", "当事人员工李某某【个人信息已隐去】。")]
    [InlineData("张建国因盗窃于2018年被判刑一年。", "张建国【个人信息已隐去】。")]
    [InlineData("员工李秀英因盗窃被判刑。", "员工李某某【个人信息已隐去】。")]
    [InlineData("当事人的股东刘海波信奉佛教。", "当事人的股东刘某某【个人信息已隐去】。")]
    [InlineData("证人张建国有一辆货车。", "证人张某某有一辆货车。")]
    [InlineData("证人李秀英不知道该批食品已过期。", "证人李某某不知道该批食品已过期。")]
    [InlineData("当事人店长刘海波否认知情。", "当事人店长刘某某否认知情。")]
    public void A_condition_a_record_or_a_belief_is_masked_with_the_name_before_it(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    [InlineData("当事人系贫困户。", "当事人系【个人信息已隐去】。")]
    [InlineData("当事人双耳失聪。", "当事人【个人信息已隐去】。")]
    [InlineData("当事人常年坐轮椅。", "当事人【个人信息已隐去】。")]
    [InlineData("当事人系重度残疾。", "当事人系【个人信息已隐去】。")]
    [InlineData("当事人曾被劳动教养。", "当事人【个人信息已隐去】。")]
    [InlineData("当事人系天主教徒，每周做礼拜。", "当事人系【个人信息已隐去】，每周【个人信息已隐去】。")]
    [InlineData("当事人系低收入家庭。", "当事人系【个人信息已隐去】。")]
    [InlineData("当事人享受特困救助。", "当事人享受【个人信息已隐去】。")]
    // 患癌 and 癌症 are one mask, not 【…】症 with the rest left.
    [InlineData("当事人患癌症正在化疗。", "当事人【个人信息已隐去】正在【个人信息已隐去】。")]
    [InlineData("当事人系孤寡老人。", "当事人系【个人信息已隐去】。")]
    public void Health_poverty_and_belief_in_other_words_are_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactPerson(text));

    [Theory]
    [InlineData("当事人宣传该产品适合有高血压的人群。")]
    [InlineData("患有活动性肺结核的从业人员不得从事接触直接入口食品的工作。")]
    [InlineData("当事人向贫困户发放补贴。")]
    [InlineData("当事人销售的药品用于治疗肺结核。")]
    [InlineData("当事人为孤寡老人提供免费体检服务的广告内容不实。")]
    [InlineData("当事人销售轮椅一台。")]
    public void A_kind_of_person_a_claim_or_a_product_stays(string text) =>
        Assert.Equal(text, Samples.RedactOrg(text));
}
