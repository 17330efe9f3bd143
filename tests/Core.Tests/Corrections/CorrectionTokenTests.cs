using Enforcement.Corrections;

namespace Enforcement.Core.Tests.Corrections;

public class CorrectionTokenTests
{
    [Fact]
    public void Tokens_are_long_url_safe_and_different()
    {
        var tokens = Enumerable.Range(0, 100).Select(_ => CorrectionToken.New()).ToList();
        Assert.Equal(100, tokens.Distinct().Count());
        Assert.All(tokens, t =>
        {
            Assert.True(t.Length >= 43); // 256 bits in base64url
            Assert.Equal(Uri.EscapeDataString(t), t);
        });
    }

    [Fact]
    public void Only_the_same_token_matches_its_hash()
    {
        var token = CorrectionToken.New();
        var hash = CorrectionToken.Hash(token);
        Assert.True(CorrectionToken.Matches(token, hash));
        Assert.False(CorrectionToken.Matches(token[..^1], hash));
        Assert.False(CorrectionToken.Matches(null, hash));
        Assert.False(CorrectionToken.Matches(CorrectionToken.New(), hash));
    }
}
