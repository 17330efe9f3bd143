using Enforcement.Api.Infrastructure.Staff;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Tests.Infrastructure;

public sealed class StaffKeysTests
{
    private static StaffKeys Keys() => new(Options.Create(new PortalOptions
    {
        AdminKeys =
        [
            new AdminKeyOptions { Name = "监督科", Sha256 = StaffKeys.HashOf("supervision-secret"), Body = "*" },
            new AdminKeyOptions { Name = "法制科", Sha256 = StaffKeys.HashOf("amr-secret"), Body = "yichun-amr" },
        ],
    }));

    [Fact]
    public void A_key_is_known_by_its_hash_and_carries_its_scope()
    {
        var amr = Keys().Identify("amr-secret");
        Assert.NotNull(amr);
        Assert.Equal("法制科", amr.Name);
        Assert.True(amr.MayActFor("yichun-amr"));
        Assert.False(amr.MayActFor("yichun-commerce"));
        Assert.True(Keys().Identify("supervision-secret")!.MayActFor("yichun-commerce"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("amr-secret ")]
    [InlineData("AMR-SECRET")]
    public void Anything_else_is_refused(string? presented) => Assert.Null(Keys().Identify(presented));
}
