using Enforcement.Search;

namespace Enforcement.Core.Tests.Search;

public sealed class PartyKindsTests
{
    [Theory]
    [InlineData("宜春市袁州区兴旺水果店", "商店")]
    [InlineData("宜春市袁州区一品卤味店", "商店")]
    [InlineData("宜春市百佳连锁超市有限公司", "商店")]
    [InlineData("宜春市好邻居商贸有限公司", "商店")]
    [InlineData("宜春市华联五金建材有限公司", "商店")]
    [InlineData("宜春市兴旺大药房连锁有限公司", "商店")]
    [InlineData("宜春市华泰水泥有限公司", "工厂")]
    [InlineData("宜春市宏远机械制造有限公司", "工厂")]
    [InlineData("宜春市袁州区老李豆腐加工厂", "工厂")]
    // A hotel, an eatery, a service, a repair 厂 and a person are neither: 酒店 is no 商店.
    [InlineData("宜春市金盛酒店管理有限公司", "")]
    [InlineData("宜春市袁州区老周粉面馆", "")]
    [InlineData("宜春市袁州区型格美发店", "")]
    [InlineData("宜春市袁州区净衣坊干洗店", "")]
    [InlineData("宜春市袁州区顺风汽车修理厂", "")]
    [InlineData("况某某", "")]
    public void A_registered_name_says_what_kind_of_party_it_is(string name, string kinds) =>
        Assert.Equal(kinds, string.Join(",", PartyKinds.Of(name)));

    [Fact]
    public void Everyday_words_ask_for_a_kind_and_other_words_for_none()
    {
        Assert.Equal(PartyKinds.Shop, PartyKinds.Asked("店铺"));
        Assert.Equal(PartyKinds.Factory, PartyKinds.Asked("厂家"));
        Assert.Null(PartyKinds.Asked("超市"));
        Assert.Null(PartyKinds.Asked("公司"));
    }
}
