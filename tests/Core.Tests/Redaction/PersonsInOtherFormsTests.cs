using Enforcement.Content;
using Enforcement.Redaction;

namespace Enforcement.Core.Tests.Redaction;

/// <summary>
/// People written the other ways real decisions write them: in traditional characters, in pinyin, in a table
/// that puts the role after the name, as children (a name after 其子, an age), with a date of birth.
/// </summary>
public class PersonsInOtherFormsTests
{
    private static readonly DateOnly Today = Samples.RedactionDay;

    [Fact]
    public void A_name_and_its_labels_in_traditional_characters_are_masked_like_simplified_ones()
    {
        var output = Samples.RedactPerson("當事人陳建國銷售過期食品。委託代理人林曉明到場，聯繫電話：13907951234。林曉明稱不知情。", "陈建国");
        Assert.DoesNotContain("陳建國", output);
        Assert.DoesNotContain("林曉明", output);
        Assert.DoesNotContain("13907951234", output);
        Assert.Contains("陈某某", output);
        Assert.Contains("林某某", output);
        Assert.Contains("銷售過期食品", output);
    }

    [Theory]
    [InlineData("收货人签名为 Wang Xiaoming。")]
    [InlineData("英文签名：WANG XIAO-MING，")]
    [InlineData("Xiaoming Wang (signature)")]
    [InlineData("签名 wangxiaoming")]
    public void The_partys_name_in_pinyin_is_masked(string text)
    {
        var output = Samples.RedactPerson(text);
        Assert.DoesNotContain("iaoming", output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("王某某", output);
    }

    [Theory]
    [InlineData("店招为 WANGXIAOMINGER 牌。")]
    [InlineData("王府井 Wangfujing 店")]
    public void Pinyin_inside_a_longer_word_stays(string text) => Assert.Equal(text, Samples.RedactPerson(text));

    [Fact]
    public void Pinyin_words_a_paragraph_apart_are_not_a_name_and_what_stands_between_them_stays()
    {
        const string text = "扣押印有“ZHANG”字样的箱包12个。\n\n本局决定罚款人民币5000元，另查获印有“WEI”字样的手提袋。";
        Assert.Equal(text, Samples.RedactPerson(text, "张伟"));
        var signed = Samples.RedactPerson("签名为Huang Zhiqiang，另一处签名为HUANG, ZHIQIANG。", "黄志强");
        Assert.Equal("签名为黄某某，另一处签名为黄某某。", signed);
    }

    [Fact]
    public void A_given_name_opening_a_paragraph_is_masked_as_the_leak_gate_reads_the_page()
    {
        // Paragraphs become block tags on the page, where the gate finds 小兰称 alone; the masker read the two
        // lines joined (女小兰称) and left it.
        var output = Samples.RedactPerson("- **当事人**：傅小兰，女\n\n小兰称其不知道产品不合格。\n- 小兰表示认可。", "傅小兰");
        Assert.DoesNotContain("小兰", output);
    }

    [Fact]
    public void The_representatives_name_in_pinyin_is_masked()
    {
        var output = Samples.RedactOrg("授权书落款 Zhang Weiguo。", representative: "张卫国");
        Assert.Equal("授权书落款 张某某。", output);
    }

    [Fact]
    public void A_table_that_puts_the_role_after_the_name_masks_the_name_and_its_other_mentions()
    {
        const string text = "| 姓名 | 身份 |\n| --- | --- |\n| 周德胜 | 证人 |\n| 张静 | 执法人员 |\n\n周德胜称其在店内购买。";
        var output = Samples.RedactOrg(text);
        Assert.DoesNotContain("周德胜", output);
        Assert.Contains("| 周某某 | 证人 |", output);
        Assert.Contains("| 张静 | 执法人员 |", output);
        Assert.Contains("周某某称其在店内购买", output);
    }

    [Fact]
    public void A_column_headed_by_a_role_masks_the_names_under_it()
    {
        const string text = "| 证人姓名 | 证明事项 |\n| --- | --- |\n| 李秀英 | 购买经过 |\n| **罗春生** | 价格 |\n";
        var output = Samples.RedactOrg(text);
        Assert.DoesNotContain("李秀英", output);
        Assert.DoesNotContain("罗春生", output);
        Assert.Contains("| 购买经过 |", output);
        Assert.Contains("| 证人姓名 | 证明事项 |", output);
    }

    [Fact]
    public void An_evidence_table_without_persons_stays()
    {
        const string text = "| 序号 | 证据 | 证明事项 |\n| --- | --- | --- |\n| 1 | 证人证言 | 销售经过 |\n| 2 | 王五金店发票 | 进货来源 |\n";
        Assert.Equal(text, Samples.RedactOrg(text));
    }

    [Theory]
    [InlineData("其子王小红（13岁）在店内帮忙。", "王小红")]
    [InlineData("其子王小红（13岁）在店内帮忙。", "13岁")]
    [InlineData("当日由其女儿李佳怡，12岁，看店。", "李佳怡")]
    [InlineData("当日由其女儿李佳怡，12岁，看店。", "12岁")]
    [InlineData("购买者年仅十五岁。", "十五岁")]
    [InlineData("向未成年人张子涵销售香烟。", "张子涵")]
    public void A_childs_name_and_age_are_masked(string text, string secret)
    {
        var output = Samples.RedactOrg(text);
        Assert.DoesNotContain(secret, output);
    }

    [Theory]
    [InlineData("当事人向未成年人销售烟草制品。")]
    [InlineData("对未满十四周岁的未成年人，不予处罚。")]
    [InlineData("已满十六周岁不满十八周岁的，从轻处罚。")]
    [InlineData("适用于3岁以上儿童的玩具，（3岁及以下儿童慎用）。")]
    [InlineData("证人张国平，45岁，证实。")]
    public void The_laws_thresholds_and_adults_ages_stay(string text)
    {
        var output = Samples.RedactOrg(text);
        foreach (var stays in new[] { "未成年人", "十四周岁", "十六周岁", "3岁以上", "3岁及以下", "45岁", "销售烟草制品" })
            if (text.Contains(stays, StringComparison.Ordinal)) Assert.Contains(stays, output);
    }

    [Fact]
    public void A_childs_age_is_flagged_in_the_report_by_its_kind()
    {
        var result = Redactor.Redact(Samples.Organisation("其子王小红（13岁）在店内帮忙。"), Samples.Site(), Today);
        Assert.Contains(result.Masked, m => m.Kind == MaskKinds.Minor);
        Assert.Equal("其子王某某（【个人信息已隐去】）在店内帮忙。", result.Decision.Text);
    }

    [Theory]
    [InlineData("当事人王小明，男，1985年3月12日出生，汉族。", "当事人王某某，男，【出生日期已隐去】出生，汉族。")]
    [InlineData("出生日期：1985-03-12，", "出生日期：【出生日期已隐去】，")]
    [InlineData("- **出生日期**：1985年3月12日\n", "- **出生日期**：【出生日期已隐去】\n")]
    [InlineData("2024年3月25日，本局执法人员检查。", "2024年3月25日，本局执法人员检查。")]
    [InlineData("该批产品于2024年3月生产。", "该批产品于2024年3月生产。")]
    [InlineData("当事人王小明，男，1985年3月12日生，汉族。", "当事人王某某，男，【出生日期已隐去】生，汉族。")]
    [InlineData("当事人王小明（男，1985-03-12生）", "当事人王某某（男，【出生日期已隐去】生）")]
    [InlineData("当事人王小明，男，1985.03.12出生。", "当事人王某某，男，【出生日期已隐去】出生。")]
    [InlineData("当事人王小明，男，生于1985年3月12日，汉族。", "当事人王某某，男，生于【出生日期已隐去】，汉族。")]
    [InlineData("该违法行为发生于2025年1月7日，", "该违法行为发生于2025年1月7日，")]
    [InlineData("当事人于2025年1月7日生产的食品", "当事人于2025年1月7日生产的食品")]
    public void A_date_of_birth_is_masked_and_other_dates_stay(string text, string expected) =>
        Assert.Equal(expected, Samples.RedactPerson(text));

    [Fact]
    public void The_gate_finds_a_traditional_or_pinyin_name_that_escaped()
    {
        var d = Samples.Person("陈建国", text: "当事人陈建国销售。");
        var content = new PortalContent(Samples.Site(), [], [], [], [d], []);
        var path = $"site/decisions/{d.Year}/{d.Slug}/index.html";
        Assert.NotEmpty(LeakGate.Scan([new PublishedText(path, "<p>當事人陳建國</p>")], content));
        Assert.NotEmpty(LeakGate.Scan([new PublishedText(path, "<p>Chen Jianguo</p>")], content));
        Assert.Empty(LeakGate.Scan([new PublishedText(path, "<p>当事人陈某某</p>")], content));
    }
}
