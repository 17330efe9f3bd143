namespace Enforcement.Core.Tests.Redaction;

/// <summary>
/// The seventh red team's (220 passages with personal data, 70 that must stay), from documents the earlier ones barely
/// used: seizure lists, sampling forms, petitions, wage arrears, farm-supply ledgers, delivery slips, patients' records,
/// house-building notices. Before, 103 of the 220 leaked something. And what stays: the same shapes where they are a
/// company's, an institution's, a law's or an officer's.
/// </summary>
public class WorkersFarmersDeliveriesAndPatientsTests
{
    [Theory]
    [InlineData("扣押物品持有人:甄德旺   身份证:36O926l968O82728lO（复印件翻拍，字迹不清）", "甄德旺")]
    [InlineData("被抽样人：冷冬英（个体摊贩）  电话：15879506631", "冷冬英")]
    [InlineData("信访人：戴金凤    住址：樟树市临江镇大桥村委会下戴组", "戴金凤")]
    [InlineData("职工郜强在操作冲床时左手被压伤。", "郜强")]
    [InlineData("经查，你单位拖欠鲁春燕等17名劳动者2024年10月至12月工资共计人民币213,600元。", "鲁春燕")]
    [InlineData("经查，当事人招用的冉小芳，2010年6月出生，入职时未满十六周岁。", "冉小芳")]
    [InlineData("当事人将复合肥赊销给楠木乡楠木村农户习德财。", "习德财")]
    [InlineData("机动车维修登记：送修人晏春林，维修项目：更换刹车片。", "晏春林")]
    [InlineData("求美者栾慧在当事人处接受注射后出现鼻部皮肤坏死。", "栾慧")]
    [InlineData("起火部位位于官秋生家一楼堂屋，官秋生之母舒桂莲被烧伤。", "舒桂莲")]
    [InlineData("经测量，当事人所建房屋东至皮冬林家，西至村道。", "皮冬林")]
    [InlineData("郜德昌（已故）家属郜建军反映，当事人收取遗体接运费8600元。", "郜德昌")]
    [InlineData("证人证言：\n（1）鄢小琴，证明当事人系该店实际经营者；\n（2）鄢伟，证明其于3月5日在该店购买过涉案白酒。", "鄢小琴")]
    [InlineData("入住306房的栾浩宇（360981199904165255）、栾佳二人，仅登记了一人身份信息。", "栾浩宇")]
    [InlineData("入住306房的栾浩宇（360981199904165255）、栾佳二人，仅登记了一人身份信息。", "栾佳")]
    [InlineData("兹委托闵小燕（身份证号360902199007141549）代表公司处理本案相关事宜。", "闵小燕")]
    [InlineData("该批电动车分别售予尹红兵（车架号LYDTCJ3K5R1000315）。", "尹红兵")]
    [InlineData("当事人于2025年3月从王建军（身份证号码：360902 1980 0101 0017）处购进白酒20箱。", "王建军")]
    [InlineData("执法人员对邓丽华（身份证号：36090219900202002X）进行了询问。", "邓丽华")]
    [InlineData("当事人提供的进货票据上有“经手人：胡美玲”字样。", "胡美玲")]
    [InlineData("送货单：开票人 刘晓东  制单人：邹丽", "刘晓东")]
    // A list of names, each written straight before its number.
    [InlineData("执法人员调取了会员登记表，共326条，如：黄丽萍 13979561234、徐国强 15907951234。", "黄丽萍")]
    [InlineData("会员名单：黄丽萍13979561234，徐国强15907951234。", "徐国强")]
    [InlineData("今收到卞春林复合肥款贰仟元整（¥2000.00）", "卞春林")]
    [InlineData("当事人出具的收条：今收到晏桂花货款伍仟元整", "晏桂花")]
    [InlineData("今收到冉子轩（家长：冉志强）暑期数学提高班学费贰仟陆佰捌拾元整。", "冉子轩")]
    [InlineData("收据：今收到郜丽华交来的培训费叁仟元整。", "郜丽华")]
    [InlineData("家长群截图显示，群成员“鲁浩宇妈妈”在群内发布了缴费二维码。", "鲁浩宇")]
    [InlineData("其外孙甄宇今年七岁，放学后常在店内写作业。", "甄宇")]
    [InlineData("后厨共有从业人员3名，其中谷小燕的健康证明已于2024年11月过期。", "谷小燕")]
    [InlineData("柜内有郜小军的农村信用社存折1本，已当场退还本人。", "郜小军")]
    [InlineData("户主：缪德明\n家庭成员：涂桂香（妻）、缪文亮（子）、缪文慧（女）", "缪文亮")]
    public void A_name_after_the_roles_these_documents_use_is_masked(string text, string name) =>
        Assert.DoesNotContain(name, Samples.RedactOrg(text));

