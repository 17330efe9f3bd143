namespace Enforcement.Core.Tests.Redaction;

/// <summary>
/// What the fifteenth red team found still published: a worker the party let go, a village's officials, a hotel's guest, the
/// persons a 询问笔录's answer lists or its question addresses, a name opening a dated chat line or an accident at work,
/// buyers and owners in a table's rows, the address before 自家, the health and the driving record of a party or its kin,
/// and a name after 个人. And their public look-alikes: companies, brands, officers, places, 村委会, 个人 as a word.
/// </summary>
public class WorkersVillageOfficialsGuestsAndAnswersTests
{
    [Theory]
    [InlineData("2025年2月，当事人与刘志华解除劳动关系，未依法支付经济补偿。", "2025年2月，当事人与刘某某解除劳动关系，未依法支付经济补偿。")]
    [InlineData("当事人于2024年12月与员工刘志华解除劳动合同，未出具解除证明。", "当事人于2024年12月与员工刘某某解除劳动合同，未出具解除证明。")]
    [InlineData("当事人与职工陈小芳解除劳动合同后未办理社保减员。", "当事人与职工陈某某解除劳动合同后未办理社保减员。")]
    [InlineData("当事人未经协商即与黄建明解除了劳动关系。", "当事人未经协商即与黄某某解除了劳动关系。")]
    [InlineData("经查，当事人已与张建军终止劳动合同。", "经查，当事人已与张某某终止劳动合同。")]
    [InlineData("当事人与其员工熊志勇解除劳动关系时未支付工资。", "当事人与其员工熊某某解除劳动关系时未支付工资。")]
    public void A_worker_the_party_let_go_is_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    [InlineData("经查，湖田村村委会干部刘海波参与了收购。", "经查，湖田村村委会干部刘某某参与了收购。")]
    [InlineData("村干部刘海波证实当事人在该处倾倒垃圾。", "村干部刘某某证实当事人在该处倾倒垃圾。")]
    [InlineData("村干部陈小芳、黄建明到场见证。", "村干部陈某某、黄某某到场见证。")]
    [InlineData("村组干部邓国良到场指认了倾倒地点。", "村组干部邓某某到场指认了倾倒地点。")]
    [InlineData("湖田村村书记陈建国称其不知情。", "湖田村村书记陈某某称其不知情。")]
    [InlineData("湖田村村支书陈建国到现场指认了倾倒地点。", "湖田村村支书陈某某到现场指认了倾倒地点。")]
    [InlineData("下屋组组长刘海波证实该地块为集体土地。", "下屋组组长刘某某证实该地块为集体土地。")]
    public void A_villages_officials_are_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    [InlineData("2025年3月1日，刘海波入住当事人经营的宾馆，未登记身份信息。", "2025年3月1日，刘某某入住当事人经营的宾馆，未登记身份信息。")]
    [InlineData("经查，刘海波于2025年3月1日入住当事人经营的如家酒店302房间。", "经查，刘某某于2025年3月1日入住当事人经营的如家酒店302房间。")]
    [InlineData("旅客刘海波入住当事人经营的宾馆时未查验身份证件。", "旅客刘某某入住当事人经营的宾馆时未查验身份证件。")]
    [InlineData("当事人在接待住宿旅客刘海波时，未按规定登记。", "当事人在接待住宿旅客刘某某时，未按规定登记。")]
    [InlineData("当事人接待住宿旅客陈小芳、黄建明时未如实登记。", "当事人接待住宿旅客陈某某、黄某某时未如实登记。")]
    public void A_hotels_guest_is_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    [InlineData("问：店里有几个员工？\n答：刘海波、陈小芳、张建军三个人。", "问：店里有几个员工？\n答：刘某某、陈某某、张某某三个人。")]
    [InlineData("答：店里有刘海波、陈小芳两个员工。", "答：店里有刘某某、陈某某两个员工。")]
    [InlineData("答：就我和刘海波两个人。", "答：就我和刘某某两个人。")]
    [InlineData("问：当时店里还有谁？答：有刘海波和陈小芳。", "问：当时店里还有谁？答：有刘某某和陈某某。")]
    [InlineData("问：还有谁在场？\n答：有刘海波、陈小芳和张建军。", "问：还有谁在场？\n答：有刘某某、陈某某和张某某。")]
    [InlineData("问：刘海波，我们是宜春市市场监督管理局的执法人员，现依法向你进行询问。", "问：刘某某，我们是宜春市市场监督管理局的执法人员，现依法向你进行询问。")]
    [InlineData("问：黄建明，我们是宜春市市场监督管理局执法人员（出示证件），你看清楚了吗？", "问：黄某某，我们是宜春市市场监督管理局执法人员（出示证件），你看清楚了吗？")]
    public void The_persons_an_answer_lists_and_whom_a_question_addresses_are_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    [InlineData("刘海波于2025年3月1日通过微信向当事人发送了订单截图。", "刘某某于2025年3月1日通过微信向当事人发送了订单截图。")]
    [InlineData("陈小芳于2025年3月2日22时通过微信向当事人转账500元。", "陈某某于2025年3月2日22时通过微信向当事人转账500元。")]
    [InlineData("刘海波于2025年3月5日在微信中称“货已发出”。", "刘某某于2025年3月5日在微信中称“货已发出”。")]
    [InlineData("经查，黄建明于2024年12月5日通过QQ向当事人订购烟花爆竹20箱。", "经查，黄某某于2024年12月5日通过QQ向当事人订购烟花爆竹20箱。")]
    [InlineData("刘海波在作业过程中从脚手架坠落。", "刘某某在作业过程中从脚手架坠落。")]
    [InlineData("经调查，刘海波在作业过程中从脚手架坠落，经抢救无效死亡。", "经调查，刘某某在作业过程中从脚手架坠落，经抢救无效死亡。")]
    [InlineData("陈小芳在清洗设备时被机器划伤手臂。", "陈某某在清洗设备时被机器划伤手臂。")]
    [InlineData("黄建明在当事人店内工作期间受伤。", "黄某某在当事人店内工作期间受伤。")]
    public void A_name_opening_a_dated_chat_line_or_an_accident_is_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    [InlineData("| 序号 | 业主 | 房号 | 面积 |\n| --- | --- | --- | --- |\n| 1 | 刘海波 | 3栋201 | 89.5 |\n| 2 | 陈小芳 | 3栋202 | 102 |",
        "| 序号 | 业主 | 房号 | 面积 |\n| --- | --- | --- | --- |\n| 1 | 刘某某 | 3栋201 | 89.5 |\n| 2 | 陈某某 | 3栋202 | 102 |")]
    [InlineData("| 日期 | 购货单位 | 品名 | 数量 |\n| --- | --- | --- | --- |\n| 3月1日 | 黄建明 | 白酒 | 10箱 |\n| 3月2日 | 宜春市万家福超市有限公司 | 白酒 | 20箱 |",
        "| 日期 | 购货单位 | 品名 | 数量 |\n| --- | --- | --- | --- |\n| 3月1日 | 黄某某 | 白酒 | 10箱 |\n| 3月2日 | 宜春市万家福超市有限公司 | 白酒 | 20箱 |")]
    [InlineData("<table>\n<tr><th>业主</th><th>房号</th></tr>\n<tr><td>刘海波</td><td>3栋201</td></tr>\n</table>",
        "<table>\n<tr><th>业主</th><th>房号</th></tr>\n<tr><td>刘某某</td><td>3栋201</td></tr>\n</table>")]
    [InlineData("<table>\n<tr><th>购货单位</th><th>数量</th></tr>\n<tr><td>黄建明</td><td>10箱</td></tr>\n<tr><td>宜春市万家福超市</td><td>20箱</td></tr>\n</table>",
        "<table>\n<tr><th>购货单位</th><th>数量</th></tr>\n<tr><td>黄某某</td><td>10箱</td></tr>\n<tr><td>宜春市万家福超市</td><td>20箱</td></tr>\n</table>")]
    public void Owners_and_buyers_in_a_tables_rows_are_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    [InlineData("当事人在袁州区湖田村158号自家房屋顶部设置广告牌。", "当事人在【住址已隐去】自家房屋顶部设置广告牌。")]
    [InlineData("当事人在宜春市袁州区湖田村委会下屋组158号自家院子内焚烧垃圾。", "当事人在【住址已隐去】自家院子内焚烧垃圾。")]
    [InlineData("王小明在袁州区湖田村158号自家房屋顶部私自架设广告牌。", "王某某在【住址已隐去】自家房屋顶部私自架设广告牌。")]
    public void In_a_persons_decision_the_address_before_自家_is_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactPerson(text));

    [Fact]
    public void After_a_persons_name_the_address_before_自家_is_masked() =>
        Assert.Equal("刘某某在【住址已隐去】自家房屋顶部私自加建。", Samples.RedactOrg("刘海波在袁州区湖田村158号自家房屋顶部私自加建。"));

    [Theory]
    [InlineData("当事人在陈述申辩中称其患有腰椎间盘突出，无力经营。", "当事人在陈述申辩中称其【个人信息已隐去】，无力经营。")]
    [InlineData("当事人在陈述申辩中提出，其本人患有腰椎间盘突出症，家中困难。", "当事人在陈述申辩中提出，其本人【个人信息已隐去】，家中困难。")]
    [InlineData("当事人称其刚做完心脏手术，请求从轻处罚。", "当事人称其刚【个人信息已隐去】，请求从轻处罚。")]
    [InlineData("当事人称其母亲刚做完心脏手术，需要照顾。", "当事人称其母亲刚【个人信息已隐去】，需要照顾。")]
    [InlineData("当事人陈述申辩称，其父亲因脑溢血去世，家庭困难。", "当事人陈述申辩称，其父亲【个人信息已隐去】，家庭困难。")]
    [InlineData("经查，当事人曾因醉酒驾驶被吊销机动车驾驶证。", "经查，当事人【个人信息已隐去】。")]
    [InlineData("其丈夫因醉酒驾驶被吊销机动车驾驶证。", "其丈夫【个人信息已隐去】。")]
    [InlineData("当事人曾因醉驾被吊销驾驶证。", "当事人【个人信息已隐去】。")]
    public void A_persons_health_and_driving_record_are_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactPerson(text));

    [Theory]
    [InlineData("当事人将工程分包给个人黄建明。", "当事人将工程分包给个人黄某某。")]
    [InlineData("当事人向个人刘海波出售烟花爆竹。", "当事人向个人刘某某出售烟花爆竹。")]
    [InlineData("当事人将营业执照出借给个人黄建明使用。", "当事人将营业执照出借给个人黄某某使用。")]
    [InlineData("个人黄建明承接了该工程。", "个人黄某某承接了该工程。")]
    public void A_name_after_个人_is_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    // A company, a brand or the party's own staff let go; a law's words.
    [InlineData("当事人与宜春市华联劳务派遣有限公司解除劳务派遣协议。")]
    [InlineData("当事人与康师傅终止了经销合同。")]
    [InlineData("当事人与员工解除劳动合同时，未依法支付经济补偿。")]
    [InlineData("用人单位依照本法第四十条规定与劳动者解除劳动合同的，应当支付经济补偿。")]
    [InlineData("当事人与湖田村村民委员会终止承包合同。")]
    // 村委会 and its officials as a body, a meeting or a word.
    [InlineData("经查，湖田村村委会出具证明，证实该地块为集体土地。")]
    [InlineData("经村干部协调，双方达成和解。")]
    [InlineData("村委会干部会议纪要载明相关事项。")]
    [InlineData("执法人员在村干部的陪同下到现场检查。")]
    [InlineData("村干部要带头遵守法律法规。")]
    [InlineData("班组长未履行安全职责。")]
    // Guests, rates, an officer's visit, a new flat.
    [InlineData("旅客入住时，当事人未查验其身份证件。")]
    [InlineData("2025年3月，该酒店入住率达90%。")]
    [InlineData("执法人员刘静于2025年3月1日入住该宾馆进行暗访。")]
    [InlineData("新房入住前应进行甲醛检测。")]
    [InlineData("华联超于2025年3月1日入住。")]
    // Answers that list things, shops or brands; questions that open with a greeting.
    [InlineData("问：你从哪里进的货？\n答：有华联超市和永辉超市。")]
    [InlineData("问：店里卖哪些商品？\n答：有白酒和啤酒。")]
    [InlineData("问：你们店的供货商有哪些人？\n答：有华联和万家福。")]
    [InlineData("问：当时还有哪些人在场？\n答：有执法人员刘静和陈建华。")]
    [InlineData("答：我和店员两个人。")]
    [InlineData("问：你好，我们是宜春市市场监督管理局的执法人员，现依法向你进行询问。")]
    [InlineData("问：当事人，我们是宜春市市场监督管理局的执法人员。")]
    [InlineData("问：老板，你好，我们是市场监管局的执法人员。")]
    // Brands and bodies that publish through a chat app; an officer who writes to the party.
    [InlineData("周黑鸭于2025年3月1日通过微信公众号发布了声明。")]
    [InlineData("王老吉于2025年5月1日通过抖音直播销售凉茶。")]
    [InlineData("执法人员于2025年3月1日通过微信向当事人送达了责令改正通知书。")]
    [InlineData("执法人员刘海波、陈小芳（执法证号：36090012345、36090012346）于2025年3月1日进行检查。刘海波于2025年3月2日通过微信向当事人发送了询问通知书。")]
    // What falls or is hurt that is no person; a brand where an accident happened.
    [InlineData("广告牌在大风中坠落。")]
    [InlineData("龙门架在吊装过程中坠落。")]
    [InlineData("施工队在作业过程中发生坠落事故。")]
    [InlineData("万家福在促销活动中发生踩踏，多名顾客受伤。")]
    [InlineData("执法人员刘静在检查过程中被狗咬伤。")]
    [InlineData("周黑鸭在自家门店推出新品。")]
    // A company's premises before 自家.
    [InlineData("当事人在宜阳大道88号自家门店内销售过期食品。")]
    [InlineData("当事人在湖田村158号自家房屋内设立加工点。")]
    // Health claimed by a product, a law's words on drink-driving, a death that is a fact of the case.
    [InlineData("当事人宣称其产品可治愈腰椎间盘突出。")]
    [InlineData("当事人为求美者做完双眼皮手术后未开具病历。")]
    [InlineData("原法定代表人因病去世后，当事人未办理变更登记。")]
    [InlineData("因醉酒驾驶机动车被吊销机动车驾驶证的，五年内不得重新取得机动车驾驶证。")]
    [InlineData("当事人组织了醉驾警示教育活动。")]
    // 个人 as a word.
    [InlineData("员工应保持良好的个人卫生。")]
    [InlineData("个人卫生间未设置洗手设施。")]
    [InlineData("当事人以个人名义对外签订合同。")]
    [InlineData("当事人将个人房屋出租用于经营。")]
    [InlineData("当事人使用个人车辆运输货物。")]
    [InlineData("个人申请书。")]
    [InlineData("任何单位和个人不得生产经营禁止生产经营的食品。")]
    // What a worker did when, read as a name before 时 (员工包某某，) until now.
    [InlineData("员工包装时，未佩戴手套。")]
    [InlineData("员工施工时，未设置警示标志。")]
    [InlineData("员工申报时未如实填写。")]
    public void Public_look_alikes_stay(string text) =>
        Assert.Equal(text, Samples.RedactOrg(text));

    [Theory]
    [InlineData("当事人在宜阳大道88号自家门店内销售过期食品。")]
    [InlineData("经查，当事人在其位于袁州区湖田村158号自家厂房内生产。")]
    [InlineData("当事人在湖田村村委会院内存放货物。")]
    public void In_a_persons_decision_premises_before_自家_stay(string text) =>
        Assert.Equal(text, Samples.RedactPerson(text));

    [Fact]
    public void A_tables_header_cell_房号_beside_业主_stays()
    {
        const string table = "<table><tr><th>业主</th><th>房号</th></tr><tr><td>宜春市华联房地产开发有限公司</td><td>3栋</td></tr></table>";
        Assert.Equal(table, Samples.RedactOrg(table));
    }

    [Theory]
    // Everyday words after a role, read as a name of a surname and two characters: 员工时常迟到 was published as 员工时某某到.
    [InlineData("员工时常迟到，当事人未予处理。")]
    [InlineData("员工盘点时发现货架上有过期食品。")]
    [InlineData("员工盘查时未发现异常。")]
    [InlineData("问：员工有健康证吗？答：有三个，都有健康证。")]
    [InlineData("员工都有健康证明。")]
    public void Everyday_words_after_a_role_are_not_names(string text) =>
        Assert.Equal(text, Samples.RedactOrg(text));

    [Theory]
    [InlineData("证人时小明称其在店内购买。", "证人时某某称其在店内购买。")]
    [InlineData("员工盘小军负责收银。", "员工盘某某负责收银。")]
    public void Names_with_those_surnames_are_still_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));
}
