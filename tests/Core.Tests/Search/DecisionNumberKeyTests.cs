using Enforcement.Search;

namespace Enforcement.Core.Tests.Search;

public sealed class DecisionNumberKeyTests
{
    [Theory]
    [InlineData("宜市监处罚[2025]12号")]
    [InlineData("宜市监处罚【2025】12号")]
    [InlineData("宜市监处罚（２０２５）１２号")]
    [InlineData("宜市监处罚 (2025) 12号")]
    [InlineData("宜市監處罰〔2025〕12號")]
    public void Ways_of_writing_a_number_share_one_key(string written) =>
        Assert.Equal(DecisionNumberKey.Normalize("宜市监处罚〔2025〕12号"), DecisionNumberKey.Normalize(written));

    [Fact]
    public void Different_numbers_have_different_keys() =>
        Assert.NotEqual(DecisionNumberKey.Normalize("宜市监处罚〔2025〕12号"), DecisionNumberKey.Normalize("宜市监处罚〔2025〕120号"));

    [Fact]
    public void A_decision_is_also_found_by_its_number_without_the_place_or_the_prefix() =>
        Assert.Equal(["宜市监罚|2025|12", "市监罚|2025|12", "监罚|2025|12", "|2025|12"],
            DecisionNumberKey.IndexKeys(DecisionNumberKey.Loose("宜市监处罚〔2025〕12号")!));

    [Theory]
    [InlineData("宜市监处罚〔2024〕六号", "宜市监罚|2024|6")]
    [InlineData("宜市监处罚〔二〇二四〕十二号", "宜市监罚|2024|12")]
    [InlineData("宜市监处罚二〇二四年6号", "宜市监罚|2024|6")]
    public void A_year_or_serial_in_chinese_numerals_is_read_as_digits(string typed, string key) =>
        Assert.Equal(key, DecisionNumberKey.Loose(typed));

    [Theory]
    [InlineData("宜春市监处罚〔2025〕12号", "宜市监罚|2025|12")]
    [InlineData("宜春市市监处罚〔2025〕12号", "宜市监罚|2025|12")]
    [InlineData("宜春市商务局罚〔2024〕5号", "宜商务罚|2024|5")]
    [InlineData("宜市监处〔2025〕12号", "宜市监罚|2025|12")]
    [InlineData("樟树市监处罚〔2024〕11号", "樟市监罚|2024|11")]
    [InlineData("袁州区市监处罚202419号", "袁市监罚|2024|19")]
    [InlineData("高安商务罚20243", "高商务罚|2024|3")]
    public void A_number_typed_with_its_place_written_out_has_the_numbers_key_among_its_near_keys(string typed, string key) =>
        Assert.Contains(key, DecisionNumberKey.NearKeys(typed));

    [Theory]
    [InlineData("202419")]
    [InlineData("〔2024〕19号")]
    [InlineData("市监局20245")]
    public void A_bare_year_and_number_or_words_not_saying_a_number_have_no_near_key(string typed) =>
        Assert.Empty(DecisionNumberKey.NearKeys(typed));
}
