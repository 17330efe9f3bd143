using Enforcement.Redaction;

namespace Enforcement.Core.Tests.Redaction;

/// <summary>
/// Cases the property tests found, one now and then, kept here so that every run tries them: the leak gate reading the
/// words before a mask as an account, random words before （住所） read as a home, a card broken over a line before 萬, a number spelled out digit by digit.
/// </summary>
public class FoundByPropertiesTests
{
    /// <summary>No digit-only trace of the number's last eight digits is left, and the gate finds nothing.</summary>
    private static void AssertGone(string text, string number)
    {
        Assert.DoesNotContain(number[^8..], string.Concat(TextFolding.FoldWidth(Samples.RedactOrg(text)).Where(char.IsAsciiDigit)));
        Assert.Empty(GateOnRedacted(text));
    }

    private static IReadOnlyList<Leak> GateOnRedacted(string text)
    {
        var d = Samples.Organisation(text);
        var published = Redactor.Redact(d, Samples.Site(), new DateOnly(2025, 6, 1)).Decision.Text;
        return new LeakScanner([d], Samples.Site(), PublicData.FromSite(Samples.Site())).Scan(new PublishedText("page.html", published));
    }

    [Theory]
    [InlineData("账号（ID:：ID:暩6260\u30009232\u30006257\u3000137萹账号筎盛诸苗")]
    [InlineData("盞（ID:：薡Tel 434219161319720蹴ID:身份证号码鄐（。")]
    public void What_stands_before_a_masked_number_is_not_read_as_an_account_by_the_gate(string text)
    {
        Assert.Contains("【银行卡号已隐去】", Samples.RedactOrg(text));
        Assert.Empty(GateOnRedacted(text));
    }

    [Theory]
    [InlineData("2049-11-24 03:30开户行Tel 維（住所）统一社会信用代码：913201025M1F69MKU1开户行Tel 維（住所）")]
    [InlineData("2034年12月28日（住所）：脤当事人执法证号36090800398（住所）：脤当事人2024年1月18日")]
    [InlineData("邮编104911使（妃（佟砄统一社会信用代码：513609028HJF2TK3NJ")]
    public void Random_words_before_a_bracket_that_says_home_are_no_address(string text) =>
        Assert.Equal(text, Samples.RedactOrg(text));

    [Theory]
    [InlineData("羘洗住所澸经查，ID:4753 6794 3132 1768 1號（弎袹釋蓲", "47536794313217681")]
    [InlineData("卡号：6222 0212 3456 7890 1号", "62220212345678901")]
    public void A_card_grouped_by_fours_keeps_its_last_group_before_号(string text, string card) => AssertGone(text, card);

    [Theory]
    [InlineData("蕜60130546\n01594202萬联系电话：", "6013054601594202")]
    [InlineData("账号：60130546\n11594200万", "6013054611594200")]
    public void A_card_broken_over_a_line_is_no_amount_before_万_when_no_amount_is_written_so(string text, string card) =>
        AssertGone(text, card);

    [Theory]
    [InlineData("本 人 尹 冬 生 ，身 份 证 号 3 6 0 9 2 3 1 9 7 8 1 0 1 6 1 1 3 8 ，对 你 局 作 出 的 处 罚 有 异 议 。", "360923197810161138")]
    [InlineData("联系电话：1 3 9 0 7 9 5 1 2 3 4", "13907951234")]
    public void A_number_spelled_out_one_digit_at_a_time_is_masked(string text, string number) => AssertGone(text, number);

    [Theory]
    [InlineData("评分依次为 1 3 5 7 9 分。")]
    [InlineData("第 1 2 3 条")]
    public void A_few_digits_spaced_out_stay(string text) =>
        Assert.Equal(text, Samples.RedactOrg(text));

    [Fact]
    public void An_amount_on_a_line_of_its_own_stays() =>
        Assert.Contains("\n50万元", Samples.RedactOrg("联系电话：0795-3260000\n50万元"));

