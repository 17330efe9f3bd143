using System.Net;

namespace Enforcement.Api.Tests.Infrastructure;

public sealed class PortalPreviewTests : IDisposable
{
    private readonly string site = Directory.CreateTempSubdirectory("preview-site-").FullName;

    /// <summary>Writes a file of the built site (path relative to out/site).</summary>
    private void Write(string path, string text)
    {
        var full = Path.Combine(site, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    [Fact]
    public async Task The_preview_serves_pages_answers_410_for_ended_decisions_and_404_html_otherwise()
    {
        Write("index.html", "<h1>首页</h1>");
        Write("decisions/2025/food-12/index.html", "<h1>决定书</h1>");
        Write("404.html", "<h1>页面不存在</h1>");
        Write("gone.html", "<h1>已撤下</h1>");
        Write("_redirects", "/decisions/2019/old-1/*  /gone.html  410\n");
        await using var api = new TestApi(new() { ["Portal:Site"] = site });
        var client = api.Client();

        Assert.Contains("首页", await client.GetStringAsync("/"));
        Assert.Contains("决定书", await client.GetStringAsync("/decisions/2025/food-12/"));

        var gone = await client.GetAsync("/decisions/2019/old-1/");
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.Contains("已撤下", await gone.Content.ReadAsStringAsync());

        var missing = await client.GetAsync("/no/such/page/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("页面不存在", await missing.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Behind_the_preview_an_api_address_reopened_in_a_browser_is_a_page_and_a_script_gets_a_problem()
    {
        Write("index.html", "<h1>首页</h1>");
        await using var api = new TestApi(new() { ["Portal:Site"] = site });
        var client = api.Client();
        using var browser = new HttpRequestMessage(HttpMethod.Get, "/api/feedback");
        browser.Headers.Accept.ParseAdd("text/html");
        var page = await client.SendAsync(browser);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("不必重复提交", await page.Content.ReadAsStringAsync());

        var script = await client.GetAsync("/api/no-such-thing");
        Assert.Equal(HttpStatusCode.NotFound, script.StatusCode);
        Assert.Equal("application/problem+json", script.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_new_builds_410s_are_answered_without_a_restart()
    {
        Write("decisions/2021/food-7/index.html", "<h1>决定书</h1>");
        Write("410.html", "<h1>公示期已满</h1>");
        Write("_redirects", "# nothing has ended yet\n");
        await using var api = new TestApi(new() { ["Portal:Site"] = site });
        var client = api.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/decisions/2021/food-7/")).StatusCode);

        // The next morning's build: the decision came down (its page is gone, _redirects names it).
        File.Delete(Path.Combine(site, "decisions/2021/food-7/index.html"));
        Write("_redirects", "/decisions/2021/food-7  /410.html  410!\n/decisions/2021/food-7/*  /410.html  410!\n");
        File.SetLastWriteTimeUtc(Path.Combine(site, "_redirects"), DateTime.UtcNow.AddSeconds(5));
        var gone = await client.GetAsync("/decisions/2021/food-7/");
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.Contains("公示期已满", await gone.Content.ReadAsStringAsync());
    }

    public void Dispose() => Directory.Delete(site, recursive: true);
}
