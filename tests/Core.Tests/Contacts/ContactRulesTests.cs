using Enforcement.Contacts;

namespace Enforcement.Core.Tests.Contacts;

public class ContactRulesTests
{
    [Theory]
    [InlineData("zhang@qq。com", "zhang@qq.com")]
    [InlineData("ＺＨＡＮＧ＠ｑｑ．ｃｏｍ", "ZHANG@qq.com")]
    [InlineData(" zhangsan@example.com ", "zhangsan@example.com")]
    public void An_address_typed_with_a_Chinese_input_methods_full_width_forms_is_the_address_meant(string typed, string meant)
    {
        Assert.Equal(meant, ContactRules.NormalizeEmail(typed));
        Assert.True(ContactRules.IsEmail(ContactRules.NormalizeEmail(typed)));
    }

    [Theory]
    [InlineData("zhang.san@example.com", true)]
    [InlineData("li+gz@mail.example.gov.cn", true)]
    [InlineData("zhangsan@example", false)]
    [InlineData("zhang san@example.com", false)]
    [InlineData("张三@example.com", false)]
    [InlineData(".zhang@example.com", false)]
    [InlineData("zhang..san@example.com", false)]
    [InlineData("Zhang <z@example.com>", false)]
    [InlineData("", false)]
    public void Email_addresses(string text, bool valid) => Assert.Equal(valid, ContactRules.IsEmail(text));

    [Theory]
    [InlineData("138 1234 5678", "13812345678")]
    [InlineData("+86 138-1234-5678", "13812345678")]
    [InlineData("0795-1234567", "07951234567")]
    [InlineData("(010) 12345678", "01012345678")]
    [InlineData("400-123-4567", "4001234567")]
    [InlineData("0795-1234567转123", "07951234567转123")]
    [InlineData("１３８ ００１３ ８０００", "13800138000")]                 // full-width, as a Chinese input method types it
    [InlineData("０７９５－１２３４５６７", "07951234567")]
    // An extension after a dash or a blank: its digits had run into the number (079576543218, read as 0795-76543218).
    [InlineData("0795-7654321-8", "07957654321转8")]
    [InlineData("0795 7654321 8", "07957654321转8")]
    [InlineData("(0795)765 4321-808", "07957654321转808")]
    [InlineData("010-12345678-123", "01012345678转123")]
    [InlineData("0795-765-4321", "07957654321")]
    [InlineData("010-1234-5678", "01012345678")]
    [InlineData("138-0013-8000", "13800138000")]
    public void Phone_numbers_are_normalized(string text, string expected) => Assert.Equal(expected, ContactRules.NormalizePhone(text));

    [Theory]
    [InlineData("12345")]
    [InlineData("1381234567")]
    [InlineData("23812345678")]
    [InlineData("phone")]
    public void Other_phone_numbers_are_refused(string text) => Assert.Null(ContactRules.NormalizePhone(text));

    [Theory]
    [InlineData("13800138000", true)]
    [InlineData("0795-1234567转12", true)]
    [InlineData("zhang.san@example.com", true)]
    [InlineData("打我电话", false)]
    [InlineData("zhang..san@example.com", false)] // the rating form once let this through; mail servers refuse it
    [InlineData(".zhang@example.com", false)]
    [InlineData("zhang@-example.com", false)]
    [InlineData("", false)]
    public void A_call_back_contact_is_a_phone_number_or_an_email_address(string text, bool valid) =>
        Assert.Equal(valid, ContactRules.IsPhoneOrEmail(text));

    [Fact]
    public void A_call_back_contact_longer_than_the_form_allows_is_refused()
    {
        var address = new string('a', 60) + "@" + new string('b', 40) + ".com";
        Assert.True(ContactRules.IsEmail(address));
        Assert.False(ContactRules.IsPhoneOrEmail(address));
    }

    [Theory]
    // A spreadsheet reads a run of digits as a number and drops the 0: a landline goes out with its area code apart.
    [InlineData("07957654321", "0795-7654321")]
    [InlineData("01012345678", "010-12345678")]
    [InlineData("0795-7654321", "0795-7654321")]
    [InlineData("13800138000", "13800138000")]
    [InlineData("zhang.san@example.com", "zhang.san@example.com")]
    [InlineData("0795", "0795")]
    [InlineData("07957654321转8", "0795-7654321 转 8")]
    public void A_landline_typed_as_one_run_of_digits_is_written_with_its_area_code_apart(string typed, string written) =>
        Assert.Equal(written, ContactRules.WithAreaCodeApart(typed));
}
