namespace Enforcement.Core.Tests.Redaction;

/// <summary>
/// What the thirteenth red team found published in shapes real decisions write every day: who lives where, said with 住
/// after the name (王小明住…路88号: a street number, not only a room, and the name with it); workers owed wages, those work
/// was subcontracted to, suspects, accomplices dealt with in another case, patients and the insured; whom an accident
/// killed or hurt; minors; a buyer or a complainant who opens a dated clause. And the garbles it found: an everyday word
/// after a role read as a name (员工宿舍位于 → 员工宿某某于).
/// </summary>
public class DwellersWagesAccidentsAndCommonWordsTests
{
    [Theory]
    [InlineData("王小明住南昌市青山湖区北京东路100号，电话13879512345。", "王某某住【住址已隐去】，电话【电话已隐去】。")]
    [InlineData("证人王小明住南昌市青山湖区北京东路100号。", "证人王某某住【住址已隐去】。")]
    [InlineData("经查，李秀英住宜春市袁州区秀江东路88号。", "经查，李某某住【住址已隐去】。")]
    [InlineData("刘德胜住在宜春市袁州区秀江东路88号。", "刘某某住在【住址已隐去】。")]
    [InlineData("刘德胜家住宜春市袁州区秀江东路88号。", "刘某某家住【住址已隐去】。")]
    [InlineData("员工胡建军暂住于南昌市青山湖区湖坊镇上坊村45号2楼。", "员工胡某某暂住【住址已隐去】。")]
    [InlineData("刘德胜，住宜春市袁州区秀江东路88号。", "刘某某，住【住址已隐去】。")]
    [InlineData("其妻子住宜春市袁州区秀江东路88号。", "其妻子住【住址已隐去】。")]
    [InlineData("店主住宜春市袁州区秀江东路88号。", "店主住【住址已隐去】。")]
    [InlineData("张三住袁州区湛郎村。", "张某某住【住址已隐去】。")]
    public void Who_lives_at_a_street_number_and_the_name_before_it_are_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    [InlineData("当事人在其房屋（袁州区湖田村5组23号）内私自存放烟花爆竹。", "当事人在其房屋（【住址已隐去】）内私自存放烟花爆竹。")]
    [InlineData("当事人在自家楼顶（宜春市袁州区化成路12号）设置广告牌。", "当事人在自家楼顶（【住址已隐去】）设置广告牌。")]
    public void A_natural_partys_building_in_brackets_is_a_home(string text, string published) =>
        Assert.Equal(published, Samples.RedactPerson(text));

    [Fact]
    public void A_natural_partys_own_street_address_after_住_is_masked() =>
        Assert.Equal("当事人王某某住【住址已隐去】。", Samples.RedactPerson("当事人王小明住宜春市袁州区秀江东路88号。"));

    [Theory]
    // 住 that ends another word, a hotel guest's room, a company's dormitory or a business stays.
    [InlineData("当事人将消防通道堵住宜春市袁州区秀江东路88号门前。")]
    [InlineData("旅客住宜春宾馆308房间。")]
    [InlineData("员工住宜春市袁州区秀江东路88号公司宿舍。")]
    [InlineData("当事人宜春市某某食品有限公司，住宜春市袁州区秀江东路88号。")]
    [InlineData("该店以批发为主，住宜春市袁州区秀江东路88号。")]
    public void 住_not_said_of_a_persons_home_stays(string text) =>
        Assert.Equal(text, Samples.RedactOrg(text));