    [Theory]
    [InlineData("以下工人未签订劳动合同：敖小军、敖小兵、晏伟明、郜春花（女，1968年12月25日生）。", "敖小兵")]
    [InlineData("购买该批稻种的受损农户有匡水生、匡木生、缪国华等11户，涉及水稻面积86亩。", "匡木生")]
    [InlineData("所占耕地原系阙木根、阙水根两户承包。", "阙木根")]
    [InlineData("经调查，涉案产品最终流向宜春市袁州区的吴春来、吴春明、吴海清等12户农户。", "吴春来")]
    public void The_others_listed_with_a_name_are_masked(string text, string name) =>
        Assert.DoesNotContain(name, Samples.RedactOrg(text));

    [Theory]
    [InlineData("序号\t姓名\t工种\t身份证号\t欠发工资\n3\t晋建林\t木工\t362223197203059098\t12,600.00", "晋建林")]
    [InlineData("工号  姓名     考勤卡号   手机\n017   甄德明   K-00172    135.7958.4410\n018   伍春旺   K-00173    133.3795.0912", "伍春旺")]
    [InlineData("日期\t购买人\t住址\t品名\t数量\n4.3\t时水根\t柏木乡柏木村三组\t草甘膦\t2瓶", "柏木村三组")]
    [InlineData("日期\t购买人\t住址\t品名\t数量\n4.3\t时水根\t柏木乡柏木村三组\t草甘膦\t2瓶", "时水根")]
    public void Names_and_homes_in_a_table_typed_with_tabs_or_spaces_are_masked(string text, string secret) =>
        Assert.DoesNotContain(secret, Samples.RedactOrg(text));

    [Theory]
    [InlineData("欠薪情况：\n⑴ 卜建军，钢筋工，欠薪9,800元，工资卡6217 0080 3660 4404 558；\n⑵ 卜建勇，钢筋工，欠薪8,600元，工资卡同上。", "卜建勇")]
    [InlineData("4/16  谷老三  敌敌畏×2  135795O4417\n4/17  谷水莲  吡虫啉×5  现金", "谷水莲")]
    [InlineData("出租屋租户登记表（3楼）\n301  戴文杰  152 7058 6621  附近电子厂上班\n302  杭春梅  母子二人  150 7952 0093", "杭春梅")]
    [InlineData("涉案地块承包户花名册：\n1. 伍德旺  1.2亩  135 7950 6613\n2. 伍德发  0.8亩  （由其子伍志华代签）", "伍德发")]
    [InlineData("当事人雇请的从业人员：\n1.兑国强（负责炒制）\n2.兑建华（负责包装），身份证号360902199203154412", "兑国强")]
    [InlineData("群接龙记录显示：\n1. 谷冬梅 土鸡蛋3斤\n2. 彭小红 土鸡蛋5斤 13979512345\n3. 晏春花 2斤", "谷冬梅")]
    public void A_list_of_persons_one_to_a_line_is_masked_where_a_line_gives_a_phone_an_id_or_pay(string text, string name) =>
        Assert.DoesNotContain(name, Samples.RedactOrg(text));

