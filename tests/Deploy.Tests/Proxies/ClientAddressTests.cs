namespace Enforcement.Deploy.Tests.Proxies;

/// <summary>Portal:TrustedProxies behind a real nginx: each visitor is themselves, and nobody else can claim to be.</summary>
public sealed class ClientAddressTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private const string Certificate = "36090012345";

    [Fact]
    public async Task Two_shopkeepers_behind_the_proxy_both_rate_the_same_card_today_and_are_limited_separately()
    {
        using var portal = new PortalBehindNginx(site, new()
        {
            ["Portal:TrustedProxies:0"] = PortalBehindNginx.ProxyAddress,
            ["Portal:RateLimits:SubmitPermits"] = "3",
        });
        var token = Token(await portal.CardLinkAsync("test-amr", Certificate));
        var rating = PortalBehindNginx.Rating(Certificate, token);
        using var first = portal.Visitor("127.0.0.2");
        using var second = portal.Visitor("127.0.0.3");

        Assert.Equal(201, (await PortalBehindNginx.RateAsync(first, rating)).Status);
        Assert.Equal(201, (await PortalBehindNginx.RateAsync(second, rating)).Status);
        // The same shopkeeper again the same day: the per-card rule, then the submit limit, both only for them.
        Assert.Equal((429, "今天已评价过"), await PortalBehindNginx.RateAsync(first, rating));
        Assert.Equal((429, "今天已评价过"), await PortalBehindNginx.RateAsync(first, rating));
        Assert.Equal((429, "请求过于频繁"), await PortalBehindNginx.RateAsync(first, rating));
        Assert.Equal((429, "今天已评价过"), await PortalBehindNginx.RateAsync(second, rating));
    }

    [Fact]
    public async Task A_forged_forwarded_header_sent_straight_to_the_API_changes_nothing()
    {
        using var portal = new PortalBehindNginx(site, new()
        {
            ["Portal:TrustedProxies:0"] = PortalBehindNginx.ProxyAddress,
            ["Portal:RateLimits:SubmitPermits"] = "1",
        });
        var rating = PortalBehindNginx.Rating(Certificate, Token(await portal.CardLinkAsync("test-amr", Certificate)));
        using var shopkeeper = portal.Visitor("127.0.0.2");
        Assert.Equal(201, (await PortalBehindNginx.RateAsync(shopkeeper, rating)).Status);

        // Someone at 127.0.0.5 talks to the API directly and claims to be the shopkeeper (or anyone else):
        // if the header were believed, the shopkeeper's used-up limit and today's rating would stop them.
        using var direct = NginxProcess.ClientFrom("127.0.0.5", portal.Api.Address);
        Assert.Equal(201, (await PortalBehindNginx.RateAsync(direct, rating, forwardedFor: "127.0.0.2")).Status);
        // And claiming a fresh address does not buy them another rating or another permit.
        Assert.Equal(429, (await PortalBehindNginx.RateAsync(direct, rating, forwardedFor: "203.0.113.77")).Status);
    }

    [Fact]
    public async Task Without_trusted_proxies_everyone_behind_the_proxy_is_one_address()
    {
        // What the issue saw in production: the first shopkeeper of the day blocks every other one.
        using var portal = new PortalBehindNginx(site);
        var rating = PortalBehindNginx.Rating(Certificate, Token(await portal.CardLinkAsync("test-amr", Certificate)));
        using var first = portal.Visitor("127.0.0.2");
        using var second = portal.Visitor("127.0.0.3");
        Assert.Equal(201, (await PortalBehindNginx.RateAsync(first, rating)).Status);
        Assert.Equal((429, "今天已评价过"), await PortalBehindNginx.RateAsync(second, rating));
        // The log says so, once, and what to set.
        string[] warnings;
        lock (portal.Api.Logs) warnings = portal.Api.Logs.Where(l => l.Contains("does not list")).ToArray();
        Assert.Contains($"proxy at {PortalBehindNginx.ProxyAddress}", Assert.Single(warnings));
        Assert.Contains("Portal:TrustedProxies", warnings[0]);
    }

    [Fact]
    public async Task With_the_proxy_trusted_the_log_says_nothing_of_it_even_when_a_visitor_writes_the_header()
    {
        using var portal = new PortalBehindNginx(site, new() { ["Portal:TrustedProxies:0"] = PortalBehindNginx.ProxyAddress });
        var rating = PortalBehindNginx.Rating(Certificate, Token(await portal.CardLinkAsync("test-amr", Certificate)));
        using var visitor = portal.Visitor("127.0.0.2");
        Assert.Equal(201, (await PortalBehindNginx.RateAsync(visitor, rating, forwardedFor: "203.0.113.77")).Status);
        lock (portal.Api.Logs) Assert.DoesNotContain(portal.Api.Logs, l => l.Contains("does not list"));
    }

    private static string Token(string link) => System.Web.HttpUtility.ParseQueryString(new Uri(new Uri("http://x"), link).Query)["token"]!;
}
