using System.Net;
using Microsoft.AspNetCore.Http;

using Enforcement.Api.Tests.Harness;

namespace Enforcement.Api.Tests.Search;

/// <summary>Issue 16, item 2: one address cannot flood the search endpoints.</summary>
public sealed class SearchRateLimitTests
{
    private static readonly IPAddress Attacker = IPAddress.Parse("203.0.113.7");
    private static readonly IPAddress Neighbour = IPAddress.Parse("198.51.100.20");

    /// <summary>TestServer leaves RemoteIpAddress null; set it, as Kestrel would, so the per-address limit applies.</summary>
    private static Task<HttpContext> GetAsync(TestApi api, string path, string query, IPAddress from) =>
        api.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Path = path;
            c.Request.QueryString = new QueryString(query);
            c.Connection.RemoteIpAddress = from;
        });

    [Theory]
    [InlineData("/api/search", "?q=%E8%B6%85%E5%B8%82")]
    [InlineData("/api/search/page", "?q=%E8%B6%85%E5%B8%82")]
    [InlineData("/api/search/suggest", "?q=%E9%91%AB%E9%9A%86")]
    public async Task Two_hundred_parallel_queries_from_one_address_get_429_with_Retry_After(string path, string query)
    {
        using var api = new TestApi(now: SearchSamples.Noon, index: SearchSamples.Sample);
        var answers = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => GetAsync(api, path, query, Attacker)));

        var limited = answers.Where(a => a.Response.StatusCode == StatusCodes.Status429TooManyRequests).ToList();
        Assert.NotEmpty(limited);
        Assert.Contains(answers, a => a.Response.StatusCode == StatusCodes.Status200OK);
        Assert.All(limited, a => Assert.True(int.Parse(a.Response.Headers.RetryAfter.ToString()) >= 1));

        // Another address is not held back by the flood.
        var other = await GetAsync(api, path, query, Neighbour);
        Assert.Equal(StatusCodes.Status200OK, other.Response.StatusCode);
    }
}
