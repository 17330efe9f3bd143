using System.Net;
using AngleSharp.Html.Parser;
using Enforcement.Deploy.Tests.Proxies;
using Enforcement.Site.Build;

namespace Enforcement.Deploy.Tests.Nginx;

/// <summary>out/site served by a real nginx with the include the build wrote (out/nginx/portal.conf), the API behind it.</summary>
public sealed class SiteThroughNginxTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    [Fact]
    public async Task An_ended_decision_is_410_Gone_with_the_sites_own_page_and_headers()
    {
        using var portal = new PortalBehindNginx(site);
        using var visitor = portal.Visitor("127.0.0.2");
        foreach (var path in new[] { "/decisions/2022/food-3/", "/decisions/2022/food-3", "/decisions/2022/food-3/index.html" })
        {
            using var response = await visitor.GetAsync(path);
            Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
            Assert.Equal(await File.ReadAllTextAsync(Path.Combine(site.SiteDir, "410.html")), await response.Content.ReadAsStringAsync());
            AssertSecurityHeaders(response);
        }
        // A public decision is still there.
        var public_ = Directory.EnumerateDirectories(Path.Combine(site.SiteDir, "decisions", "2025")).First();
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"/decisions/2025/{Path.GetFileName(public_)}/")).StatusCode);
    }

    [Fact]
    public async Task A_plain_search_goes_to_the_API_and_the_search_page_without_a_query_stays_static()
    {
        using var portal = new PortalBehindNginx(site);
        using var visitor = portal.Visitor("127.0.0.2");
        using var results = await visitor.GetAsync("/search/?q=" + Uri.EscapeDataString("食品"));
        Assert.Equal(HttpStatusCode.OK, results.StatusCode);
        var page = new HtmlParser().ParseDocument(await results.Content.ReadAsStringAsync());
        Assert.NotEmpty(page.QuerySelectorAll("a[href^='/decisions/']"));
        Assert.NotNull(page.QuerySelector("mark"));
        AssertSecurityHeaders(results, api: true);

        using var form = await visitor.GetAsync("/search/");
        var formHtml = await form.Content.ReadAsStringAsync();
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(site.SiteDir, "search", "index.html")), formHtml);

        // The results page is written apart from the search page (the API renders it): it offers the same filters,
        // so a search from it keeps what the person chose.
        static List<string?> Filters(AngleSharp.Html.Dom.IHtmlDocument d) =>
            d.QuerySelectorAll("form.search-form select").Select(s => s.GetAttribute("name")).ToList();
        Assert.Equal(Filters(new HtmlParser().ParseDocument(formHtml)), Filters(page));
    }

    [Fact]
    public async Task HEAD_answers_as_GET_does_on_the_pages_the_API_answers_as_on_the_static_ones()
    {
        // Link checkers, chat apps' link previews and uptime monitors ask HEAD first; the API's pages answered it 404.
        using var portal = new PortalBehindNginx(site);
        var card = await portal.CardLinkAsync("test-amr", "36090012345");
        using var visitor = portal.Visitor("127.0.0.2");
        foreach (var path in new[]
        {
            "/search/?q=" + Uri.EscapeDataString("食品"), "/corrections/?decision=" + Uri.EscapeDataString("宜市监处罚〔2025〕12号"),
            card, "/api/health", "/search/", "/decisions/",
        })
        {
            using var get = await visitor.GetAsync(path);
            using var head = await visitor.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
            Assert.True(get.StatusCode == HttpStatusCode.OK, $"GET {path}: {get.StatusCode}");
            Assert.True(head.StatusCode == HttpStatusCode.OK, $"HEAD {path}: {head.StatusCode}");
            Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task A_card_link_opens_the_APIs_rating_form_and_the_plain_officer_page_stays_static()
    {
        using var portal = new PortalBehindNginx(site);
        var link = await portal.CardLinkAsync("test-amr", "36090012345");
        using var visitor = portal.Visitor("127.0.0.2");

        using var card = await visitor.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, card.StatusCode);
        var page = new HtmlParser().ParseDocument(await card.Content.ReadAsStringAsync());
        Assert.NotNull(page.QuerySelector("form.rating-form"));
        Assert.Equal("no-referrer", card.Headers.GetValues("Referrer-Policy").Single()); // the API's own, for the token
        AssertSecurityHeaders(card, api: true);

        using var plain = await visitor.GetAsync("/officers/36090012345/");
        var staticPage = new HtmlParser().ParseDocument(await plain.Content.ReadAsStringAsync());
        Assert.Null(staticPage.QuerySelector("form.rating-form"));
        Assert.NotNull(staticPage.QuerySelector("section.rating-how"));
        AssertSecurityHeaders(plain);
    }

    [Fact]
    public async Task A_correction_link_opens_the_form_filled_in_by_the_API_and_the_plain_form_stays_static()
    {
        using var portal = new PortalBehindNginx(site);
        using var visitor = portal.Visitor("127.0.0.2");
        const string number = "宜市监处罚〔2025〕12号";
        using var linked = await visitor.GetAsync("/corrections/?decision=" + Uri.EscapeDataString(number));
        Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
        var page = new HtmlParser().ParseDocument(await linked.Content.ReadAsStringAsync());
        Assert.Equal(number, page.QuerySelector("#decision")!.GetAttribute("value"));
        Assert.Equal("/api/corrections", page.QuerySelector("#correction-form")!.GetAttribute("action"));
        AssertSecurityHeaders(linked, api: true);

        using var plain = await visitor.GetAsync("/corrections/");
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(site.SiteDir, "corrections", "index.html")), await plain.Content.ReadAsStringAsync());
        AssertSecurityHeaders(plain);
    }

    [Fact]
    public async Task Assets_are_cached_a_while_and_unknown_paths_get_the_sites_404_page()
    {
        using var portal = new PortalBehindNginx(site);
        using var visitor = portal.Visitor("127.0.0.2");
        using var css = await visitor.GetAsync("/assets/site.css");
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal(SecurityHeaders.AssetsCacheControl, css.Headers.CacheControl!.ToString());
        AssertSecurityHeaders(css);

        using var missing = await visitor.GetAsync("/no-such-page/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(site.SiteDir, "404.html")), await missing.Content.ReadAsStringAsync());

        // A folder with no page of its own (/inspections/2025/, /decisions/page/) is not nginx's English 403 either.
        var folders = Directory.EnumerateDirectories(site.SiteDir, "*", SearchOption.AllDirectories)
            .Where(d => !File.Exists(Path.Combine(d, "index.html")))
            .Select(d => "/" + Path.GetRelativePath(site.SiteDir, d).Replace('\\', '/') + "/").ToList();
        Assert.Contains("/inspections/2025/", folders);
        foreach (var folder in folders)
        {
            using var bare = await visitor.GetAsync(folder);
            Assert.True(bare.StatusCode == HttpStatusCode.NotFound, $"{folder}: {(int)bare.StatusCode}");
            Assert.Contains("页面不存在", await bare.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task While_the_API_does_not_answer_a_scan_a_search_or_a_form_gets_the_sites_Chinese_page_not_nginxs()
    {
        using var nginx = NginxWithoutApi();
        using var visitor = NginxProcess.ClientFrom("127.0.0.2", nginx.BaseAddress);
        var unavailable = await File.ReadAllTextAsync(Path.Combine(site.SiteDir, "50x.html"));
        Assert.Contains("服务暂时不可用", unavailable);
        var requests = new[]
        {
            new HttpRequestMessage(HttpMethod.Get, "/officers/36090012345/?token=2.abc"),
            new HttpRequestMessage(HttpMethod.Get, "/search/?q=" + Uri.EscapeDataString("过期食品")),
            new HttpRequestMessage(HttpMethod.Get, "/corrections/status/?ticket=GZ-2026-000001&code=x"),
            new HttpRequestMessage(HttpMethod.Get, "/corrections/?certificate=36090012345"),
            new HttpRequestMessage(HttpMethod.Post, "/api/feedback") { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") },
        };
        foreach (var request in requests)
        {
            using var response = await visitor.SendAsync(request);
            Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
            Assert.Equal(unavailable, await response.Content.ReadAsStringAsync());
            AssertSecurityHeaders(response);
        }
    }

    [Fact]
    public async Task A_correction_form_with_attachments_past_the_limit_gets_the_sites_Chinese_page_not_nginxs()
    {
        // Three 7 MB photos sent without JavaScript (which checks the sizes first): nginx refuses before the API sees them,
        // with its own English "413 Request Entity Too Large" unless the site's page stands in.
        using var nginx = NginxWithoutApi();
        using var visitor = NginxProcess.ClientFrom("127.0.0.2", nginx.BaseAddress);
        var tooLarge = await File.ReadAllTextAsync(Path.Combine(site.SiteDir, "413.html"));
        Assert.Contains("附件太大", tooLarge);
        using var form = new MultipartFormDataContent { { new StringContent("罚款金额有误"), "description" } };
        for (var i = 0; i < 3; i++) form.Add(new ByteArrayContent(new byte[7 * 1024 * 1024]), "attachments", $"photo{i}.jpg");
        using var response = await visitor.PostAsync("/api/corrections", form);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(tooLarge, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The site behind nginx with nothing listening where the API should be (an update, a restart).</summary>
    private NginxProcess NginxWithoutApi() => new($$"""
            upstream portal_api { server 127.0.0.1:{{NginxProcess.FreePort()}}; }
            server {
                listen 127.0.0.1:{port};
                root {{site.SiteDir}};
                include {{site.NginxInclude}};
            }
        """);

    /// <summary>Each security header exactly once (nginx's own replaces the API's), Referrer-Policy left to the API for its answers.</summary>
    private static void AssertSecurityHeaders(HttpResponseMessage response, bool api = false)
    {
        foreach (var (name, value) in SecurityHeaders.All)
        {
            if (api && name == "Referrer-Policy") continue;
            Assert.True(response.Headers.TryGetValues(name, out var values), $"{name} missing on {response.RequestMessage!.RequestUri}");
            Assert.Equal([value], values);
        }
    }
}
