using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Enforcement.Api.Tests.Corrections;

public class FollowTests
{
    [Fact]
    public async Task The_token_opens_the_status_with_its_history_and_the_confirmation_deadline()
    {
        await using var portal = new TestApi();
        var (ticket, token) = await portal.SubmitAsync();

        using var response = await portal.Client().GetAsync($"/api/corrections/{ticket}?token={token}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var status = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("pending", status.GetProperty("status").GetString());
        Assert.Equal("待确认", status.GetProperty("label").GetString());
        Assert.Equal("2026-03-09T10:00:00+08:00", status.GetProperty("confirmBy").GetString());
        Assert.Equal(JsonValueKind.Null, status.GetProperty("deadline").ValueKind);
        Assert.False(status.GetProperty("canConfirm").GetBoolean());
        var history = Assert.Single(status.GetProperty("history").EnumerateArray());
        Assert.Equal("2026-03-02", history.GetProperty("date").GetString());
        Assert.Equal("申请人", history.GetProperty("by").GetString());
        // What the requester sees carries no contact details.
        Assert.DoesNotContain(TestApi.Requester, status.GetRawText());
        Assert.DoesNotContain("13812345678", status.GetRawText());
    }

    [Fact]
    public async Task A_wrong_token_answers_exactly_like_an_unknown_ticket()
    {
        await using var portal = new TestApi();
        var (ticket, token) = await portal.SubmitAsync();
        var client = portal.Client();

        async Task<(HttpStatusCode, string?, string)> Answer(string url)
        {
            using var response = await client.GetAsync(url);
            var json = await response.Content.ReadFromJsonAsync<JsonElement>();
            return (response.StatusCode, response.Content.Headers.ContentType?.ToString(),
                json.GetProperty("title").GetString() + "|" + json.GetProperty("detail").GetString());
        }

        var wrongToken = await Answer($"/api/corrections/{ticket}?token={token[..^2]}xx");
        var noToken = await Answer($"/api/corrections/{ticket}");
        var unknownTicket = await Answer($"/api/corrections/GZ-2026-000099?token={token}");
        var nonsense = await Answer("/api/corrections/not-a-ticket?token=x");

        Assert.Equal(HttpStatusCode.NotFound, wrongToken.Item1);
        Assert.Contains("未找到该申请", wrongToken.Item3);
        Assert.Equal(wrongToken, noToken);
        Assert.Equal(wrongToken, unknownTicket);
        Assert.Equal(wrongToken, nonsense);
    }

    [Fact]
    public async Task The_status_page_shows_the_request_in_the_sites_look_and_offers_confirming_only_with_the_mailed_token()
    {
        await using var portal = new TestApi();
        var (ticket, token) = await portal.SubmitAsync();
        await portal.DrainMailAsync();

        using var viewOnly = await portal.Client().GetAsync($"/api/corrections/status/page?ticket={ticket}&token={token}");
        Assert.Equal(HttpStatusCode.OK, viewOnly.StatusCode);
        Assert.Equal("no-referrer", viewOnly.Headers.GetValues("Referrer-Policy").Single());
        var viewHtml = await viewOnly.Content.ReadAsStringAsync();
        Assert.Contains(TestApi.ShellMarker, viewHtml);
        Assert.Contains(ticket, viewHtml);
        Assert.Contains(TestApi.DecisionTitle, viewHtml);
        Assert.Contains("请打开我们发到您邮箱的确认邮件", viewHtml);
        Assert.DoesNotContain("确认提交申请</button>", viewHtml);
        // The requester submitted it: the history names who acted (操作方), not who handles the request (办理方).
        Assert.Contains("<th scope=\"col\">操作方</th>", viewHtml);
        // Styled as the site's facts and, on a phone, its history rows as cards with each value named.
        Assert.Contains("<dl class=\"facts\">", viewHtml);
        Assert.Contains("<table class=\"cards-on-phone\">", viewHtml);
        Assert.Contains("<td data-label=\"操作方\">", viewHtml);

        var mailed = portal.MailedToken(ticket);
        using var fromMail = await portal.Client().GetAsync($"/api/corrections/status/page?ticket={ticket}&token={Uri.EscapeDataString(mailed)}");
        var mailHtml = await fromMail.Content.ReadAsStringAsync();
        Assert.Contains($"action=\"/api/corrections/{ticket}/confirm\"", mailHtml);
        Assert.Contains("确认提交申请</button>", mailHtml);
        // Copied from the mail with a space at the end, which the address carries as +.
        using var copied = await portal.Client().GetAsync($"/api/corrections/status/page?ticket={ticket}&token={Uri.EscapeDataString(mailed)}+");
        Assert.Equal(HttpStatusCode.OK, copied.StatusCode);

        // Opening the link alone confirms nothing (mail scanners open links too).
        var status = await portal.Client().GetFromJsonAsync<JsonElement>($"/api/corrections/{ticket}?token={token}");
        Assert.Equal("pending", status.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_closed_request_says_the_day_it_was_closed_in_China_time_and_an_open_one_no_day()
    {
        await using var portal = new TestApi();
        var ticket = await portal.SubmitConfirmedAsync();
        var staff = portal.StaffClient(TestApi.KeyBody);
        (await staff.PostAsJsonAsync($"/api/admin/corrections/{ticket}/transitions", new { status = "verifying", reply = "正在核实。" })).EnsureSuccessStatusCode();
        var token = Uri.EscapeDataString(portal.MailedToken(ticket));
        var open = await Html.ReadAsync(await portal.Client().GetAsync($"/api/corrections/status/page?ticket={ticket}&token={token}"));
        Assert.DoesNotContain("办结日期", open.QuerySelector("dl.facts")!.TextContent);

        // 07:30 on 6 March in China is still 5 March in UTC: the day written is China's.
        portal.Clock.Set("2026-03-06 07:30");
        (await staff.PostAsJsonAsync($"/api/admin/corrections/{ticket}/transitions", new { status = "corrected", reply = "罚款金额已更正为 5000 元。" }))
            .EnsureSuccessStatusCode();
        portal.Clock.Set("2026-03-20 10:00");

        var page = await Html.ReadAsync(await portal.Client().GetAsync($"/api/corrections/status/page?ticket={ticket}&token={token}"));
        var closed = page.QuerySelectorAll("dl.facts dt").Single(dt => dt.TextContent == "办结日期").NextElementSibling!;
        Assert.Equal("2026年3月6日", closed.TextContent.Trim());
        Assert.Equal("2026-03-06", closed.QuerySelector("time")!.GetAttribute("datetime"));
        var status = await portal.Client().GetFromJsonAsync<JsonElement>($"/api/corrections/{ticket}?token={token}");
        Assert.Equal("2026-03-06", status.GetProperty("closed").GetString());
    }

    [Fact]
    public async Task The_status_page_for_a_wrong_token_says_not_found_and_offers_the_lookup_form()
    {
        await using var portal = new TestApi();
        var (ticket, _) = await portal.SubmitAsync();

        using var wrong = await portal.Client().GetAsync($"/api/corrections/status/page?ticket={ticket}&token=guess");
        using var unknown = await portal.Client().GetAsync($"/api/corrections/status/page?ticket=GZ-2026-000404&token=guess");
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        var html = await wrong.Content.ReadAsStringAsync();
        Assert.Contains("未找到该申请", html);
        Assert.Contains("action=\"/corrections/status/\"", html);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(html.Replace(ticket, "T"), (await unknown.Content.ReadAsStringAsync()).Replace("GZ-2026-000404", "T"));
        // What was typed is kept, so only the mistyped one is typed again.
        var form = await Html.ReadAsync(unknown);
        Assert.Equal("GZ-2026-000404", form.QuerySelector("#ticket")?.GetAttribute("value"));
        Assert.Equal("guess", form.QuerySelector("#token")?.GetAttribute("value"));
    }

    [Fact]
    public async Task A_ticket_typed_without_dashes_or_with_a_Chinese_keyboards_dashes_opens_the_request()
    {
        await using var portal = new TestApi();
        var (ticket, token) = await portal.SubmitAsync();
        foreach (var typed in new[] { ticket.Replace("-", ""), ticket.Replace("-", "－"), " " + ticket.ToLowerInvariant() + " " })
        {
            using var page = await portal.Client().GetAsync($"/api/corrections/status/page?ticket={Uri.EscapeDataString(typed)}&token={token}");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }
    }

    [Fact]
    public async Task Attachments_are_never_served_to_the_public()
    {
        await using var portal = new TestApi();
        var (ticket, token) = await portal.SubmitWithAttachmentsAsync(("证据.pdf", SubmitTests.Pdf));

        var status = await portal.Client().GetStringAsync($"/api/corrections/{ticket}?token={token}");
        Assert.DoesNotContain("证据.pdf", status);
        Assert.DoesNotContain("attachments", status);
        using var guess = await portal.Client().GetAsync($"/api/corrections/{ticket}/attachments/1?token={token}");
        Assert.Equal(HttpStatusCode.NotFound, guess.StatusCode);
        using var noKey = await portal.Client().GetAsync($"/api/admin/corrections/{ticket}/attachments/1");
        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
    }
}
