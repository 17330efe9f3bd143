using Enforcement.Content;
using Enforcement.Publicity;
using Enforcement.Redaction;

namespace Enforcement.Api.Tests.Search;

/// <summary>Decisions for a test search index (TestApi's index parameter), and the day the tests search on.</summary>
internal static class SearchSamples
{
    /// <summary>1 September 2025, noon China time: the first two samples are public, the third has ended.</summary>
    public const string Noon = "2025-09-01 12:00";

    public static PublicDecision Decision(string slug, string title, string text, string number,
        DateOnly? published = null, DateOnly? publicUntil = null, string body = "yc-amr", string category = "食品安全",
        string party = "宜昌市某某有限公司", PartyKind partyKind = PartyKind.Organization)
    {
        var pub = published ?? new DateOnly(2025, 3, 1);
        return new PublicDecision(number, title, pub.Year, slug, body, partyKind, party, null, null,
            pub.AddDays(-3), pub, category, "违法行为", "《中华人民共和国食品安全法》", [new Penalty("罚款", 5000m)],
            DecisionStatus.InForce, null, PublicityState.Public, publicUntil ?? pub.AddYears(3), text);
    }

    public static readonly PublicDecision[] Sample =
    [
        Decision("amr-12", "宜昌市鑫隆超市有限公司销售过期食品案", "当事人在其超市销售超过保质期的酸奶，存在食品安全風險。", "宜市监处罚〔2025〕12号"),
        Decision("amr-13", "宜昌市百佳惠超市未履行进货查验义务案", "当事人未查验供货者许可证。<script>alert(1)</script>", "宜市监处罚〔2025〕13号"),
        Decision("eco-3", "宜昌市华昌化工有限公司超标排放水污染物案", "化学需氧量超标。", "宜环罚〔2025〕3号",
            body: "yc-eco", category: "水污染防治", publicUntil: new DateOnly(2025, 6, 1)),
    ];
}
