using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Enforcement.Api.Tests.Corrections;

/// <summary>
/// Someone whose record is wrong filed a request and lost the confirmation mail (deleted, or never found in the
/// spam folder): from the status page they get every request's progress link again, at the address they filed
/// with, and nobody else learns whether an address filed anything.
/// </summary>
public class LostLinkTests
{
    private static FormUrlEncodedContent Form(string email) => new(new Dictionary<string, string> { ["email"] = email });

    [Fact]
    public async Task A_new_link_goes_to_the_address_the_request_names_and_confirms_it_like_the_first()
    {
        await using var portal = new TestApi();
        var (ticket, _) = await portal.SubmitAsync();
        await portal.DrainMailAsync();
        var first = portal.MailedToken(ticket);

        // Typed in other case on the status page's plain form: the browser goes on to a page in the site's look, not
        // JSON, at an address of its own, so that a Reload does not send another mail.
        using var response = await portal.Client().PostAsync("/api/corrections/links", Form("ZhangSan@Example.com"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var answer = response.Headers.Location!.OriginalString;
        foreach (var _ in new[] { "opened", "reloaded" })
        {
            using var page = await portal.Client().GetAsync(answer);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
            Assert.Contains("我们已把每份申请新的进度链接发到该邮箱", await page.Content.ReadAsStringAsync());
        }

        await portal.DrainMailAsync();
        var mails = portal.MailsTo(TestApi.Requester);
        Assert.Equal(2, mails.Count);
        Assert.Equal("您的更正申请进度链接", mails[1].Subject);
        var (_, again) = TestApi.MailedLink([mails[1]], ticket);
        Assert.NotEqual(first, again);

        using var confirm = await portal.Client().PostAsJsonAsync($"/api/corrections/{ticket}/confirm", new { token = again });
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        // The first mail's link still opens the request.
        var status = await portal.Client().GetFromJsonAsync<JsonElement>($"/api/corrections/{ticket}?token={Uri.EscapeDataString(first)}");
        Assert.Equal("accepted", status.GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_forms_address_opened_again_leads_back_to_the_form_not_to_JSON()
    {
        await using var portal = new TestApi();
        using var again = await portal.Client().GetAsync("/api/corrections/links");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("/corrections/status/#find-links", again.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_address_that_filed_nothing_gets_the_same_answer_and_no_mail()
    {
        await using var portal = new TestApi();
        await portal.SubmitAsync();
        async Task<string> Answer(string email)
        {
            using var response = await portal.Client().PostAsJsonAsync("/api/corrections/links", new { email });
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        }

        Assert.Equal(await Answer(TestApi.Requester), await Answer("nobody@example.com"));
        await portal.DrainMailAsync();
        Assert.Empty(portal.MailsTo("nobody@example.com"));
        Assert.Equal(2, portal.MailsTo(TestApi.Requester).Count);
    }

    [Fact]
    public async Task One_mail_lists_every_request_of_the_address_and_a_day_has_at_most_three()
    {
        await using var portal = new TestApi();
        var (one, _) = await portal.SubmitAsync();
        var (two, _) = await portal.SubmitAsync();
        for (var i = 0; i < 5; i++)
            using (var response = await portal.Client().PostAsJsonAsync("/api/corrections/links", new { email = TestApi.Requester }))
                Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);

        await portal.DrainMailAsync();
        var links = portal.MailsTo(TestApi.Requester).Where(m => m.Subject == "您的更正申请进度链接").ToList();
        Assert.Equal(3, links.Count);
        Assert.All(links, m => Assert.Contains(one, m.TextBody));
        Assert.All(links, m => Assert.Contains(two, m.TextBody));
    }

    [Theory]
    [InlineData("", "请填写")]
    [InlineData("zhangsan at example", "格式不正确")]
    public async Task A_missing_or_malformed_address_is_named_in_chinese(string email, string expected)
    {
        await using var portal = new TestApi();
        using var response = await portal.Client().PostAsJsonAsync("/api/corrections/links", new { email });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(expected, json.GetProperty("errors").GetProperty("email")[0].GetString());
    }

    [Fact]
    public async Task A_mistyped_address_sent_from_the_page_comes_back_in_the_form_with_what_is_wrong_beside_it()
    {
        await using var portal = new TestApi();
        using var response = await portal.Client().PostAsync("/api/corrections/links", Form("lixiaohong@example"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ReadAsync(response);
        // The form again, not a page with only a link back to an empty one.
        var box = page.QuerySelector("form[action='/api/corrections/links'] #links-email")!;
        Assert.Equal("lixiaohong@example", box.GetAttribute("value"));
        Assert.Equal("true", box.GetAttribute("aria-invalid"));
        Assert.Contains("电子邮箱格式不正确", page.QuerySelector("#" + box.GetAttribute("aria-describedby"))?.TextContent);
        Assert.Empty(portal.MailsTo("lixiaohong@example"));
    }
}
