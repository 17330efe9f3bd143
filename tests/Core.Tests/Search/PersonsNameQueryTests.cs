using Enforcement.Search;

namespace Enforcement.Core.Tests.Search;

public sealed class PersonsNameQueryTests
{
    [Theory]
    [InlineData("漆国平")]
    [InlineData("况 金 凤")]
    [InlineData("欧阳建华")]
    [InlineData("李明")]
    public void A_name_as_people_type_it_may_be_a_persons(string query) => Assert.True(PersonsNameQuery.Looks(query));

    [Theory]
    [InlineData("卫生院")]    // 卫 is a surname; 卫生 is a word
    [InlineData("黄金")]
    [InlineData("时常迟到")]
    [InlineData("王某某")]    // already as published
    [InlineData("过期食品")]
    [InlineData("李明 罚款")]
    [InlineData("宜春市嘉禾食品有限公司")]
    public void Everyday_words_and_longer_queries_are_not_taken_for_a_name(string query) => Assert.False(PersonsNameQuery.Looks(query));
}
