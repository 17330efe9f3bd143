namespace Enforcement.Sample.Tests;

public class ChecksumsTests
{
    // Published examples: the specimen ID number of GB 11643's explanatory material, and a code from
    // GB 32100's examples; the Luhn test number every card network publishes.
    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("440524188001010014")]
    public void Known_id_numbers_validate(string id)
    {
        Assert.True(Checksums.IsValidId18(id));
        Assert.Equal(id[17], Checksums.IdCheckChar(id.AsSpan(0, 17)));
    }

    [Fact]
    public void A_changed_digit_breaks_the_id_check()
    {
        Assert.False(Checksums.IsValidId18("110105194912310021"));
        Assert.False(Checksums.IsValidId18("11010519491231003X"));
    }

    [Fact]
    public void Known_credit_code_validates() =>
        Assert.Equal('3', Checksums.UsccCheckChar("91350100M000100Y4"));

    [Fact]
    public void Generated_credit_codes_pass_an_independent_check_and_carry_a_valid_organisation_code()
    {
        var rng = new Random(3);
        for (var i = 0; i < 500; i++)
        {
            var code = SampleCodes.Random(rng, i % 2 == 0 ? "91" : "92", "360902");
            Assert.True(IndependentChecks.IsUscc(code), code);
            Assert.True(Checksums.IsValidUscc(code), code);
        }
    }

    [Fact]
    public void Luhn_matches_the_published_test_number()
    {
        Assert.Equal('1', Checksums.LuhnCheckDigit("411111111111111"));
        Assert.True(Checksums.IsLuhnValid("4111111111111111"));
        Assert.False(Checksums.IsLuhnValid("4111111111111112"));
    }

    [Fact]
    public void Generated_ids_pass_an_independent_check_and_some_end_in_x()
    {
        var rng = new Random(11);
        var ids = Enumerable.Range(0, 400)
            .Select(i => PersonalData.Id18(rng, "360902", new DateOnly(1960 + i % 40, 1 + i % 12, 1 + i % 28), i % 2 == 0))
            .ToList();
        Assert.All(ids, id => Assert.True(IndependentChecks.IsId18(id), id));
        Assert.Contains(ids, id => id.EndsWith('X'));
        // The 17th digit carries the sex: odd for men.
        Assert.All(ids.Where((_, i) => i % 2 == 0), id => Assert.True((id[16] - '0') % 2 == 1, id));
    }

    [Fact]
    public void Generated_bank_cards_are_luhn_valid_and_grouped_by_spaces()
    {
        var rng = new Random(5);
        var cards = Enumerable.Range(0, 300).Select(_ => PersonalData.BankCard(rng)).ToList();
        Assert.All(cards, c => Assert.True(IndependentChecks.IsLuhn(c.Digits), c.Digits));
        Assert.All(cards, c => Assert.Equal(c.Digits, c.Written.Replace(" ", "")));
        Assert.Contains(cards, c => c.Written.Contains(' '));
        Assert.All(cards, c => Assert.InRange(c.Digits.Length, 15, 19));
    }

    [Fact]
    public void Ids_are_written_plain_grouped_full_width_or_broken_over_a_line_and_always_fold_back()
    {
        var rng = new Random(8);
        const string id = "36090219850315123X";
        var written = Enumerable.Range(0, 400).Select(_ => PersonalData.WriteId(rng, id)).ToList();
        Assert.Contains(id, written);
        Assert.Contains(written, w => w.Contains(' '));
        Assert.Contains(written, w => w.Contains('\n'));
        Assert.Contains(written, w => w.Contains('Ｘ'));
        Assert.All(written, w => Assert.Equal(id, PersonalData.Canonical(w)));
    }

    [Theory]
    [InlineData(50000, "伍万元整")]
    [InlineData(10500, "壹万零伍佰元整")]
    [InlineData(100000, "壹拾万元整")]
    [InlineData(1200, "壹仟贰佰元整")]
    [InlineData(1050, "壹仟零伍拾元整")]
    [InlineData(30007, "叁万零柒元整")]
    [InlineData(120000000, "壹亿贰仟万元整")]
    public void Amounts_are_written_in_capitals_as_on_a_payment_notice(int yuan, string expected) =>
        Assert.Equal(expected, ChineseText.Capital(yuan));
}