    [Theory]
    [InlineData("1. 白酒  12瓶  条码6920855060123\n2. 黄酒  3瓶  货值2345元")]
    [InlineData("1. 黄建华  执法证号：36090021012\n2. 刘芳  执法证号：36090021013")]
    [InlineData("1. 现场检查笔录  1份\n2. 询问笔录  2份  文号36090212345")]
    [InlineData("1. 白酒 12瓶 条码6920855060123\n2. 黄酒（半甜型） 3瓶 货值2345元")]
    public void A_list_of_goods_officers_or_evidence_stays(string text) =>
        Assert.Equal(text, Samples.RedactOrg(text));

    [Fact]
    public void A_spaced_tables_header_keeps_its_column_titles()
    {
        var redacted = Samples.RedactOrg("日期\t购买人\t住址\t品名\t数量\t联系电话\n4.3\t时水根\t柏木乡柏木村三组\t草甘膦\t2瓶\t13576508812");
        Assert.StartsWith("日期\t购买人\t住址\t品名\t数量\t联系电话\n", redacted);
    }

    [Theory]
    [InlineData("收货人：栾静  18379510862  江西省宜春市袁州区明月北路梅园小区11栋2单元303", "梅园小区")]
    [InlineData("收货人：骆文静，13607951388，江西省 宜春市 袁州区 化成街道 东风大街 春江花园3栋602", "春江花园")]
    [InlineData("收件人：甄红  广东省东莞市长安镇锦厦社区新河路88号", "新河路88号")]
    [InlineData("寄件信息：冉红英/187****6602/宜春市袁州区湛郎街道湛郎村委会冉家组", "冉家组")]
    [InlineData("附近居民晏春花（住袁州区洪江乡古庙村下屋组）反映，当事人夜间焚烧废旧轮胎。", "下屋组")]
    [InlineData("业主杭国庆（天工南路御景园7栋2单元1701室）反映，当事人未经公示即上调物业服务费。", "1701室")]
    [InlineData("样品来源：自产（种植户晋水根，住新田乡新田村大屋组）", "大屋组")]
    [InlineData("火灾受灾人员安置登记：伍秀珍，原住袁州区新康府小区2栋501，现临时安置于亲戚家。", "新康府")]
    [InlineData("处理结果告知书已按投诉人留存地址（上高县敖阳街道五里岭路19号3栋）邮寄送达。", "五里岭路")]
    public void A_home_on_a_delivery_line_or_in_a_bracket_after_a_person_is_masked(string text, string secret) =>
        Assert.DoesNotContain(secret, Samples.RedactOrg(text));

    [Theory]
    [InlineData("当事人舒冬生未经批准在袁州区天台镇天台村委会舒家组占用耕地0.21亩建住宅。", "舒家组")]
    [InlineData("当事人舒冬生的鸭棚位于其住宅后侧（袁州区竹亭镇竹亭村委会敖家组）。", "敖家组")]
    public void In_a_natural_persons_decision_a_place_down_to_the_village_group_is_masked(string text, string secret) =>
        Assert.DoesNotContain(secret, Samples.RedactPerson(text, "舒冬生"));

    [Theory]
    [InlineData("职工郜强在操作冲床时左手被压伤，经医院诊断为左手食指末节骨折。", "骨折")]
    [InlineData("电子病历显示：辜秀兰，女，71岁，既往冠心病、房颤，长期服用华法林。", "房颤")]
    [InlineData("门诊病历号：MZ2025031400287，患者缪金凤，主诉“反复上腹痛3月余”。", "上腹痛")]
    [InlineData("购药登记：购药人戴小平  症状：发热、咳嗽  所购药品：布洛芬缓释胶囊1盒", "咳嗽")]
    [InlineData("冷志强出示的体检报告显示沙门氏菌带菌，仍在从事凉菜加工。", "带菌")]
    [InlineData("填写的用药人信息为：缪佳怡，停经49天。", "停经")]
    [InlineData("从业人员胸片检查提示活动性肺结核，体检结论为不合格。", "肺结核")]
    [InlineData("申请人舒晓东因腰椎间盘突出术后无法从事体力劳动。", "腰椎")]
    [InlineData("当事人：缪建华    出生日期：19781203    文化程度：高中", "19781203")]
    [InlineData("当事人游建辉，男，1983年农历六月十二日出生。", "六月十二日")]
    [InlineData("当事人出示残疾人证（证号36090219780315122X44，肢体三级）。", "肢体三级")]
    public void Diagnoses_histories_symptoms_and_births_in_other_forms_are_masked(string text, string secret) =>
        Assert.DoesNotContain(secret, Samples.RedactOrg(text));

