namespace Enforcement.Core.Tests.Redaction;

/// <summary>
/// The sixth red team's (290 passages: 217 with personal data, 73 that must stay): more trades, guests and relatives
/// before a name, rarer surnames, a name after what was done with or through the person (和…合伙, 以…的名义, 委托…代为,
/// 交给…保管, 冒用…的资格证书, 在…家中), a carrier's result, a disability, poverty relief, a sentence, a child's grade,
/// and accounts as advertisements write them. And what stays: the same words where they are no one's.
/// </summary>
public class RolesPrepositionsAndRecordsTests
{
    [Theory]
    [InlineData("经查，当事人足浴店技师罗小琴在无医疗资质的情况下为顾客针灸。", "罗小琴")]
    [InlineData("执法人员进入该小区时，门卫刘保国拒绝开门。", "刘保国")]
    [InlineData("该宾馆前台程晓敏未按规定登记住客龚建伟的身份信息。", "龚建伟")]
    [InlineData("其徒弟刘子健在店内从事电焊作业。", "刘子健")]
    [InlineData("其堂哥章国华、堂姐章秋萍均在店内帮忙。", "章秋萍")]
    [InlineData("当事人的长子史建新、次女史建英均在外地务工。", "史建英")]
    [InlineData("食客邵建军食用后出现呕吐症状。", "邵建军")]
    [InlineData("中毒者何满堂（男，63岁）经抢救无效死亡。", "何满堂")]
    [InlineData("种植户冯春发在其承包的稻田内使用禁用农药。", "冯春发")]
    [InlineData("当事人聘请的会计事务由其连襟况国庆负责。", "况国庆")]
    [InlineData("经办人：付春华（公司行政）", "付春华")]
    [InlineData("借款人：邹光明，出借人：宋美娟，借款金额5万元。", "宋美娟")]
    [InlineData("乙方：黄金凤（身份证号略）", "黄金凤")]
    [InlineData("QQ群：836451207（群主：雷小兵）", "雷小兵")]
    [InlineData("申请人：陶国富  委托代理人：陶小燕", "陶国富")]
    [InlineData("该店推拿师傅苏德明称，其在该店工作已有五年。", "苏德明")]
    [InlineData("求职者卢晓峰缴纳500元培训费后未获安排工作。", "卢晓峰")]
    [InlineData("经查，店员衷秋生在未取得健康证明的情况下从事配餐工作。", "衷秋生")]
    [InlineData("证人：淦小燕，女，住址略。", "淦小燕")]
    [InlineData("当事人：宜春市袁州区春生粮油店（个体工商户）\n经营者：李春生", "李春生")]
    public void A_name_after_more_trades_guests_relatives_and_form_labels_is_masked(string text, string name) =>
        Assert.DoesNotContain(name, Samples.RedactOrg(text));

    [Theory]
    [InlineData("当事人和熊伟华合伙在袁州区开设该养殖场。", "熊伟华")]
    [InlineData("当事人跟谭永红一起在集市摆摊销售自制腊肉。", "谭永红")]
    [InlineData("当事人以游佳慧的名义办理了营业执照。", "游佳慧")]
    [InlineData("涉案车辆登记在黄翠兰名下，系当事人借用。", "黄翠兰")]
    [InlineData("经邓建华介绍，当事人从广东购入上述化肥。", "邓建华")]
    [InlineData("当事人委托熊志刚代为办理食品经营许可证。", "熊志刚")]
    [InlineData("当事人让潘小英帮忙看店期间，发生了向未成年人售烟的行为。", "潘小英")]
    [InlineData("事后，当事人请何建国帮忙将剩余的白酒转移。", "何建国")]
    [InlineData("当事人将扣押物品清单交给彭立新保管。", "彭立新")]
    [InlineData("当事人已将货款退给了龚小兰，并赔偿500元。", "龚小兰")]
    [InlineData("当事人冒用汪建设的执业医师资格证书开展诊疗活动。", "汪建设")]
    [InlineData("执法人员在宁小红家中查获待售的私宰猪肉。", "宁小红")]
    [InlineData("当事人在熊长根家的院子里堆放建筑垃圾。", "熊长根")]
    [InlineData("当事人通过卢雪梅的支付宝账户收取货款。", "卢雪梅")]
    [InlineData("举报人要求保密：匿名（实际为宋桂兰，本局已登记）", "宋桂兰")]
    [InlineData("画面中穿红色围裙的女子经辨认为龚小兰。", "龚小兰")]
    public void A_name_after_what_was_done_with_or_through_the_person_is_masked(string text, string name) =>
        Assert.DoesNotContain(name, Samples.RedactOrg(text));

