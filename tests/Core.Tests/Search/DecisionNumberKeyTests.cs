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
}
