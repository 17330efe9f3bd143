using Enforcement.Cards;

namespace Enforcement.Core.Tests.Cards;

public class CardTokenTests
{
    private static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    [Fact]
    public void A_token_carries_its_serial_and_verifies_only_for_its_certificate_serial_and_key()
    {
        var token = CardToken.For("36090012345", 17, Key);
        Assert.StartsWith("17.", token);
        Assert.Equal(17, CardToken.Verify("36090012345", token, Key));
        Assert.Null(CardToken.Verify("36090012346", token, Key));
        Assert.Null(CardToken.Verify("36090012345", "18" + token[2..], Key)); // the serial is inside the MAC
        Assert.Null(CardToken.Verify("36090012345", token, Enumerable.Repeat((byte)9, 32).ToArray()));
        // Copied out of a chat with the sentence's end or a space.
        Assert.Equal(17, CardToken.Verify("36090012345", token + "。", Key));
        Assert.Equal(17, CardToken.Verify("36090012345", " " + token + " ", Key));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("AbC-dEf_12345678")]          // a card from before serials
    [InlineData(".AbC-dEf_12345678")]
    [InlineData("0.AbC-dEf_12345678")]
    [InlineData("-1.AbC-dEf_12345678")]
    [InlineData("1234567890123.AbC-dEf_12345678")]
    public void Malformed_tokens_are_refused_without_throwing(string? token) =>
        Assert.Null(CardToken.Verify("36090012345", token, Key));

    [Fact]
    public void The_link_shape_finds_tokens_with_and_without_serial_and_not_placeholders()
    {
        Assert.Matches(CardToken.InLink(), $"https://x/officers/1/?token={CardToken.For("1", 5, Key)}\"");
        Assert.Matches(CardToken.InLink(), "/officers/1/?token=AbC-dEf_12345678&x");
        Assert.DoesNotMatch(CardToken.InLink(), "/officers/:cert/  token=:token  /api/officers/:cert/page?token=:token");
        Assert.DoesNotMatch(CardToken.InLink(), "?token=" + new string('a', 15));
    }
}
