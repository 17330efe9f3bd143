using Enforcement.Redaction;

namespace Enforcement.Core.Tests.Redaction;

/// <summary>
/// The eighth red team's (120 passages, 2026-12-06): names after how many a role has (共有三人：…, 分别叫…) or that a
/// count includes (包括…在内的), after the village a person is from (同村的, 隔壁村的), after 租给了 / 售予 / 之一的,
/// relatives and helpers (外甥女, 小姨子, 干女儿, 木匠, 委托…运送, 托…代为保管), a real name after a nickname
/// (王姐（王美玲）), a receipt, a form and a ledger typed with spaces, a group chat's 接龙 list, a record signed after 属实
/// in a form's field, a cancer or a disability given as a cause, a child's age after 其 or after hiring, and a 询问笔录's
/// answer on the question's line. And two over-masks it found that lost words: a villager's 邻村 and a question's 哪里.
/// </summary>
public class CountsRelativesAndOneLineAnswersTests
{
    [Theory]
    [InlineData("经查，当事人的配送员共有三人：傅小军、简红梅、蓝志远，均未办理健康证明。", "傅小军", "简红梅", "蓝志远")]
    [InlineData("当事人的收银员有两名，分别叫严小琴和车丽丽。", "严小琴", "车丽丽", null)]
    [InlineData("经查，当事人的配送员共两人，即傅小军和简红梅。", "傅小军", "简红梅", null)]
    [InlineData("当事人于2023年3月向包括周文斌、胡立平、毛小东在内的12名消费者销售了过期奶粉。", "周文斌", "胡立平", "毛小东")]
    [InlineData("当事人找来同村的曾凡林帮忙运输；还有隔壁村的肖光明买了五箱。", "曾凡林", "肖光明", null)]
    [InlineData("经查，当事人通过微信收款，付款人分别为：蒋丽、阮志刚、齐玉梅。", "蒋丽", "阮志刚", "齐玉梅")]
    [InlineData("当事人将仓库租给了贺国平，租期三年。", "贺国平", null, null)]
    [InlineData("销售台账记载：3月2日 售予廖春生 20斤；3月5日 售予 钟小燕 15斤。", "廖春生", "钟小燕", null)]
    [InlineData("经查明，当事人明知其员工之一的姚建国未取得健康证明，仍安排其从事接触直接入口食品的工作。", "姚建国", null, null)]
    [InlineData("当事人的儿媳胡晓丽参与了分装；另有外甥女郭婷婷负责网上接单，小姨子付丽娟负责收款。", "胡晓丽", "郭婷婷", "付丽娟")]
    [InlineData("当事人将过期食品交给了其干女儿柯雪梅处理。", "柯雪梅", null, null)]
    [InlineData("当事人请来了村里的木匠邓德福对电梯机房进行改造。", "邓德福", null, null)]
    [InlineData("收据：今收到 严国栋 购买化肥款人民币贰仟元整。", "严国栋", null, null)]
    [InlineData("送达回证\n受送达人 宜春市嘉禾食品有限公司\n收件人签名 谭美华\n", "谭美华", null, null)]
    [InlineData("据当事人店里员工反映，店内收银的王姐（王美玲）负责记账。", "王美玲", null, null)]
    [InlineData("聊天记录显示，当事人与“张哥”（即张国荣）多次商议进货事宜，张国荣称“你放心”。", "张国荣", null, null)]
    [InlineData("微信昵称“海阔天空”的买家即罗建军，共计转账1280元。", "罗建军", null, null)]
    [InlineData("问：你和邹志明是什么关系？答：他是我表哥。问：你跟刘德胜认识吗？答：认识。", "邹志明", "刘德胜", null)]
    [InlineData("据调查，该批次面粉由当事人委托黎建国运送至各门店，并托熊小红代为保管剩余面粉。", "黎建国", "熊小红", null)]
    [InlineData("现场笔录签名栏：当事人（签名）：以上记录属实 熊国华；执法人员（签名）：黄立新。", "熊国华", null, null)]
    public void Names_after_counts_verbs_relatives_and_spaced_forms_are_masked(string text, string first, string? second, string? third)
    {
        var published = Samples.RedactOrg(text);
        Assert.DoesNotContain(first, published);
        if (second is not null) Assert.DoesNotContain(second, published);
        if (third is not null) Assert.DoesNotContain(third, published);
    }

