using Enforcement.Search;

namespace Enforcement.Core.Tests.Search;

/// <summary>Whether a query is a 文书号 as typed from the paper copy, and the numbers a query holds.</summary>
public sealed class DecisionNumberQueryTests
{
    [Theory]
    [InlineData("宜市监处罚〔2025〕12号")]
    [InlineData("宜市监处罚(2025)12")]
    [InlineData("宜市监处罚2025-12")]          // no brackets, but a prefix ending in 罚
    [InlineData("文书号：宜市监处罚〔2025〕12号")] // copied with its label
    [InlineData("决定书文号 宜市监处罚[2025]12号")]
    [InlineData("2025年第12号")]
    public void A_number_typed_from_the_paper_copy_is_one(string query) => Assert.True(DecisionNumberQuery.Looks(query));

    [Theory]
    [InlineData("罚款20000")]                   // an amount
    [InlineData("罚款5万")]
    [InlineData("2025年3月")]
    [InlineData("过期食品")]
    [InlineData("宜市监处罚〔2025〕12号 过期食品")] // a number beside words: the search reads both
    public void Other_queries_are_not(string query) => Assert.False(DecisionNumberQuery.Looks(query));

    [Fact]
    public void The_numbers_a_query_holds_are_read_from_each_word_and_from_all_of_them_together()
    {
        Assert.Equal(["宜市监罚|2025|12"], DecisionNumberQuery.Numbers("文书号：宜市监处罚〔2025〕12号 过期食品").Select(n => n.Loose).Distinct());
        Assert.Equal(["宜市监罚|2025|12"], DecisionNumberQuery.Numbers("宜市监处罚 〔2025〕 12号").Select(n => n.Loose).Distinct());
        Assert.Empty(DecisionNumberQuery.Numbers("过期食品"));
    }
}