    [Theory]
    [InlineData("当事人为患者谷建华（就诊卡号0012783）拔除右下智齿。", "0012783")]
    [InlineData("询问对象：杭文斌（宜春学院学生，学号2022101623）", "2022101623")]
    [InlineData("客户芦建国（VIP客户编号C000217）向当事人预付了购车定金2万元。", "C000217")]
    [InlineData("配送骑手甄国兵（美团骑手ID：1837265）证实，该店日均外卖订单约60单。", "1837265")]
    [InlineData("劳动者骆秀英（社会保障卡卡号B07654321）。", "B07654321")]
    [InlineData("授课教师晏雯（教师资格证书号码20173600142000123）系在职公办教师。", "20173600142000123")]
    [InlineData("值班人员骆小梅（消防设施操作员证书编号2036001004000123）未在岗。", "2036001004000123")]
    public void A_patients_students_customers_riders_and_workers_numbers_are_masked(string text, string secret) =>
        Assert.DoesNotContain(secret, Samples.RedactOrg(text));

    [Theory]
    [InlineData("手机1部（vivo Y77，黑色，IMEI1：862719051868596，机主晏光辉）", "862719051868596")]
    [InlineData("被申请人名下有住房一套，不动产权证号赣(2019)宜春市不动产权第0034521号。", "0034521")]
    [InlineData("林权证号：赣（2008）林证字第360902010345号（权利人：冉德胜）", "360902010345")]
    [InlineData("所占耕地原系两户承包，土地承包经营权证编号360902102210010023J。", "360902102210010023J")]
    [InlineData("职工冷小军持有残疾人证（证号36090219880915085642，肢体三级）。", "36090219880915085642")]
    [InlineData("参保人骆德胜的社会保障卡（卡号E36702918）被当事人留存于药店柜台。", "E36702918")]
    public void Certificates_a_person_holds_are_masked_however_their_number_is_written(string text, string secret)
    {
        var redacted = Samples.RedactOrg(text);
        Assert.DoesNotContain(secret, redacted);
        Assert.Contains("【证件号码已隐去】", redacted);
    }

    [Theory]
    [InlineData("证人：兑国强，男，1975年出生。", "兑国强")]
    [InlineData("退款申请人：兑小红    退款账户：6222 0284 6514 0867 844", "兑小红")]
    [InlineData("驾驶员兑建军驾驶渣土车未密闭运输，沿途抛洒。", "兑建军")]
    [InlineData("从业人员兑建华，体检结论为不合格。", "兑建华")]
    public void A_name_with_the_surname_兑_is_masked(string text, string name) =>
        Assert.DoesNotContain(name, Samples.RedactOrg(text));

    [Theory]
    [InlineData("经查询，劳动者骆秀英社会保障号码：360902197608189127，参保单位为当事人。", "骆秀英")]
    [InlineData("土地流转费发放至承包户匡德胜账户（6230583698629793368）。", "匡德胜")]
    [InlineData("从业人员兑建华胸片检查提示活动性肺结核，当事人仍安排其在配餐间工作。", "兑建华")]
    [InlineData("从业人员李建华体检不合格，当事人仍安排其上岗。", "李建华")]
    [InlineData("火灾受灾人员安置登记：伍秀珍，身份证360902195903125004，现临时安置于亲戚家。", "伍秀珍")]
    [InlineData("员工宿舍床头卡显示：2号床 闵佳乐（16岁，暑假工）。", "闵佳乐")]
    [InlineData("3.钮小芳（临时工，17岁）；", "钮小芳")]
    [InlineData("该检验结果告知书由杭美华（被抽样摊位摊主，身份证后四位0427）签收。", "杭美华")]
    public void A_name_is_known_by_the_number_age_or_health_check_that_follows_it(string text, string name) =>
        Assert.DoesNotContain(name, Samples.RedactOrg(text));

