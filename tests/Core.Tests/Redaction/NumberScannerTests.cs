using Enforcement.Redaction;

namespace Enforcement.Core.Tests.Redaction;

/// <summary>The formats people really type, and the long numbers that must stay visible.</summary>
public class NumberScannerTests
{
    private static IReadOnlyList<NumberMatch> Source(string text) => NumberScanner.Scan(TextFolding.FoldNumerals(text), ScanMode.Source);

    private static IReadOnlyList<NumberMatch> Published(string text) => NumberScanner.Scan(TextFolding.FoldNumerals(text), ScanMode.Published);

    [Theory]
    [InlineData("身份证号360902199001011233，住", "身份证号", "360902199001011233")]          // no \b between 号 and 3
    [InlineData("身份证号：11010519491231002X。", "身份证号", "11010519491231002X")]
    [InlineData("身份证号11010519491231002x", "身份证号", "11010519491231002X")]
    [InlineData("身份证 110105 19491231 002X", "身份证号", "11010519491231002X")]
    [InlineData("身份证 1101 0519 4912 3100 2X", "身份证号", "11010519491231002X")]
    [InlineData("身份证１１０１０５１９４９１２３１００２Ｘ", "身份证号", "11010519491231002X")]
    [InlineData("身份证号1101051949\n1231002X", "身份证号", "11010519491231002X")]
    [InlineData("身份证号1\n10105194912310 02X", "身份证号", "11010519491231002X")]   // hard-wrapped Markdown
    [InlineData("身份证号11010519491231002\nX。", "身份证号", "11010519491231002X")]   // the check character wrapped alone
    [InlineData("旧身份证110105491231002", "身份证号", "110105491231002")]
    [InlineData("身份证号110105194912310021", "身份证号", "110105194912310021")]    // wrong check digit, real region and birth date
    [InlineData("手机一三八〇〇一三八〇〇〇", "手机号码", "13800138000")]               // Chinese numerals fold
    [InlineData("手机幺三八零零幺三八零零零", "手机号码", "13800138000")]
    [InlineData("手机139.0795.1234", "手机号码", "13907951234")]
    [InlineData("手机13800138000", "手机号码", "13800138000")]
    [InlineData("手机 138 0013 8000", "手机号码", "13800138000")]
    [InlineData("手机138-0013-8000", "手机号码", "13800138000")]
    [InlineData("手机+86 138 0013 8000", "手机号码", "13800138000")]
    [InlineData("手机+8613800138000", "手机号码", "13800138000")]
    [InlineData("手机0086-13800138000", "手机号码", "13800138000")]
    [InlineData("手机１３８００１３８０００", "手机号码", "13800138000")]
    [InlineData("手机138**0013**8000", "手机号码", "13800138000")]
    [InlineData("手机138<em>0013</em>8000", "手机号码", "13800138000")]
    [InlineData("手机138&nbsp;0013&nbsp;8000", "手机号码", "13800138000")]
    [InlineData("Tel13800138000", "手机号码", "13800138000")]
    [InlineData("电话0795-3210001", "固定电话", "07953210001")]
    [InlineData("电话(0795)3210001", "固定电话", "07953210001")]
    [InlineData("电话（0795）3210001", "固定电话", "07953210001")]
    [InlineData("电话0795 3210001", "固定电话", "07953210001")]
    [InlineData("电话010-62345678", "固定电话", "01062345678")]
    [InlineData("电话07953210001转8001", "固定电话", "07953210001")]
    [InlineData("账号6222021234567890128", "银行卡号", "6222021234567890128")]
    [InlineData("账号 6222 0212 3456 7890 128", "银行卡号", "6222021234567890128")]
    [InlineData("卡号4111-1111-1111-1111", "银行卡号", "4111111111111111")]
    [InlineData("Card6222021234567890128", "银行卡号", "6222021234567890128")]
    [InlineData("账号 ６２２２ ０８５９ ５１９６ ０８７１ ８５９", "银行卡号", "6222085951960871859")] // holds a landline-shaped 0859 5196 0871
    [InlineData("卡号４１１１１１１１１１１１１１１１", "银行卡号", "4111111111111111")]
    // A typo in the check digit that happens to pass the credit-code checksum (one in 31): the label says it is an ID.
    [InlineData("身份证号码：360902198109063136", "身份证号", "360902198109063136")]
    [InlineData("身份证号码：3609021981\n09063136", "身份证号", "360902198109063136")]
    // The same typo with no label, or under a label that is wrong: no authority issues credit codes under 36 (江西's IDs).
    [InlineData("| 张建国 | 360902198501012345 |", "身份证号", "360902198501012345")]
    [InlineData("统一社会信用代码：360902198109063136", "身份证号", "360902198109063136")]
    public void Finds_each_format(string text, string kind, string digits)
    {
        var m = Assert.Single(Source(text));
        Assert.Equal(kind, m.Kind);
        Assert.Equal(digits, m.Digits);
    }

