extern alias api;

using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Enforcement.Deploy.Tests.Nginx;

/// <summary>
/// The staff console's own server as deploy/nginx-site.conf writes it (its location block, read from the file), in
/// front of the API run without the site preview on a real build: the console's pages and the card sheets come with
/// their stylesheets through it, and their menu leads to the public site.
/// </summary>
public sealed class ConsoleThroughNginxTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    /// <summary>The console's server of deploy/nginx-site.conf (without TLS), in front of <paramref name="api"/>.</summary>
    private NginxProcess ConsoleServer(PortalApi api) => ConsoleServer(api.Port);

    /// <summary>
    /// The console's server as the file writes it, less its address and TLS lines, in front of whatever listens on
    /// <paramref name="apiPort"/>, with the site's folder where the file names /srv/zfgs/out/site.
    /// </summary>
    private NginxProcess ConsoleServer(int apiPort)
    {
        var deploy = File.ReadAllText(Path.Combine(BuiltSite.RepoRoot(), "deploy", "nginx-site.conf"));
        var server = deploy.Split("server {")[1..].Single(s => s.Contains("server_name api.zfgs.example.gov.cn;"));
        var body = string.Join('\n', server[..server.LastIndexOf('}')].Split('\n')
            .Where(line => !Regex.IsMatch(line, @"^\s*(listen|server_name|ssl_)")));
        Assert.Contains("location / {", body);
        return new NginxProcess($$"""
                upstream portal_api { server 127.0.0.1:{{apiPort}}; }
                server {
                    listen 127.0.0.1:{port};
                    {{body.Replace("/srv/zfgs/out/site", site.SiteDir, StringComparison.Ordinal)}}
                }
            """);
    }

    [Fact]
    public async Task While_the_API_does_not_answer_staff_get_the_sites_Chinese_page_not_nginxs()
    {
        // Nothing listens on the API's port: nginx's own answer was "502 Bad Gateway" in English.
        using var nginx = ConsoleServer(NginxProcess.FreePort());
        using var staff = NginxProcess.ClientFrom("127.0.0.3", nginx.BaseAddress);
        var unavailable = await File.ReadAllTextAsync(Path.Combine(site.SiteDir, "50x.html"));
        foreach (var request in new[]
        {
            new HttpRequestMessage(HttpMethod.Get, "/staff/corrections"),
            new HttpRequestMessage(HttpMethod.Post, "/staff/login") { Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "amr1" }) },
        })
        {
            using var response = await staff.SendAsync(request);
            Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
            Assert.Equal(unavailable, await response.Content.ReadAsStringAsync());
        }
        // The page is only an answer, not an address of the console.
        using var direct = await staff.GetAsync("/50x.html");
        Assert.NotEqual(HttpStatusCode.OK, direct.StatusCode);
    }

    [Fact]
    public async Task A_note_sent_after_the_session_ended_returns_to_its_page_once_signed_in_though_the_proxy_is_on_another_port()
    {
        // nginx passes Host without the port ($host); the page the form was on, from the Referer, was compared with the
        // port and taken for another site's, so signing in landed on the 工作台 and the page never said the session ended.
        using var api = new PortalApi(site.DataDir);
        using var nginx = ConsoleServer(api);
        using var browser = NginxProcess.ClientFrom("127.0.0.3", nginx.BaseAddress);
        const string page = "/staff/feedback/PJ-2026-000001";
        using var post = new HttpRequestMessage(HttpMethod.Post, page + "/follow-ups")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["note"] = "已电话回访商户，情况属实。" }),
        };
        post.Headers.Referrer = new Uri(nginx.BaseAddress, page);
        using var response = await browser.SendAsync(post);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var login = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(page, login.QuerySelector("input[name=returnUrl]")?.GetAttribute("value"));
        Assert.Contains("登录已过期", login.QuerySelector("[role=status]")?.TextContent);
        Assert.Contains("已电话回访商户，情况属实。", login.QuerySelector(".unsent")?.TextContent);
        // The script that keeps a post's answer out of the browser's history comes through the console's server too.
        using var script = await browser.GetAsync("/assets/forget-post.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    [Fact]
    public async Task Through_the_consoles_server_pages_and_stylesheets_load_and_the_menu_leads_to_the_site()
    {
        using var api = new PortalApi(site.DataDir);
        using var nginx = ConsoleServer(api);
        using var staff = NginxProcess.ClientFrom("127.0.0.3", nginx.BaseAddress);
        staff.DefaultRequestHeaders.Add(api::Enforcement.Api.Infrastructure.Staff.StaffKeys.Header, PortalApi.StaffKey);

        foreach (var path in new[] { "/staff/login", "/api/admin/cards/test-amr" })
        {
            using var response = await staff.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            var sheets = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).ToList();
            Assert.Contains("/assets/site.css", sheets);
            foreach (var sheet in sheets)
            {
                using var css = await staff.GetAsync(sheet);
                Assert.True(css.StatusCode == HttpStatusCode.OK, $"{sheet} on {path}: {(int)css.StatusCode}");
                Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
            }
            var menu = page.QuerySelectorAll(".site-nav a").Select(a => a.GetAttribute("href")!).ToList();
            Assert.NotEmpty(menu);
            Assert.All(menu, href => Assert.StartsWith("https://zfgs.example.gov.cn/", href));
        }
        Assert.Contains("/assets/cards.css", new HtmlParser().ParseDocument(await staff.GetStringAsync("/api/admin/cards/test-amr"))
            .QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")));
    }
}