    [Theory]
    [InlineData("查封场所：舒国平租住的民房（袁州区渥江镇彭家村下屋组12号），房东在场。", "彭家村下屋组12号")]
    [InlineData("当事人租住的房子在宜春市袁州区明月北路88号9栋301室。", "明月北路88号")]
    [InlineData("保存地点：当事人自家厨房（宜丰县新庄镇官山村2组16号），保存期间不得使用。", "官山村2组16号")]
    [InlineData("宅基地审批表显示，原宅基地位于彬江镇彬江村老屋组9号。", "老屋组9号")]
    [InlineData("经调查，孕妇时春燕（孕18周）经他人介绍到当事人处进行胎儿性别鉴定。", "时春燕")]
    public void Homes_said_by_the_dwelling_before_them_and_a_pregnant_woman_s_name_are_masked(string text, string secret) =>
        Assert.DoesNotContain(secret, Samples.RedactOrg(text));

    [Theory]
    [InlineData("当事人作坊内有工人七名，其中汤细妹、汤冬妹为当事人侄女。", "汤细妹")]
    [InlineData("当事人作坊内有工人七名，其中汤细妹、汤冬妹为当事人侄女。", "汤冬妹")]
    // A text that opens with a bracket or a comma, or has the words at its very start, is read like any other.
    [InlineData("（一）现场检查时，刘芳（身份证号360902199001011234）在场。", "刘芳")]
    [InlineData("（一）现场有员工两人：陈美华，女，42岁；刘志强，男，35岁。", "陈美华")]
    [InlineData("妈妈”一词之后，群成员“鲁浩宇妈妈”发布了缴费二维码。", "鲁浩宇")]
    [InlineData("被困乘客及其母亲于凤于2025年2月14日被困于3号电梯内47分钟。", "于凤")]
    [InlineData("答：隔壁开理发店的熊师傅，叫熊建明，他都看到了。", "熊建明")]
    public void Names_are_found_wherever_the_words_that_tell_them_first_occur(string text, string name) =>
        Assert.DoesNotContain(name, Samples.RedactOrg(text));

    [Theory]
    [InlineData("当事人在其经营的民房（宜春市袁州区秀江路88号）内生产。")]
    [InlineData("当事人销售的产妇专用卫生巾无中文标签。")]
    [InlineData("用户于2025年3月1日在平台下单。")]
    [InlineData("当事人未组织从业人员体检，从业人员胸片检查均未进行。")]
    [InlineData("店员于3月1日承认，顾客叫卖声很大，店长叫来了两名员工。")]
    [InlineData("当事人销售的童车（3岁以上适用）未标注生产日期。")]
    [InlineData("当事人销售的积木（适用3岁以上儿童）无中文标签。")]
    [InlineData("当事人出示了营业执照，身份证复印件留存备查。")]
    [InlineData("经营者社会保障登记证已过期。")]
    public void A_product_for_an_age_a_business_s_papers_and_premises_stay(string text) =>
        Assert.Equal(text, Samples.RedactOrg(text));

    [Theory]
    [InlineData("当事人未兑现向消费者承诺的赠品。")]
    [InlineData("消费者兑换积分时发现商品已过期。")]
    [InlineData("顾客兑奖时，店员兑付了奖品。")]
    [InlineData("顾客兑换时，店员未兑现。")]
    [InlineData("当事人持有的食品经营许可证编号JY13609020012345，证号与登记一致。")]
    [InlineData("执法人员出示了执法证件（证号36090800398）。")]
    public void 兑_as_a_verb_and_a_business_s_numbers_stay(string text) =>
        Assert.Equal(text, Samples.RedactOrg(text));

