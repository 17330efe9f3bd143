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
    private static Task<HttpContext> GetAsync(TestApi api, string path, string query, IPAddress from, string? accept = null) =>
        api.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Path = path;
            c.Request.QueryString = new QueryString(query);
            c.Connection.RemoteIpAddress = from;
            if (accept is not null) c.Request.Headers.Accept = accept;
        });

    private const string Browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Theory]
    [InlineData("/api/search", "?q=%E8%B6%85%E5%B8%82", 200)]
    [InlineData("/api/search/page", "?q=%E8%B6%85%E5%B8%82", 200)]
    // Suggestions come at each pause in typing: five times the searches' allowance.
    [InlineData("/api/search/suggest", "?q=%E9%91%AB%E9%9A%86", 700)]
    public async Task Parallel_queries_from_one_address_beyond_the_allowance_get_429_with_Retry_After(string path, string query, int count)
    {
        using var api = new TestApi(now: SearchSamples.Noon, index: SearchSamples.Sample);
        var answers = await Task.WhenAll(Enumerable.Range(0, count).Select(_ => GetAsync(api, path, query, Attacker)));

        var limited = answers.Where(a => a.Response.StatusCode == StatusCodes.Status429TooManyRequests).ToList();
        Assert.NotEmpty(limited);
        Assert.Contains(answers, a => a.Response.StatusCode == StatusCodes.Status200OK);
        Assert.All(limited, a => Assert.True(int.Parse(a.Response.Headers.RetryAfter.ToString()) >= 1));

        // Another address is not held back by the flood.
        var other = await GetAsync(api, path, query, Neighbour);
        Assert.Equal(StatusCodes.Status200OK, other.Response.StatusCode);
    }

    [Fact]
    public async Task Typing_in_the_search_box_does_not_use_up_the_searches()
    {
        using var api = new TestApi(now: SearchSamples.Noon, index: SearchSamples.Sample);
        // Twenty searches, each typed with a dozen pauses: 240 suggestions, more than the 120 searches a minute.
        for (var i = 0; i < 240; i++)
            Assert.Equal(StatusCodes.Status200OK, (await GetAsync(api, "/api/search/suggest", "?q=%E9%91%AB", Attacker)).Response.StatusCode);
        Assert.Equal(StatusCodes.Status200OK, (await GetAsync(api, "/api/search", "?q=%E8%B6%85%E5%B8%82", Attacker)).Response.StatusCode);
    }

    [Fact]
    public async Task A_browser_over_the_limit_gets_a_page_that_says_searching_not_submitting_and_a_script_gets_JSON()
    {
        using var api = new TestApi(now: SearchSamples.Noon, index: SearchSamples.Sample);
        await Task.WhenAll(Enumerable.Range(0, 130).Select(_ => GetAsync(api, "/api/search", "?q=%E8%B6%85%E5%B8%82", Attacker)));

        var page = await GetAsync(api, "/api/search/page", "?q=%E8%B6%85%E5%B8%82", Attacker, Browser);
        Assert.Equal(StatusCodes.Status429TooManyRequests, page.Response.StatusCode);
        Assert.StartsWith("text/html", page.Response.ContentType);
        var html = await new StreamReader(page.Response.Body).ReadToEndAsync();
        Assert.Contains("您查询得太频繁了，请在 1 分钟后再试。", html);

        var script = await GetAsync(api, "/api/search", "?q=%E8%B6%85%E5%B8%82", Attacker, "application/json");
        Assert.Equal("application/problem+json", script.Response.ContentType);
        Assert.Contains("您查询得太频繁了", await new StreamReader(script.Response.Body).ReadToEndAsync());
    }
}
