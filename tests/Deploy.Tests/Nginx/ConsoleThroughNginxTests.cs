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
    [Fact]
    public async Task Through_the_consoles_server_pages_and_stylesheets_load_and_the_menu_leads_to_the_site()
    {
        var deploy = File.ReadAllText(Path.Combine(BuiltSite.RepoRoot(), "deploy", "nginx-site.conf"));
        var server = deploy.Split("server {")[1..].Single(s => s.Contains("server_name api.zfgs.example.gov.cn;"));
        var location = Regex.Match(server, @"location / \{[^}]*\}").Value;
        Assert.NotEmpty(location);
        using var api = new PortalApi(site.DataDir);
        using var nginx = new NginxProcess($$"""
                upstream portal_api { server 127.0.0.1:{{api.Port}}; }
                server {
                    listen 127.0.0.1:{port};
                    {{location}}
                }
            """);
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
