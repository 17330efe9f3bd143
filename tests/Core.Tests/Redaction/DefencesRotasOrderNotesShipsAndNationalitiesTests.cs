namespace Enforcement.Core.Tests.Redaction;

/// <summary>
/// The eighteenth red team's (280 passages that name a person or carry a person's data and 291 that must stay, 2026-12-07):
/// 申辩人 and 检举人 in prose, whom attendance or a rota shows, a pay sheet typed with spaces, whom an order's note names,
/// answers (答：找的刘海波。, 问过…, 给了…两千), whom the party went with, rang, sent, paid or handed the keys (同, 给, 让, 找,
/// 交给了, 向…账户), a name in brackets after more roles, signatures (签名为“…”, 签收：…, 署名：…), a chat's first speaker and
/// what the party calls the person, a sentence opening with a person and when the person did what, an English form's Name:,
/// QQ（号码：…）, a boat's name and registration, names hard-wrapped after a role, and minority names by their nationality.
/// Each row gives the passage, what must go, and a passage that looks the same and stays as written.
/// </summary>
public class DefencesRotasOrderNotesShipsAndNationalitiesTests
{
    [Theory]
    // A 申辩人 or 检举人 in prose, before what the person said (read only before a colon until now).
    [InlineData("申辩人钟国华称其不知道该批货物已过期。", "钟国华", "申辩人称其不知道该批货物已过期。")]
    [InlineData("陈述申辩人黄建明称其系初次违法。", "黄建明", "申辩人陈述的事实与调查不符。")]
    [InlineData("申辩人胡美兰在申辩书中称家庭困难，请求减轻处罚。", "胡美兰", "申辩人在法定期限内提交了申辩材料。")]
    [InlineData("检举人汪国华称当事人销售假药。", "汪国华", "检举人系该店员工。")]
    // More roles a record names.
    [InlineData("钟点工李春兰负责打扫卫生。", "李春兰", "钟点工未办理健康证明。")]
    [InlineData("维权人刘德华称其被当事人欺骗。", "刘德华", "维权人员向本局反映。")]
    [InlineData("授权人：汪德华", "汪德华", "授权人签字确认。")]
    [InlineData("被授权人：黄春梅", "黄春梅", "被授权人签字确认。")]
    [InlineData("发现人：周建华", "周建华", "发现人员聚集后立即处置。")]
    [InlineData("揭发人：钟小兵", "钟小兵", "揭发人员受法律保护。")]
    // Whom attendance or a rota shows.
    [InlineData("考勤记录显示舒红梅3月份出勤26天。", "舒红梅", "考勤记录显示全体员工均在岗。")]
    [InlineData("打卡记录显示邹丽娟于当日8时02分到岗。", "邹丽娟", "考勤记录显示申请人在岗。")]
    [InlineData("值班记录显示：3月5日夜班 何建军", "何建军", "值班记录显示：3月5日夜班 无人")]
    // A pay sheet typed with spaces: a month between name and pay, or rows under a title with no colon or header.
    [InlineData("工资表显示：谢桂花  3月  2800元；曾凡荣  3月  3100元。", "曾凡荣", "工资表显示：3月工资总额42000元。")]
    [InlineData("员工工资表\n吴德林　　　4200\n肖海燕　　　3900", "肖海燕", "员工工资表\n厨师　　　4200\n服务员　　　3900")]
    // Whom an order's note or a buyer's message names.
    [InlineData("订单备注：“送给刘德明，放门卫”。", "刘德明", "订单备注：“送给朋友，放门卫”。")]
    [InlineData("该订单的买家留言为“给叶志华的生日蛋糕，写祝叶志华生日快乐”。", "叶志华", "买家留言为“给孩子的生日蛋糕”，写祝您生日快乐。")]
    [InlineData("外卖订单备注：余春兰 女士 不要辣", "余春兰", "外卖订单备注：不要辣 多放葱")]
    // Answers: whom the goods came through, whom the person asked or paid, who was there.
    [InlineData("问：你的货是找谁拿的？\n答：找的刘海波。", "刘海波", "答：找的供货商。")]
    [InlineData("答：找的是姜志明，他在批发市场。", "姜志明", "答：找的是高明。")]
    [InlineData("答：是找熊小红拿的货。", "熊小红", "当事人找供货商拿货。")]
    [InlineData("答：货是跟孔德胜进的。", "孔德胜", "当事人跟供货商进的货。")]
    [InlineData("答：问过罗小梅，她说没问题。", "罗小梅", "答：问过管理处，说可以。")]
    [InlineData("答：给了廖建国两千块钱。", "廖建国", "答：给了高额回报。")]
    [InlineData("答：当时只有我和夏春燕在店里。", "夏春燕", "答：当时只有我和员工在店里。")]
    // After 同, 给, 让, 找, 交给了, 向…账户 and before 参加.
    [InlineData("当事人同谭小勇一起将货物搬至仓库。", "谭小勇", "当事人同时一起销售了白酒。")]
    [InlineData("当事人给俞晓东打了电话。", "俞晓东", "当事人给顾客打了电话。")]
    [InlineData("当事人给彭志强转了3000元货款。", "彭志强", "当事人给付金额转了三次。")]
    [InlineData("当事人让汤建平去仓库取货。", "汤建平", "当事人让员工去仓库取货。")]
    [InlineData("当事人找华建军购买了该批猪肉。", "华建军", "当事人寻找高价购买者。")]
    [InlineData("当事人把钥匙交给了卜志华。", "卜志华", "当事人把货物交给了物流公司。")]
    [InlineData("银行流水显示，当事人向邓志强账户转入3万元。", "邓志强", "当事人向供货商账户转入3万元。")]
    [InlineData("当事人委托其哥哥何建国参加听证。", "何建国", "员工未参加培训。")]
    // In brackets or quotes after more roles, a signature, a chat's first speaker, what the party calls the person.
    [InlineData("消费者（卢晓玲）向本局投诉。", "卢晓玲", "消费者（男）向本局投诉。")]
    [InlineData("该员工（邓春梅）仍在岗工作。", "邓春梅", "员工（包括厨师）均未办理健康证明。")]
    [InlineData("微信群中，群成员“黄建明”发布了出售信息。", "黄建明", "群成员“宜春酒友”发布了出售信息。")]
    [InlineData("送达回证上签收人一栏签名为“甘小平”。", "甘小平", "签收人一栏签名为“当事人”。")]
    [InlineData("签收：温小燕 3月5日", "温小燕", "签收：当事人 3月5日")]
    [InlineData("陈述申辩书由当事人之妻代写，署名：熊春花。", "熊春花", "署名：宜春市嘉禾食品有限公司")]
    [InlineData("聊天记录显示：钟国华：这批货是过期的吗？ 当事人：没事，能卖。", "钟国华", "聊天记录显示：当事人：货到了。买家：好的。")]
    [InlineData("聊天记录中当事人称呼对方为“春生”。", "春生", "聊天记录中当事人称呼对方为“老板”。")]
    [InlineData("对方（微信备注为“丽萍”）向当事人询问价格。", "丽萍", "对方（微信备注为“供货商”）向当事人询问价格。")]
    // A sentence that opens with a person, then when the person was there or did what only a person does.
    [InlineData("经查，当事人雇佣其外甥从事销售。甘小军当时也在店内。", "甘小军", "当事人当时也在店内。")]
    [InlineData("刘桂英知道后立即报了警。", "刘桂英", "消费者知道后立即报了警。")]
    [InlineData("黄小平随后离开了现场。", "黄小平", "执法人员随后离开了现场。")]
    [InlineData("邓春燕事后承认了该事实。", "邓春燕", "周大福当时也在促销。")]
    // An English form's field (not a thing's name).
    [InlineData("Name: Liu Haibo", "Liu Haibo", "Product Name: Wine")]
    [InlineData("Name：刘海波  Tel：13907951234", "刘海波", "Company Name: Jiangxi Jiahe Food Co., Ltd.")]
    [InlineData("Customer name: Huang Jianming", "Huang Jianming", "File Name: report.pdf")]
    [InlineData("Consignee: Zhang Wei, Tel 13907951234", "Zhang Wei", "Brand Name: Golden Dragon")]
    // An account's number after its word inside the bracket.
    [InlineData("当事人通过QQ（号码：1357924680）与买家联系。", "1357924680", "当事人通过QQ（号码未能提供）与买家联系。")]
    // A boat's name and registration, and whose it is.
    [InlineData("当事人驾驶其个人所有的“赣宜春渔1234”号渔船在禁渔期内捕捞。", "赣宜春渔1234", "江西省渔业局2024年第3号公告。")]
    [InlineData("船舶识别号：CN20181234567，船名：赣袁州货0568。", "0568", "船舶所有人：宜春市某某航运有限公司。")]
    [InlineData("船舶识别号：CN20181234567", "CN20181234567", "当事人使用未经检验的船舶从事运输。")]
    [InlineData("MMSI：412345678", "412345678", "赣州货运2024年度总结")]
    [InlineData("经查，该船（船名“赣鄱阳渔01235”）系周德兵个人所有。", "周德兵", "该船舶系宜春市某某航运有限公司所有。")]
    [InlineData("该船系熊建平个人所有。", "熊建平", "该房屋系村集体所有。")]
    // A name hard-wrapped after a role with no colon, after its surname or its given name's first character.
    [InlineData("经查，当事人雇佣的员工刘\n海波未取得健康证明。", "海波", "员工高\n温补贴未发放。")]
    [InlineData("证人钟国\n华证实，当事人曾多次销售过期食品。", "\n华", "证人证\n言证实了上述事实。")]
    [InlineData("当事人于2025年3月1日向消费者黄\n建明出售了过期牛奶。", "建明", "员工全\n部到场。")]
    // A minority name by the nationality after it; a dotted name whose syllables hold 不 or 都.
    [InlineData("证人：扎西多吉（藏族）", "扎西多吉", "经营者：宜春市某某清真餐厅（回族）")]
    [InlineData("证人：尼玛次仁，男，藏族。", "尼玛次仁", "当事人的员工，男，藏族，未办理健康证明。")]
    [InlineData("当事人雇佣的员工：\n买买提，男，维吾尔族，25岁。", "买买提", "当事人销售的“新疆大盘鸡”（维吾尔族风味）。")]
    [InlineData("证人：买买提江·阿不都热依木", "热依木", "当事人销售的阿不都牌葡萄干系正品。")]
    [InlineData("证人努尔买买提·阿不来提称其在场。", "来提", "当事人销售的阿不来提牌葡萄干系正品。")]
    public void Names_and_numbers_in_these_shapes_are_masked_and_their_lookalikes_stay(string text, string secret, string lookalike)
    {
        Assert.DoesNotContain(secret, Samples.RedactOrg(text));
        Assert.Equal(lookalike, Samples.RedactOrg(lookalike));
    }
}