    [Theory]
    [InlineData("销售记录：\n日期 购买人 数量 金额\n3月2日 廖春生 20斤 160元\n3月5日 钟小燕 15斤 120元\n")]
    [InlineData("接龙：1. 陈小平 2箱 2. 罗海燕 3箱 3. 刘德华 1箱\n")]
    [InlineData("微信群接龙截图显示：\n1. 谷冬梅 土鸡蛋3斤\n2. 漆长根 土鸡蛋5斤\n")]
    public void A_ledger_typed_with_single_spaces_and_a_group_chats_sign_up_list_name_persons(string text)
    {
        var published = Samples.RedactOrg(text);
        foreach (var name in (string[])["廖春生", "钟小燕", "陈小平", "罗海燕", "刘德华", "谷冬梅", "漆长根"]) Assert.DoesNotContain(name, published);
    }

    [Theory]
    [InlineData("扣押物品清单：\n品名 数量 单位 备注\n白酒 12 瓶 无\n香烟 3 条 黄鹤楼\n", "白酒 12 瓶")]
    [InlineData("本次接龙活动由当事人组织。\n1. 白酒 12瓶\n", "1. 白酒 12瓶")]
    [InlineData("问：你和当事人是什么关系？答：朋友。", "你和当事人是什么关系")]
    public void A_list_of_goods_stays(string text, string kept) => Assert.Contains(kept, Samples.RedactOrg(text));

    [Theory]
    [InlineData("其因胃癌在省肿瘤医院手术，目前仍在吃药，无力缴纳罚款。", "胃癌")]
    [InlineData("据了解，当事人本人因车祸致残。", "车祸致残")]
    public void A_persons_cancer_or_disability_given_as_a_cause_is_masked(string text, string secret) =>
        Assert.DoesNotContain(secret, Samples.RedactOrg(text));

    [Theory]
    [InlineData("经查，当事人让其8岁的女儿在柜台帮忙收银。", "8岁")]
    [InlineData("经查，当事人于2023年3月招用了15周岁的初中毕业生田晓东从事电焊作业。", "15周岁")]
    public void A_childs_age_after_whose_it_is_or_after_hiring_is_masked(string text, string age) =>
        Assert.DoesNotContain(age, Samples.RedactOrg(text));

    [Theory]
    [InlineData("问：你家住哪里？答：城南新村5栋301。", "问：你家住哪里？答：", "城南新村")]
    [InlineData("问：你家住哪里？答：我住在城南新村5栋301，就在农贸市场后面。", "问：你家住哪里？答：我住在", "城南新村")]
    [InlineData("问：你叫什么名字？答：刘建英。", "问：你叫什么名字？答：", "刘建英")]
    public void An_answer_on_the_questions_line_is_masked_and_the_question_stays(string text, string kept, string secret)
    {
        var published = Samples.RedactOrg(text);
        Assert.StartsWith(kept, published);
        Assert.DoesNotContain(secret, published);
    }

    [Theory]
    [InlineData("经查，当事人将不合格产品卖给了个体户吴春花，吴春花又转卖给邻村村民。", "又转卖给邻村村民")]
    [InlineData("经查，当事人将货卖给了吴春花，吴春花随后转卖给邻村村民黄某。", "随后转卖给邻村村民黄某")]
    [InlineData("当事人在店内张贴“满18岁方可购买”，其3岁以上儿童须购票。", "其3岁以上儿童")]
    [InlineData("本案共有3名执法人员参与，分别为张静、王伟、李明。", "分别为张静、王伟、李明")]
    [InlineData("执法人员查扣了包括白酒、香烟在内的物品。", "包括白酒、香烟在内")]
    [InlineData("同村的村民反映，当事人夜间施工。", "同村的村民反映")]
    [InlineData("当事人共有两家门店，分别是宜春市嘉禾超市和樟树市嘉禾超市。", "宜春市嘉禾超市和樟树市嘉禾超市")]
    [InlineData("该产品标签宣称“防癌抗癌”，当事人未能提供依据。", "防癌抗癌")]
    [InlineData("经检测，该批次花生中黄曲霉毒素B1超标，长期食用有致癌风险。", "有致癌风险")]
    [InlineData("因宜春癌症医院未取得许可，当事人停止合作。", "因宜春癌症医院")]
    [InlineData("当事人销售的“李哥（LG）牌”电热毯不合格。", "李哥（LG）牌")]
    public void What_was_done_and_public_words_stay(string text, string kept) =>
        Assert.Contains(kept, Samples.RedactOrg(text));
}