    [Theory]
    [InlineData("当事人拖欠员工刘志华工资8000元。", "当事人拖欠员工刘某某工资8000元。")]
    [InlineData("当事人克扣职工熊建民工资2000元。", "当事人克扣职工熊某某工资2000元。")]
    [InlineData("当事人拖欠员工刘志华、陈小兵工资共计16000元。", "当事人拖欠员工刘某某、陈某某工资共计16000元。")]
    [InlineData("经查，农民工刘冬生、邓小龙反映当事人未按时足额支付工资。", "经查，农民工刘某某、邓某某反映当事人未按时足额支付工资。")]
    [InlineData("当事人已将拖欠的工资支付给刘志华等12人。", "当事人已将拖欠的工资支付给刘某某等12人。")]
    [InlineData("当事人未为刘志华缴纳社会保险。", "当事人未为刘某某缴纳社会保险。")]
    [InlineData("当事人将工程违法分包给无资质的自然人邹文华。", "当事人将工程违法分包给无资质的自然人邹某某。")]
    [InlineData("当事人将生活垃圾交由个体户黄春林清运。", "当事人将生活垃圾交由个体户黄某某清运。")]
    [InlineData("宜春市公安局袁州分局将犯罪嫌疑人李华强移送我局。", "宜春市公安局袁州分局将犯罪嫌疑人李某某移送我局。")]
    [InlineData("同案人员刘海波已另案处理。", "同案人员刘某某已另案处理。")]
    [InlineData("刘海波（另案处理）负责联系买家。", "刘某某（另案处理）负责联系买家。")]
    [InlineData("当事人与胡志斌（另案处理）共同出资购进卷烟。", "当事人与胡某某（另案处理）共同出资购进卷烟。")]
    [InlineData("就诊者刘建新在当事人诊所接受针灸治疗后感染。", "就诊者刘某某在当事人诊所接受针灸治疗后感染。")]
    [InlineData("当事人为刘海波注射了肉毒毒素。", "当事人为刘某某注射了肉毒毒素。")]
    [InlineData("答：是从屠户陈大勇那里进的。", "答：是从屠户陈某某那里进的。")]
    [InlineData("当事人向刘海波推销“降糖茶”。", "当事人向刘某某推销“降糖茶”。")]
    [InlineData("当事人退还刘海波1000元。", "当事人退还刘某某1000元。")]
    public void Workers_accomplices_patients_and_buyers_named_in_prose_are_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    [InlineData("事故造成刘海波（男，45岁，木工）当场死亡。", "事故造成刘某某（男，45岁，木工）当场死亡。")]
    [InlineData("事故造成刘海波死亡。", "事故造成刘某某死亡。")]
    [InlineData("事故造成2人受伤（刘海波、陈小兵）。", "事故造成2人受伤（刘某某、陈某某）。")]
    [InlineData("事故导致当事人员工刘海波头部受伤。", "事故导致当事人员工刘某某头部受伤。")]
    [InlineData("当事人允许未满十八周岁的刘小明进入网吧上网。", "当事人允许未满十八周岁的刘某某进入网吧上网。")]
    [InlineData("2025年3月1日，刘海波从当事人处购买了一台冰箱。", "2025年3月1日，刘某某从当事人处购买了一台冰箱。")]
    [InlineData("2025年3月1日，刘海波拨打12315热线反映。", "2025年3月1日，刘某某拨打12315热线反映。")]
    public void Whom_an_accident_hurt_a_minor_and_who_opens_a_dated_clause_are_masked(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    // Who, not a name: a count, a trade, a role, an agency, a brand.
    [InlineData("事故造成2人受伤（轻伤）。")]
    [InlineData("事故造成该员工当场死亡。")]
    [InlineData("当事人允许未满18周岁的高中生进入网吧。")]
    [InlineData("当事人向老年人推销保健品。")]
    [InlineData("当事人退还保证金5000元。")]
    [InlineData("当事人安排收银员等2人在店内。")]
    [InlineData("2025年3月1日，本局从当事人处调取了进货单据。")]
    [InlineData("2025年3月1日，美团向当事人支付货款。")]
    [InlineData("当事人与华为等3家公司签订合同。")]
    [InlineData("当事人招用临时工作人员3名。")]
    [InlineData("当事人未按规定存储农民工工资保证金。")]
    public void Counts_trades_roles_and_brands_in_those_places_stay(string text) =>
        Assert.Equal(text, Samples.RedactOrg(text));

    [Theory]
    [InlineData("当事人店内共有从业人员3名，分别是刘海波、陈小芳、张建军。", "当事人店内共有从业人员3名，分别是刘某某、陈某某、张某某。")]
    [InlineData("当事人店内从业人员共5人，其中刘海波、陈小芳2人健康证明过期。", "当事人店内从业人员共5人，其中刘某某、陈某某2人健康证明过期。")]
    [InlineData("当事人为参保人员刘海波、陈小芳虚记诊疗项目。", "当事人为参保人员刘某某、陈某某虚记诊疗项目。")]
    [InlineData("当事人的安全管理人员为胡海峰，未经安全培训。", "当事人的安全管理人员为胡某某，未经安全培训。")]
    [InlineData("当事人的员工刘志华离职。", "当事人的员工刘某某离职。")]
    [InlineData("同伙陈志强驾车逃离。", "同伙陈某某驾车逃离。")]
    [InlineData("当事人的驾驶员严国平违反操作规程。", "当事人的驾驶员严某某违反操作规程。")]
    [InlineData("该车辆系刘海波所有。", "该车辆系刘某某所有。")]
    [InlineData("经查，当事人从湖南人李国富处购进兽药3箱。", "经查，当事人从湖南人李某某处购进兽药3箱。")]
    [InlineData("答：这个店是刘德明开的。", "答：这个店是刘某某开的。")]
    [InlineData("答：我母亲住宜春市袁州区秀江东路88号。", "答：我母亲住【住址已隐去】。")]
    [InlineData("当事人雇佣刘海波（男，60岁）从事保洁工作。", "当事人雇佣刘某某（男，60岁）从事保洁工作。")]
    [InlineData("刘海波（湖南籍）在当事人处务工。", "刘某某（湖南籍）在当事人处务工。")]
    [InlineData("执法人员在店内发现一名工作人员（许桂芳）未持有效健康证明。", "执法人员在店内发现一名工作人员（许某某）未持有效健康证明。")]
    [InlineData("刘海波等人未取得健康证明。", "刘某某等人未取得健康证明。")]
    [InlineData("经查，当事人冒用他人刘海波的身份证登记注册。", "经查，当事人冒用他人刘某某的身份证登记注册。")]
    [InlineData("当事人在刘海波名下的工商银行卡收取货款。", "当事人在刘某某名下的工商银行卡收取货款。")]
    [InlineData("当事人收取刘海波货款2000元，并向刘海波出具了收据。", "当事人收取刘某某货款2000元，并向刘某某出具了收据。")]
    [InlineData("当事人占用刘海波承包的耕地堆放建筑材料。", "当事人占用刘某某承包的耕地堆放建筑材料。")]
    [InlineData("经查，当事人共拖欠以下人员工资：刘志华8000元、陈小兵5500元、张建军6200元。", "经查，当事人共拖欠以下人员工资：刘某某8000元、陈某某5500元、张某某6200元。")]
    [InlineData("欠薪名单：刘志华，8000元；陈小兵，5500元。", "欠薪名单：刘某某，8000元；陈某某，5500元。")]
    [InlineData("拖欠工资明细：\n刘志华 8000元\n陈小兵 5500元", "拖欠工资明细：\n刘某某 8000元\n陈某某 5500元")]
    [InlineData("当事人雇用了刘海波、陈小芳两名员工。", "当事人雇用了刘某某、陈某某两名员工。")]
    [InlineData("当事人与刘海波系夫妻关系。", "当事人与刘某某系夫妻关系。")]
    [InlineData("送达地址：宜春市袁州区化成路12号3栋201室（刘海波收）", "送达地址：宜春市袁州区化成路12号3栋201室（刘某某收）")]
    [InlineData("当事人提交的股东会决议中“刘海波”的签名非其本人所签。", "当事人提交的股东会决议中“刘某某”的签名非其本人所签。")]
    [InlineData("该房屋所有权人刘海波于2024年擅自加建。", "该房屋所有权人刘某某于2024年擅自加建。")]
    public void A_count_a_role_or_a_relation_before_the_name_says_it_is_a_persons(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    // The over-mask round on the first version of these rules: pay, what pollution killed, companies dealt with
    // elsewhere, a supplier after a date, fees refunded, a brand introduced like a person, what a butcher does.
    [InlineData("当事人拖欠职工计件工资共计8万元。")]
    [InlineData("当事人未支付员工应发工资。")]
    [InlineData("当事人违规喷洒农药造成林木死亡。")]
    [InlineData("当事人违法排污造成桂花树死亡。")]
    [InlineData("事故造成1人死亡（高坠）。")]
    [InlineData("当事人与华联（另案处理）签订合同。")]
    [InlineData("当事人与屠宰场（另案处理）签订合同。")]
    [InlineData("2025年3月1日，康师傅向当事人发货。")]
    [InlineData("2025年3月1日，李宁向当事人发出律师函。")]
    [InlineData("当事人已退还房租费3000元。")]
    [InlineData("当事人已退还车款共2万元。")]
    [InlineData("苏宁易购，住宜春市袁州区袁山中路8号。")]
    [InlineData("该车间以冲压为主住宜春市袁州区工业园。")]
    [InlineData("屠户屠宰前未申报检疫。")]
    [InlineData("答：是从同伙那儿拿的。")]
    [InlineData("涉案商标系康师傅所有。")]
    [InlineData("运动鞋（男，42码）")]
    [InlineData("一名员工（已离职）未到场。")]
    [InlineData("当事人使用康师傅的商标。")]
    [InlineData("当事人向监管部门出具了承诺书。")]
    [InlineData("执法人员刘志强等2人到场。")]
    [InlineData("当事人拖欠工资：2025年3月8000元、4月5500元。")]
    [InlineData("工资标准：普工3000元、技工5000元。")]
    [InlineData("拖欠工资：江西建工8000元。")]
    [InlineData("当事人与华润万家系合作关系。")]
    [InlineData("寄至宜春市某某公司（财务部收）")]
    [InlineData("“周黑鸭”的名字")]
    [InlineData("该房屋所有权人江西建工于2024年。")]
    [InlineData("当事人在其房屋（宜春市袁州区秀江东路88号厂房）内存放。")]
    public void Pay_things_companies_fees_and_brands_in_those_places_stay(string text) =>
        Assert.Equal(text, Samples.RedactOrg(text));

    [Theory]
    [InlineData("当事人的员工宿舍位于厂区东侧。")]
    [InlineData("当事人将员工宿舍设在仓库上方。")]
    [InlineData("员工宿舍存在安全隐患。")]
    [InlineData("当事人员工宿舍用电线路老化。")]
    [InlineData("当事人的驾驶员严重违反道路交通安全法规。")]
    [InlineData("当事人的员工江西籍。")]
    [InlineData("当事人的员工龙门吊操作证过期。")]
    [InlineData("当事人的员工闻讯赶来。")]
    [InlineData("老板娘程序上未履行告知义务。")]
    public void An_everyday_word_after_a_role_is_no_name(string text) =>
        Assert.Equal(text, Samples.RedactOrg(text));

    [Fact]
    public void A_name_whose_first_two_characters_are_a_word_is_still_a_name() =>
        Assert.Equal("员工宿舍位于三楼，员工王某某称不知情。", Samples.RedactOrg("员工宿舍位于三楼，员工王国华称不知情。"));
}