    [Theory]
    [InlineData("受检人：女，41岁，检测结果：HBsAg阳性。", "HBsAg")]
    [InlineData("经核查，厨师长潘建国乙肝大三阳，未调离接触直接入口食品的岗位。", "大三阳")]
    [InlineData("从业人员罗秋兰梅毒螺旋体抗体检测阳性，仍在店内从事美容服务。", "梅毒")]
    [InlineData("家中还有一个智障的儿子需要照顾。", "智障")]
    [InlineData("当事人陈述，其右眼失明，靠摆摊维持生计。", "失明")]
    [InlineData("当事人代理人提出当事人罹患乳腺癌。", "乳腺癌")]
    [InlineData("其孙子患白血病，正在住院。", "白血病")]
    [InlineData("答：血压高，每天要打胰岛素。", "胰岛素")]
    [InlineData("当事人系建档立卡脱贫户，家庭年收入不足1万元。", "脱贫户")]
    [InlineData("当事人正在缓刑考验期内。", "缓刑")]
    [InlineData("当事人系刑释解教人员，出狱后一直无固定工作。", "刑释")]
    [InlineData("当事人的丈夫目前在宜春监狱服刑。", "服刑")]
    [InlineData("答：2019年卖烟花被派出所拘留过五天。", "拘留")]
    [InlineData("该学生今年读初二，在该网吧上网长达六小时。", "初二")]
    [InlineData("购烟者系宜春市袁州区第五中学初一学生。", "初一")]
    [InlineData("其女儿在读小学四年级。", "四年级")]
    public void A_carriers_result_a_disability_relief_a_sentence_and_a_childs_grade_are_masked(string text, string secret) =>
        Assert.DoesNotContain(secret, Samples.RedactOrg(text));

    [Theory]
    [InlineData("其B站UID：384756219", "384756219")]
    [InlineData("京东ID：jd_5a8b7c6d", "jd_5a8b7c6d")]
    [InlineData("海报上印有“加薇：yc_meimei1992”。", "yc_meimei1992")]
    [InlineData("广告单上写着“加微 ycmm1992 送货上门”。", "ycmm1992")]
    public void Accounts_as_advertisements_and_shops_write_them_are_masked(string text, string secret) =>
        Assert.DoesNotContain(secret, Samples.RedactOrg(text));

    [Theory]
    [InlineData("证人∶饶春华，男，联系电话∶13807956621。", "饶春华")]
    [InlineData("当事人：凌某某，男，原籍宜春市万载县株潭镇，现在袁州区经营废品收购站。", "株潭镇")]
    [InlineData("出生地：江西省宜春市袁州区慈化镇慈化村", "慈化村")]
    [InlineData("当事人常住宜春市袁州区凤凰街道高士北路228号2栋1单元602室。", "602室")]
    [InlineData("当事人户口已迁至宜春市袁州区新坊镇新坊村。", "新坊村")]
    [InlineData("当事人平时住在店铺阁楼，户籍在萍乡市湘东区下埠镇。", "下埠镇")]
    [InlineData("其持有的出生医学证明编号为Q360456789（当事人之子）。", "Q360456789")]
    [InlineData("结婚证字号：J360902-2015-001234", "J360902")]
    [InlineData("驾照档案编号：360900567812", "360900567812")]
    [InlineData("发动机编号：4G15S1234567", "4G15S1234567")]
    public void A_label_after_a_ratio_colon_where_a_person_is_from_and_certificates_numbers_are_masked(string text, string secret) =>
        Assert.DoesNotContain(secret, Samples.RedactOrg(text));

    [Theory]
    [InlineData("承办人：王建国  审核人：李红梅  审批人：张国华")]
    [InlineData("当事人的经营场所常住人口较多。")]
    [InlineData("买家申请退款后，卖家包邮寄回了商品。")]
    [InlineData("当事人现年78岁，与孙子相依为命。")]
    [InlineData("当事人收购村民杨梅、油茶籽等农产品后未建立进货查验记录。")]
    [InlineData("当事人在出租房内非法行医，为患者注射胰岛素。")]
    [InlineData("当事人和消费者达成和解。")]
    [InlineData("经营者应当依法履行义务。")]
    [InlineData("请当事人于收到本决定书之日起十五日内缴纳罚款。")]
    [InlineData("该宣传让消费者误认为产品具有治疗作用。")]
    [InlineData("以上事实，有现场检查笔录为证。")]
    public void The_same_words_where_they_are_no_ones_stay(string text) =>
        Assert.Equal(text, Samples.RedactOrg(text));
}
