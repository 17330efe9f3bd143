using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Enforcement.Api.Tests.Infrastructure.Pages;

/// <summary>Netlify adds its [[headers]] only to the files it serves; the API's own pages must carry them themselves.</summary>
public sealed partial class SecurityHeadersTests
{
    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"no {name} on {response.RequestMessage?.RequestUri}");

    /// <summary>Every HTML answer the API gives, from the pages people open to the refusals of form posts.</summary>
    private static async Task<List<HttpResponseMessage>> ApiPagesAsync(TestApi api, TestApi limited)
    {
        var client = api.Client();
        var (ticket, token) = await api.SubmitAsync();
        await TestApi.PostForm(limited.Client(), TestApi.ValidForm(TestApi.OtherBody));
        return
        [
            await client.GetAsync($"/api/officers/{TestApi.Certificate}/page?token={Uri.EscapeDataString(TestApi.TokenFor(TestApi.Certificate))}"),
            await client.GetAsync($"/api/corrections/status/page?ticket={ticket}&token={Uri.EscapeDataString(token)}"),
            await client.GetAsync("/api/corrections/status/page?ticket=GZ-2026-000404&token=x"),
            await client.GetAsync("/api/search/page?q=" + Uri.EscapeDataString("超市")),
            await client.GetAsync("/api/corrections/form?decision=" + Uri.EscapeDataString(TestApi.Decision)),
            await client.PostAsync("/api/corrections", new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "张三" })),
            await client.PostAsync($"/api/corrections/{ticket}/confirm", new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = token })),
            await TestApi.PostForm(limited.Client(), TestApi.ValidForm()), // 429 page
        ];
    }

    [Fact]
    public async Task The_rating_form_the_status_page_and_the_search_page_cannot_be_framed_for_clickjacking()
    {
        await using var api = new TestApi(index: Search.SearchSamples.Sample);
        await using var limited = new TestApi(new() { ["Portal:RateLimits:SubmitPermits"] = "1" }, TestApi.RatingNow);
        foreach (var response in await ApiPagesAsync(api, limited))
        {
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"));
            Assert.Equal("DENY", Header(response, "X-Frame-Options"));
            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
            Assert.Contains(Header(response, "Referrer-Policy"), new[] { "same-origin", "no-referrer" });
        }
    }

    [Fact]
    public async Task The_api_sends_the_same_policy_as_netlify_sends_for_the_site()
    {
        var netlify = File.ReadAllText(Path.Combine(RepositoryRoot(), "netlify.toml"));
        string Netlify(string name) => Regex.Match(netlify, $@"^\s*{Regex.Escape(name)}\s*=\s*""([^""]*)""", RegexOptions.Multiline).Groups[1].Value;

        await using var api = new TestApi(index: Search.SearchSamples.Sample);
        using var search = await api.Client().GetAsync("/api/search/page?q=" + Uri.EscapeDataString("超市"));
        foreach (var name in new[] { "Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options", "Permissions-Policy", "Referrer-Policy" })
        {
            Assert.NotEqual("", Netlify(name));
            Assert.Equal(Netlify(name), Header(search, name));
        }
        // A page opened with a token keeps its stricter Referrer-Policy.
        using var officer = await api.Client().GetAsync($"/api/officers/{TestApi.Certificate}/page?token=x");
        Assert.Equal("no-referrer", Header(officer, "Referrer-Policy"));
        Assert.Equal(Netlify("Content-Security-Policy"), Header(officer, "Content-Security-Policy"));
    }

    [Fact]
    public async Task Json_is_never_sniffed_as_html_and_an_attachment_keeps_its_sandbox()
    {
        await using var api = new TestApi();
        using var json = await api.Client().PostAsJsonAsync("/api/corrections", new { name = "<html>" });
        Assert.Equal("nosniff", Header(json, "X-Content-Type-Options"));

        using var form = Corrections.SubmitTests.Form(TestApi.ValidRequest(), ("证据.pdf", Corrections.SubmitTests.Pdf));
        using var created = await api.Client().PostAsync("/api/corrections", form);
        using var download = await api.StaffClient(TestApi.KeyAll).GetAsync("/api/admin/corrections/GZ-2026-000001/attachments/1");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("sandbox", Header(download, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(download, "X-Content-Type-Options"));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "netlify.toml"))) return dir.FullName;
        throw new Xunit.Sdk.XunitException("netlify.toml not found above " + AppContext.BaseDirectory);
    }
}