    [Theory]
    [InlineData("当事人销售的“李宁”牌运动鞋经商标权利人李宁（中国）体育用品有限公司鉴定为假冒产品。")]
    [InlineData("当事人拖欠货款5万元。")]
    [InlineData("当事人的养殖场位于宜春市袁州区洪塘镇高峰村委会上屋组。")]
    [InlineData("检验报告显示，该批次产品检出沙门氏菌。")]
    [InlineData("序号\t姓名\t执法证号\t职务\n1\t黄建华\t36090021012\t科长")]
    [InlineData("品名  规格  数量  单价\n腊肉  500克  35  28.00\n香肠  500克  12  32.00")]
    public void The_same_shapes_where_they_are_no_ones_stay(string text) =>
        Assert.Equal(text, Samples.RedactOrg(text));

    [Theory]
    [InlineData("见证人签字：刘长根（村小组长）", "村小组长")]
    [InlineData("寄件人：李明  0795-3261234  宜春市袁州区市场监督管理局", "宜春市袁州区市场监督管理局")]
    [InlineData("症状：腹泻  就诊医院：宜春市人民医院", "就诊医院：宜春市人民医院")]
    [InlineData("证据：1.当事人身份证复印件（身份证号：360902198710033588）；2.现场照片。", "身份证复印件")]
    [InlineData("收货人包括上海的王女士（手机尾号3345）等。", "王女士")]
    [InlineData("今收到宜春市袁州区丰收农资店货款伍仟元整。", "宜春市袁州区丰收农资店")]
    [InlineData("今收到宜春市袁州区教育局拨付的培训经费。", "宜春市袁州区教育局")]
    [InlineData("今收到万家福超市（连锁店）货款。", "万家福超市")]
    [InlineData("当事人在群内自称“全职妈妈”，发布了缴费二维码。", "全职妈妈")]
    [InlineData("当事人以“单亲妈妈”名义在群内募捐。", "单亲妈妈")]
    public void What_stands_beside_a_masked_value_stays(string text, string kept) =>
        Assert.Contains(kept, Samples.RedactOrg(text));

    [Theory]
    [InlineData("在场人：当事人雇请的看店人员卞小兵，当事人未在现场。", "卞小兵")]
    [InlineData("看店的卞小兵称不知情。", "卞小兵")]
    [InlineData("不动产登记簿记载：权利人：冉德胜，共有情况：单独所有。", "冉德胜")]
    [InlineData("申请人晏细根家庭人口5人，人均住房面积不足。", "晏细根")]
    [InlineData("证人李春生本人签字确认。", "李春生")]
    [InlineData("官德华本人对上述事实无异议。", "官德华")]
    [InlineData("查封场所：舒国平租住的民房（袁州区渥江镇彭家村下屋组12号），房东在场。", "舒国平")]
    [InlineData("晏国平户：你户在未取得乡村建设规划许可证的情况下，擅自在本村建房。", "晏国平")]
    [InlineData("晏国平户：\n你户擅自在本村建房。", "晏国平")]
    [InlineData("经查为晋德明在其家中私自加工肉制品。", "晋德明")]
    public void Names_the_seventh_red_team_left_are_masked(string text, string name) =>
        Assert.DoesNotContain(name, Samples.RedactOrg(text));

