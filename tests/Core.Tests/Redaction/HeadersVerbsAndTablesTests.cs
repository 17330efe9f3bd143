namespace Enforcement.Core.Tests.Redaction;

/// <summary>
/// The eleventh red team's garbles: a two-character name after a role took the next verb's first character with it
/// (员工王芳擅自 → 王某某自, and 王芳's later mentions were published), a form's next label after a role given as a value was
/// read as a name (职业：司机  文化程度： → 文某某度：), cells beside a role in a staff table were read as names (高中 → 高某某),
/// half an address label was masked with the address (经常居住【住址已隐去】), and an address took the violation after it.
/// And the forms that hid a name from the labels: a dash, a slash or a signature's bracket for the colon, a name a bank
/// masked by half, and a table pasted as HTML.
/// </summary>
public class HeadersVerbsAndTablesTests
{
    [Theory]
    [InlineData("当事人员工王芳擅自将过期月饼上架。经询问，王芳承认上述事实。", "当事人员工王某某擅自将过期月饼上架。经询问，王某某承认上述事实。")]
    [InlineData("当事人员工王芳私自加价销售。王芳对此无异议。", "当事人员工王某某私自加价销售。王某某对此无异议。")]
    [InlineData("当事人员工刘平食用了样品。", "当事人员工刘某某食用了样品。")]
    [InlineData("当事人员工陈冬亲自送货。", "当事人员工陈某某亲自送货。")]
    [InlineData("当事人员工刘平声称不知情。", "当事人员工刘某某声称不知情。")]
    [InlineData("种植户刘海波、李秀英却称使用后水稻枯死。", "种植户刘某某、李某某却称使用后水稻枯死。")]
    [InlineData("当事人员工刘海波拒绝签字。", "当事人员工刘某某拒绝签字。")]
    public void A_name_ends_where_what_the_person_did_begins(string text, string published) =>
        Assert.Equal(published, Samples.RedactOrg(text));

    [Theory]
    [InlineData("当事人的员工全部擅自离岗。")]
    [InlineData("业主方擅自改变房屋用途。")]
    [InlineData("当事人店主平时擅自将过期食品上架。")]
    [InlineData("经查，当事人的销售人员宣传时声称该产品可以治疗糖尿病。")]
    [InlineData("当事人员工查货时转移了部分货物。")]
    [InlineData("当事人经营的“老表米粉店”卫生条件不达标。")]
    // A given name may start with 有 (张有才), so 有一 does not end a name before it starts.
    [InlineData("证人张有一称其不知道产品过期。")]
    public void A_word_after_a_role_is_no_name_before_what_was_done(string text)
    {
        var published = Samples.RedactOrg(text);
        if (text.Contains("张有一")) Assert.Contains("张某某称", published);
        else Assert.Equal(text, published);
    }

    [Theory]
    [InlineData("职业：司机  文化程度：初中")]
    [InlineData("职务：负责人  文化程度：大专")]
    [InlineData("职业：个体户  单位：无")]
    [InlineData("身份：店员　　文化程度：初中")]
    [InlineData("职业：司机  车辆类型：重型货车")]
    public void The_next_fields_label_after_a_role_is_published_as_written(string text) =>
        Assert.Equal(text, Samples.RedactPerson(text));

    [Fact]
    public void A_staff_table_masks_its_names_column_and_keeps_the_schooling_and_shifts()
    {
        var text = "| 序号 | 姓名 | 性别 | 岗位 | 学历 | 备注 |\n|---|---|---|---|---|---|\n| 1 | 刘海波 | 男 | 厨师 | 高中 | 白班 |\n| 2 | 李秀英 | 女 | 服务员 | 初中 | 夜班 |";
        Assert.Equal("| 序号 | 姓名 | 性别 | 岗位 | 学历 | 备注 |\n|---|---|---|---|---|---|\n| 1 | 刘某某 | 男 | 厨师 | 高中 | 白班 |\n| 2 | 李某某 | 女 | 服务员 | 初中 | 夜班 |",
            Samples.RedactOrg(text));
    }