    [Fact]
    public void A_house_number_after_an_address_stays() =>
        Assert.Contains("1号门面", Samples.RedactOrg("宜春市袁州区秀江路3栋2单元 1号门面"));

    [Fact]
    public void A_label_after_a_label_is_no_nickname()
    {
        const string text = "统一社会信用代码：9344030573YRFQ5WUY（ID:：ID:陌飂货值金额 49,096,684 元（ID:：ID:陌飂2000-06-06 23:30";
        Assert.Equal(text, Samples.RedactOrg(text));
    }

    [Fact]
    public void A_nickname_that_runs_into_an_amount_is_none()
    {
        // The clause after ID: ended at the amount's first thousands separator: 勧Tel 货值金额 56 was read as the nickname.
        const string text = "统一社会信用代码：11360902PXFKEUJA03坶（ID:：勧Tel 货值金额 56,196,867 元";
        Assert.Equal(text, Samples.RedactOrg(text));
        Assert.Contains("【", Samples.RedactOrg("抖音ID：小红Tel，联系后发货"));
    }

    [Fact]
    public void An_amount_in_a_bracket_after_a_name_is_no_home()
    {
        // 元 is no 单元: the bracket after 王小明 holds what he paid, not where he lives.
        Assert.Equal("王某某（购买白酒两瓶共计120元）", Samples.RedactOrg("证人王小明（购买白酒两瓶共计120元）").Replace("证人", ""));
        Assert.DoesNotContain("3栋2单元501室", Samples.RedactOrg("证人王小明（宜春市袁州区秀江路3栋2单元501室）"));
    }

    [Fact]
    public void A_document_number_before_a_bracket_that_says_home_is_no_address()
    {
        const string text = "邮编256716（住所）（ID:泴宜市监处罚〔2019〕495号（住所）（ID:泴罚款人民币396784408.90元";
        Assert.Equal(text, Samples.RedactOrg(text));
    }

    [Theory]
    // A nickname after ID: ran to the clause's end through a date or an article.
    [InlineData("邮编448082潵No.）（ID:：2000年8月31日潵No.）（ID:：统一社会信用代码：9113022956NR6TYUEU")]
    [InlineData("宜市监处罚〔2022〕9129号潵No.）（ID:：第248条第5款潵No.）（ID:：宜市监处罚〔2015〕1772号")]
    // And through a postcode, an amount, a document's number or an officer's certificate (2026-12-06, after 456 cases).
    [InlineData("罚款人民币574810255.08元：（ID:：No.No.邮编271966")]
    [InlineData("邮编271966：（ID:：No.No.罚款人民币1.00元")]
    [InlineData("邮编271966：（ID:：No.No.宜市监处罚〔2015〕1号")]
    [InlineData("邮编271966：（ID:：执法证号36090012389")]
    // 傢 folds to 家: the words after 当事人家（ were read as a home, through a document number and a label.
    [InlineData("罚款人民币556068217.41元鑢联系电话：当事人傢（绪宜市监处罚〔2022〕3119号鑢联系电话：当事人傢（绪2043年9月7日")]
    public void A_date_or_a_document_number_is_neither_a_nickname_nor_a_home(string text) =>
        Assert.Equal(text, Samples.RedactOrg(text));

    [Fact]
    public void A_document_number_in_a_bracket_after_an_address_is_not_its_rest() =>
        Assert.Contains("（宜市监处罚〔2025〕12号、执法人员张静（执法证号：36090012389））",
            Samples.RedactOrg("住址：宜春市袁州区秀江路88号3栋（宜市监处罚〔2025〕12号、执法人员张静（执法证号：36090012389））本局执法人员"));

    [Theory]
    [InlineData("存放地点：宜春市袁州区秀江东路88号（当事人家中）", "秀江东路88号")]
    [InlineData("送达地址：袁州区湖田村5组12号（法定代表人住处）", "湖田村5组12号")]
    public void An_address_before_a_bracket_that_says_home_is_still_masked(string text, string home) =>
        Assert.DoesNotContain(home, Samples.RedactOrg(text));
}
