using Enforcement.Redaction;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Enforcement.Core.Tests.Redaction;

/// <summary>The checksums that tell a personal number from any other long number.</summary>
public class ChecksumPropertyTests
{
    private static Gen<(string Number, int Position, int Digit)> WithSubstitution(Gen<string> numbers, int positions) =>
        from n in numbers
        from at in Gen.Choose(0, positions - 1)
        from d in Gen.Choose(0, 9)
        where n[at] - '0' != d
        select (n, at, d);

    private static string Substitute(string s, int at, int digit) => s[..at] + (char)('0' + digit) + s[(at + 1)..];

    private static string Swap(string s, int at) => s[..at] + s[at + 1] + s[at] + s[(at + 2)..];

    [Property(MaxTest = 300)]
    public Property Generated_18_digit_ids_are_valid() =>
        Prop.ForAll(NumberGenerators.Id18.ToArbitrary(), id => IdNumbers.IsValid18(id) && IdNumbers.IsValid(id.ToLowerInvariant()));

    [Property(MaxTest = 300)]
    public Property Any_single_wrong_digit_makes_an_18_digit_id_invalid() =>
        Prop.ForAll(WithSubstitution(NumberGenerators.Id18, 17).ToArbitrary(), x => !IdNumbers.IsValid18(Substitute(x.Number, x.Position, x.Digit)));

    [Property(MaxTest = 300)]
    public Property A_wrong_check_character_makes_an_18_digit_id_invalid() =>
        Prop.ForAll(NumberGenerators.Id18.ToArbitrary(), Gen.Elements("0123456789X".ToCharArray()).ToArbitrary(), (id, check) =>
            check == id[17] || !IdNumbers.IsValid18(id[..17] + check));

    [Property(MaxTest = 300)]
    public Property Swapping_two_different_neighbouring_digits_makes_an_18_digit_id_invalid() =>
        Prop.ForAll(NumberGenerators.Id18.ToArbitrary(), Gen.Choose(0, 15).ToArbitrary(), (id, at) =>
            id[at] == id[at + 1] || !IdNumbers.IsValid18(Swap(id, at)));

    [Property(MaxTest = 200)]
    public Property Generated_15_digit_ids_are_valid() =>
        Prop.ForAll(NumberGenerators.Id15.ToArbitrary(), id => IdNumbers.IsValid15(id) && IdNumbers.IsValid(id));

    [Property(MaxTest = 300)]
    public Property Generated_cards_pass_luhn_and_any_single_wrong_digit_fails_it() =>
        Prop.ForAll(WithSubstitution(NumberGenerators.Card, 15).ToArbitrary(), x =>
            BankCards.IsCardNumber(x.Number) && !BankCards.IsLuhnValid(Substitute(x.Number, x.Position, x.Digit)));

    [Property(MaxTest = 300)]
    public Property Generated_credit_codes_are_valid_and_any_single_wrong_character_is_not() =>
        Prop.ForAll(NumberGenerators.CreditCode.ToArbitrary(), Gen.Choose(0, 17).ToArbitrary(), Gen.Elements("0123456789ABCDEFGHJKLMNPQRTUWXY".ToCharArray()).ToArbitrary(),
            (code, at, c) => CreditCodes.IsValid(code) && (code[at] == c || !CreditCodes.IsValid(code[..at] + c + code[(at + 1)..])));

    [Property(MaxTest = 200)]
    public Property Generated_phones_are_recognised() =>
        Prop.ForAll(NumberGenerators.Mobile.ToArbitrary(), NumberGenerators.Landline.ToArbitrary(), (m, l) =>
            PhoneNumbers.IsMobile(m) && PhoneNumbers.IsMobile("86" + m) && PhoneNumbers.IsMobile("0086" + m)
            && PhoneNumbers.IsLandline(l) && !PhoneNumbers.IsLandline(m) && !PhoneNumbers.IsMobile(l));

    [Theory]
    [InlineData("11010519491231002X", true)]   // the standard's example
    [InlineData("11010519491231002x", true)]
    [InlineData("110105194912310021", false)]  // wrong check digit
    [InlineData("110105194913310028", false)]  // month 13
    [InlineData("110105190002290023", false)]  // 1900 was not a leap year
    [InlineData("011010519491231002", false)]  // leading zero
    [InlineData("110105491231002", true)]      // 15-digit: 1949-12-31
    [InlineData("110105491331002", false)]     // 15-digit: month 13
    public void Id_numbers_known_cases(string number, bool valid) => Assert.Equal(valid, IdNumbers.IsValid(number));

    [Theory]
    [InlineData("4111111111111111", true)]
    [InlineData("6222021234567890128", true)]
    [InlineData("6222021234567890123", false)]
    [InlineData("0222021234567890", false)]    // no card starts with 0
    [InlineData("41111111111111", false)]      // 14 digits
    public void Bank_cards_known_cases(string number, bool card) => Assert.Equal(card, BankCards.IsCardNumber(number));

    [Theory]
    [InlineData("91350100M000100Y43", true)]   // GB 32100's example
    [InlineData("91350100M000100Y44", false)]
    [InlineData("91350100M0001O0Y43", false)]  // O is not in the alphabet
    public void Credit_codes_known_cases(string code, bool valid) => Assert.Equal(valid, CreditCodes.IsValid(code));

    [Theory]
    [InlineData("91350100M000100Y43", true)]   // 9 工商, 1 企业
    [InlineData("92360902MA3XXXXXXX", true)]   // 个体工商户
    [InlineData("52360900MJ0000000X", true)]   // 5 民政, 2 民办非企业单位
    [InlineData("N2360902MF0000000X", true)]   // 村级集体经济组织
    [InlineData("360902198109063136", false)]  // 江西's ID numbers: 3 司法行政 has no kind 6
    [InlineData("370102198001010011", false)]
    [InlineData("94360902MA3XXXXXXX", false)]
    public void Credit_codes_issue_only_the_kinds_the_standard_defines(string code, bool issued) =>
        Assert.Equal(issued, CreditCodes.HasIssuedKind(code));
}
