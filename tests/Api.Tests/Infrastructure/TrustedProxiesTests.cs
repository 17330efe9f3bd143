using Enforcement.Api.Infrastructure.Proxies;

namespace Enforcement.Api.Tests.Infrastructure;

/// <summary>Portal:TrustedProxies as staff write it. (Behaviour behind a real nginx: tests/Deploy.Tests/Proxies.)</summary>
public class TrustedProxiesTests
{
    [Fact]
    public void Addresses_and_ranges_of_both_families_are_read()
    {
        var (proxies, networks, errors) = TrustedProxies.Parse(["10.1.2.3", " ::1 ", "172.16.0.0/12", "2001:db8::/32", ""]);
        Assert.Empty(errors);
        Assert.Equal(["10.1.2.3", "::1"], proxies.Select(p => p.ToString()));
        Assert.Equal(["172.16.0.0/12", "2001:db8::/32"], networks.Select(n => n.ToString()));
    }

    [Fact]
    public void A_wrong_entry_is_named_and_stops_the_API_from_starting_half_trusting()
    {
        var (_, _, errors) = TrustedProxies.Parse(["10.0.0.0/99", "netlify", "10.0.0.1"]);
        Assert.Equal(["'10.0.0.0/99' is not a CIDR range (e.g. 10.0.0.0/8)", "'netlify' is not an IP address"], errors);
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("10.1.2.3", true)]
    [InlineData("172.17.0.1", true)]
    [InlineData("192.168.1.20", true)]
    [InlineData("::1", true)]
    [InlineData("fd00::5", true)]
    [InlineData("203.0.113.7", false)]
    [InlineData("172.32.0.1", false)]
    [InlineData("2001:db8::1", false)]
    public void Only_a_loopback_or_private_address_is_named_as_a_proxy_to_trust(string address, bool local) =>
        Assert.Equal(local, TrustedProxies.IsLocal(System.Net.IPAddress.Parse(address)));
}
