namespace Enforcement.Core.Tests.Redaction;

/// <summary>
/// The seventeenth red team's (2026-12-07): a friend's home that is a village of three characters (住在朋友家（湖田村）).
/// Beside it, what looks the same and stays.
/// </summary>
public class UnaskedAnswersReceiptsLawyersChatsAndFriendsHomesTests
{
    [Theory]
    [InlineData("问：你现在住哪里？答：住在朋友家（湖田村）。", "湖田村")]
    [InlineData("据当事人陈述，其现暂住在朋友家（湖田村）。", "湖田村")]
    [InlineData("当事人称其一直住在亲戚家（城南村），没有固定住所。", "城南村")]
    public void A_friends_or_relatives_home_that_is_a_village_of_three_characters_is_masked(string text, string village)
    {
        var published = Samples.RedactOrg(text);
        Assert.DoesNotContain(village, published);
        Assert.Contains("家（【住址已隐去】）", published);
    }

    [Theory]
    [InlineData("当事人将货物暂存在朋友家（华联超市仓库）。")]
    public void What_looks_like_those_shapes_stays(string text) => Assert.Equal(text, Samples.RedactOrg(text));
}