    [Theory]
    [InlineData("| 执法人员 | 执法证号 |\n| 张静 | 36090012389 |")]
    [InlineData("<table><tr><td>执法人员</td><td>执法证号</td></tr><tr><td>张静</td><td>36090012389</td></tr></table>")]
    [InlineData("| 职务 | 姓名 | 执法证号 |\n| 组长 | 刘海波 | 36090123001 |\n| 组员 | 张建国 | 36090123002 |")]
    [InlineData("<table><tr><td>职务</td><td>姓名</td><td>执法证号</td></tr><tr><td>组长</td><td>刘海波</td><td>36090123001</td></tr></table>")]
    public void A_table_of_officers_keeps_their_names(string text) =>
        Assert.Equal(text, Samples.RedactOrg(text));

    [Theory]
    [InlineData("经常居住地：宜春市袁州区秀江路12号3栋1203室，", "经常居住地：【住址已隐去】，")]
    [InlineData("暂住地址：宜春市袁州区秀江路12号3栋1203室，", "暂住地址：【住址已隐去】，")]
    [InlineData("老家地址：宜春市袁州区湖田村下屋组23号，", "老家地址：【住址已隐去】，")]
    [InlineData("现居地：宜春市袁州区秀江路12号3栋1203室，", "现居地：【住址已隐去】，")]
    [InlineData("住所地址：宜春市袁州区秀江路12号3栋1203室，", "住所地址：【住址已隐去】，")]
    public void An_address_labels_whole_name_is_kept(string text, string published) =>
        Assert.Equal(published, Samples.RedactPerson(text));

    [Theory]
    [InlineData("当事人家住湖田村下屋组23号附近的一间仓库内存放有烟花爆竹200箱。", "当事人家住【住址已隐去】附近的一间仓库内存放有烟花爆竹200箱。")]
    [InlineData("家住宜春市袁州区湖田村下屋组平时在县城务工。", "家住【住址已隐去】平时在县城务工。")]
    [InlineData("住址：湖田村下屋组23号身份证号码：360902198503121234", "住址：【住址已隐去】身份证号码：【身份证号已隐去】")]
    [InlineData("送达地址确认书：受送达人王小明，送达地址宜春市袁州区秀江路12号3栋1203室，同意电子送达。",
        "送达地址确认书：受送达人王某某，送达地址【住址已隐去】，同意电子送达。")]
    public void An_address_ends_before_what_follows_it(string text, string published) =>
        Assert.Equal(published, Samples.RedactPerson(text));

    [Theory]
    [InlineData("收款人——张建国", "收款人——张某某")]
    [InlineData("收款人/张建国", "收款人/张某某")]
    [InlineData("收款人（签名）张建国", "收款人（签名）张某某")]
    [InlineData("签收人签名或盖章：李秀英", "签收人签名或盖章：李某某")]
    // A scan's stray space inside a name: its third character was published beside the mask.
    [InlineData("证人:刘海 波", "证人:刘某某")]
    [InlineData("证人：刘海 男，", "证人：刘某某 男，")]
    [InlineData("户名：张*国", "户名：张某某")]
    [InlineData("户名：张建*", "户名：张某某")]
    [InlineData("户名：**国", "户名：【已隐去】")]
    [InlineData("<table><tr><td>姓名</td><td>刘海波</td></tr></table>", "<table><tr><td>姓名</td><td>刘某某</td></tr></table>")]
    [InlineData("<table>\n<tr>\n<th>姓名</th>\n<th>性别</th>\n</tr>\n<tr>\n<td>刘海波</td>\n<td>男</td>\n</tr>\n</table>",
        "<table>\n<tr>\n<th>姓名</th>\n<th>性别</th>\n</tr>\n<tr>\n<td>刘某某</td>\n<td>男</td>\n</tr>\n</table>")]
    public void A_forms_other_ways_of_giving_a_name_are_read_as_a_colon_is(string text, string published) =>
        Assert.Equal(published, Samples.RedactPerson(text));

    [Theory]
    [InlineData("户名：张**")]
    [InlineData("经办人签章齐全")]
    [InlineData("**证人：**")]
    [InlineData("收款人/金额/日期：宜春市财政局/5000元/2024年3月5日")]
    [InlineData("收款人——张记米粉店")]
    [InlineData("户名：**局")]
    [InlineData("收款人：华*超市")]
    [InlineData("<table><tr><td>岗位</td><td>性质</td><td>工资</td></tr><tr><td>店长</td><td>全职</td><td>5000元</td></tr></table>")]
    [InlineData("<table><tr><td>商品</td><td>数量</td></tr><tr><td>白酒</td><td>5箱</td></tr></table>")]
    public void What_no_person_is_named_in_stays(string text) =>
        Assert.Equal(text, Samples.RedactPerson(text));
}
