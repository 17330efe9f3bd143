using System.Net;

namespace Enforcement.Api.Tests.Infrastructure.Pages;

/// <summary>
/// A form's address reopened from the browser's history (the rating's thank-you page stays at /api/feedback),
/// or a dead /api link: a page that says what it is and where to go, not a JSON problem.
/// </summary>
public sealed class AddressPageTests
{
    private static async Task<HttpResponseMessage> OpenInBrowser(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task The_rating_address_reopened_says_the_rating_was_sent_from_there_and_how_to_rate_again()
    {
        await using var api = new TestApi();
        var response = await OpenInBrowser(api.Client(), "/api/feedback");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await Html.ReadAsync(response);
        Assert.Contains("不必重复提交", page.Text("main"));
        Assert.Contains("监督卡上的二维码", page.Text("main"));
        Html.AssertCspClean(page);
    }

    [Fact]
    public async Task The_confirm_address_reopened_links_to_the_status_lookup_for_that_ticket()
    {
        await using var api = new TestApi();
        var page = await Html.ReadAsync(await OpenInBrowser(api.Client(), "/api/corrections/GZ-2026-000123/confirm"));

        Assert.Equal(["/corrections/status/?ticket=GZ-2026-000123", "/corrections/", "/"],
            page.QuerySelectorAll(".address-links a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task A_dead_api_link_in_a_browser_is_a_page_and_the_same_address_from_a_script_is_a_problem()
    {
        await using var api = new TestApi();
        var client = api.Client();

        var page = await OpenInBrowser(client, "/api/no-such-thing");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("找不到这个页面", (await Html.ReadAsync(page)).Text("h1"));

        var script = await client.GetAsync("/api/feedback");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, script.StatusCode);
        Assert.Equal("application/problem+json", script.Content.Headers.ContentType?.MediaType);
    }
}