    [Theory]
    [InlineData("电话 18093934102（(0755)6976584", "手机号码", "18093934102")] // + 0755 once read as a 15-digit ID
    [InlineData("Tel 110105　360216　979万", "身份证号", "110105360216979")]
    [InlineData("，820000 19850417 0011万联系电话", "身份证号", "820000198504170011")]
    [InlineData("住所１４９ ８６５５ ５１５７元", "手机号码", "14986555157")]
    public void A_bracket_or_a_unit_after_a_number_does_not_hide_it(string text, string kind, string digits)
    {
        // Found by FsCheck with 30,000 cases: each of these once joined too much or too little.
        var first = Source(text)[0];
        Assert.Equal(kind, first.Kind);
        Assert.Equal(digits, first.Digits);
    }

    [Fact]
    public void A_mobile_run_into_a_landline_is_two_phones_not_a_card()
    {
        // Found by FsCheck: 18117983263 + 0571 passes Luhn, and 电话 in front once let it be read as a card.
        const string text = "电话 18117983263**(0571)8311954";
        var found = Source(text);
        Assert.Equal(["手机号码", "固定电话"], found.Select(m => m.Kind));
        Assert.Equal(["18117983263", "05718311954"], found.Select(m => m.Digits));
    }

    [Fact]
    public void Masks_the_country_code_with_the_mobile_number()
    {
        const string text = "手机+86 138 0013 8000。";
        var m = Assert.Single(Source(text));
        Assert.Equal("+86 138 0013 8000", text[m.Start..m.End]);
    }

    [Fact]
    public void Finds_several_numbers_in_one_line_separately()
    {
        var found = Source("罚款 50000 13800138000 / 0795-3210001，身份证110105491231002");
        Assert.Equal(["手机号码", "固定电话", "身份证号"], found.Select(m => m.Kind));
    }

    [Theory]
    [InlineData("宜市监处罚〔2025〕12号")]
    [InlineData("宜市监处罚(2025)1234号")]
    [InlineData("罚款人民币50000元，没收违法所得1200.00元")]
    [InlineData("罚款 12,345,678.00 元")]
    [InlineData("于2025年3月1日作出，2025-03-08 公示")]
    [InlineData("依据《中华人民共和国食品安全法》第一百二十四条第一款第(五)项、第124条")]
    [InlineData("统一社会信用代码91360902MA35L7XXXX")]
    [InlineData("统一社会信用代码 11360900MB1766311A")]
    [InlineData("统一社会信用代码923609819244536UJM")]      // 15 digits that pass Luhn, inside a code
    [InlineData("统一社会信用代码：110105198109000062")]   // shaped like an ID, a valid credit code under 11 (机构编制, 机关), labelled as one
    [InlineData("执法证号36090012345，邮编336000")]
    [InlineData("2025-03-08 10:30 检查，2025-03-09 复查")]
    [InlineData("990105194912310021")]          // 18 digits, wrong check digit, no such province
    [InlineData("4111111111111112")]            // 16 digits, not Luhn-valid
    [InlineData("12345678901")]                 // 11 digits, not a mobile prefix
    public void Leaves_other_numbers_alone(string text)
    {
        Assert.Empty(Source(text));
        Assert.Empty(Published(text));
    }

    [Fact]
    public void An_all_digit_credit_code_is_not_taken_for_a_card_even_when_it_passes_luhn()
    {
        var rng = new Random(7);
        string code;
        do
        {
            var first17 = "91360902" + string.Concat(Enumerable.Range(0, 9).Select(_ => rng.Next(10)));
            code = first17 + CreditCodes.CheckChar(first17);
        } while (!char.IsAsciiDigit(code[17]) || !BankCards.IsLuhnValid(code) || IdNumbers.IsValid(code));
        Assert.Empty(Source("统一社会信用代码" + code));
    }

    [Fact]
    public void Published_output_does_not_join_table_cells_or_page_numbers()
    {
        Assert.Empty(Published("<tr><td>2025-03-08</td><td>50000</td><td>1200</td><td>4111</td><td>1111</td></tr>"));
        Assert.Empty(Published("<nav><a href=\"?p=13\">13</a> <a>14</a> <a>15</a> <a>16</a> <a>17</a> <a>18</a></nav>"));
        Assert.Empty(Published("<li>138</li>\n<li>0013</li>\n<li>8000</li>"));
    }

    [Fact]
    public void Public_numbers_are_skipped()
    {
        var allowed = new PublicNumbers().AddContact("0795-1234567");
        Assert.Empty(NumberScanner.Scan("监督电话：0795 1234567", ScanMode.Source, allowed));
        Assert.Single(NumberScanner.Scan("监督电话：0795 1234568", ScanMode.Source, allowed));
    }
}