    [Theory]
    [InlineData("不动产权证书记载：权利人：宜春市华泰水泥有限公司，坐落：宜春市经开区。")]
    [InlineData("商标权利人四川云岭酒业有限公司出具鉴定意见。")]
    [InlineData("经权利人授权，当事人使用该商标。")]
    [InlineData("看店的是当事人的母亲。")]
    [InlineData("以上笔录本人已看过，与我说的一致。")]
    [InlineData("当事人本人未到场，负责人本人签字。")]
    [InlineData("困难户：你户符合条件。")]
    [InlineData("经查为假冒产品。经查为当事人所有。经查为陈年旧货。")]
    [InlineData("当事人租赁的房屋位于宜春市袁州区秀江路12号，用于经营。")]
    [InlineData("该住宅小区位于宜春市袁州区宜阳大道，共有住户300户。")]
    [InlineData("当事人经营场所位于宜春市袁州区宜阳大道88号金海大厦1201室。")]
    [InlineData("当事人的厂房坐落于宜春市经济开发区春风路8号。")]
    [InlineData("经营场所：宜春市某某商贸有限公司（宜阳大道88号金海大厦1201室）")]
    [InlineData("涉案物品存放于仓库（宜阳大道88号3栋101室）。")]
    [InlineData("现场检查地点：金海大厦（宜阳大道88号1201室）。")]
    public void The_same_words_without_a_person_stay(string text) =>
        Assert.Equal(text, Samples.RedactOrg(text));

    [Theory]
    [InlineData("当事人名下有住房一套，坐落于宜春市袁州区宜阳大道88号3栋801室。", "3栋801室")]
    [InlineData("当事人的住房位于袁州区湛郎街12号3栋201室，其在家中加工。", "湛郎街12号")]
    [InlineData("噪声源位于袁州区鼓楼路6号401室，该户户主为钟桂兰。", "鼓楼路6号401室")]
    [InlineData("刘芳（宜春市袁州区宜阳大道88号3栋1201室）、陈建华（袁州区湛郎街12号201室）系涉案白酒的收货人。", "刘芳")]
    [InlineData("刘芳（宜春市袁州区宜阳大道88号3栋1201室）、陈建华（袁州区湛郎街12号201室）系涉案白酒的收货人。", "陈建华")]
    [InlineData("刘芳（宜春市袁州区宜阳大道88号3栋1201室）、陈建华（袁州区湛郎街12号201室）系涉案白酒的收货人。", "湛郎街12号201室")]
    public void Where_a_dwelling_stands_or_a_household_lives_and_who_lives_in_a_flat_are_masked(string text, string secret) =>
        Assert.DoesNotContain(secret, Samples.RedactOrg(text));

    [Theory]
    [InlineData("收货地址：金海大厦（宜阳大道88号1201室）。", "1201室")]
    [InlineData("证人刘芳，住址：宜春市袁州区金海花园（秀江路88号）3栋1201室。", "3栋1201室")]
    [InlineData("证人刘芳，住址：宜春市袁州区金海花园（秀江路88号）3栋1201室。", "秀江路88号")]
    public void The_rest_of_an_address_in_brackets_after_an_estates_name_is_masked_with_it(string text, string secret) =>
        Assert.DoesNotContain(secret, Samples.RedactOrg(text));

    [Theory]
    [InlineData("当事人住所：宜春市袁州区湖田村（下屋组12号）", "下屋组12号")]
    public void The_rest_of_a_natural_persons_address_in_brackets_is_masked(string text, string secret) =>
        Assert.DoesNotContain(secret, Samples.RedactPerson(text));

    [Theory]
    [InlineData("住所：宜春市袁州区秀江路88号（当事人家中）", "（当事人家中）")]
    [InlineData("当事人借住在其表姐家（宜春市袁州区湛郎路88号1单元202室）。", "借住在其表姐家（")]
    [InlineData("经营场所：宜春市袁州区金海大厦（宜阳大道88号）1楼", "经营场所：宜春市袁州区金海大厦（宜阳大道88号）1楼")]
    public void A_bracket_that_says_what_the_place_is_stays(string text, string kept) =>
        Assert.Contains(kept, Samples.RedactOrg(text));

    [Fact]
    public void A_childs_name_before_an_age_and_a_hospital_is_masked() =>
        Assert.DoesNotContain("魏子轩", Samples.RedactOrg("其子魏子轩（6岁）因腹泻在宜春市人民医院住院三天。"));
}
