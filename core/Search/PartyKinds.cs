namespace Enforcement.Search;

/// <summary>
/// Asking by the kind of party (商店被罚, 哪些工厂被罚了): decisions name the party as registered (兴旺水果店, 华泰水泥有限公司)
/// and never call it a 商店 or a 工厂, so those words found nothing. The build indexes the kinds a party's registered name
/// says (<see cref="Of"/>) in <see cref="SearchFields.PartyKind"/>, and a query word people use for a kind
/// (<see cref="Asked"/>) also finds the parties of that kind.
/// </summary>
public static class PartyKinds
{
    /// <summary>Shops selling goods to the public: not a hotel, an eatery or a service (理发店, 干洗店 sell no goods).</summary>
    public const string Shop = "商店";

    /// <summary>Makers of goods: factories and manufacturers, not a repair shop called 修理厂.</summary>
    public const string Factory = "工厂";

    /// <summary>The everyday words for each kind, as typed (商店被罚 less its filler is 商店).</summary>
    private static readonly Dictionary<string, string> Everyday = new(StringComparer.Ordinal)
    {
        ["商店"] = Shop, ["店铺"] = Shop, ["商铺"] = Shop, ["门店"] = Shop, ["小店"] = Shop, ["店家"] = Shop, ["铺子"] = Shop,
        ["店面"] = Shop, ["零售店"] = Shop, ["商家"] = Shop, ["商户"] = Shop,
        ["工厂"] = Factory, ["厂家"] = Factory, ["厂子"] = Factory, ["生产厂家"] = Factory, ["生产企业"] = Factory,
        ["制造企业"] = Factory, ["加工厂"] = Factory, ["企业工厂"] = Factory,
    };

    /// <summary>What a registered name says of a shop besides a goods shop's 店 (超市, 商行, 五金建材 …).</summary>
    private static readonly string[] ShopWords =
        ["超市", "商店", "商行", "商场", "百货", "商贸", "日用品", "经营部", "门市部", "批发部", "小卖部", "五金", "建材", "电器", "家居",
            "药房", "眼镜", "服饰"];

    /// <summary>Businesses called …店 that sell a service or a meal, not goods: no 商店 (酒店 is a hotel).</summary>
    private static readonly string[] ServiceShops =
        ["酒店", "饭店", "理发店", "美发店", "美容店", "洗车店", "干洗店", "洗衣店", "小吃店", "快餐店", "面店", "粉店", "修理店"];

    /// <summary>What a registered name says of a maker of goods.</summary>
    private static readonly string[] FactoryWords =
        ["工厂", "制造", "化工", "水泥", "陶瓷", "纺织", "新材料", "机械", "制品", "制药", "造纸", "钢铁", "冶炼", "加工厂", "砖厂"];

    /// <summary>A …厂 that repairs or collects rather than makes.</summary>
    private static readonly string[] NoFactories = ["修理厂", "维修厂", "回收厂"];

    /// <summary>The everyday words for the kinds, for reading a query (工厂罚款 is 工厂 and 罚款).</summary>
    public static IEnumerable<string> Words => Everyday.Keys;

    /// <summary>The kind a query word asks for (商店, 店铺 → 商店; 工厂, 厂家 → 工厂), or null when it names none.</summary>
    public static string? Asked(string word) => Everyday.GetValueOrDefault(word);

    /// <summary>The kinds a party's registered name says it is (宜春市袁州区兴旺水果店 → 商店); none for a person or a hotel.</summary>
    public static IEnumerable<string> Of(string partyName)
    {
        if (ShopWords.Any(w => partyName.Contains(w, StringComparison.Ordinal)) || SellsGoods(partyName)) yield return Shop;
        if (FactoryWords.Any(w => partyName.Contains(w, StringComparison.Ordinal))
            || partyName.Contains('厂') && !NoFactories.Any(w => partyName.Contains(w, StringComparison.Ordinal)))
            yield return Factory;
    }

    /// <summary>Whether some 店 in the name is a goods shop's (水果店, 鞋店, 卤味店), not a service's (理发店, 酒店).</summary>
    private static bool SellsGoods(string name)
    {
        for (var at = name.IndexOf('店'); at >= 0; at = name.IndexOf('店', at + 1))
            if (!ServiceShops.Any(s => at + 1 >= s.Length && name.AsSpan(0, at + 1).EndsWith(s, StringComparison.Ordinal)))
                return true;
        return false;
    }
}
