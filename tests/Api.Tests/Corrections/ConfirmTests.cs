using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Enforcement.Api.Tests.Corrections;

public class ConfirmTests
{
    [Fact]
    public async Task The_request_reaches_the_body_only_after_the_requester_confirms_through_the_mailed_link()
    {
        await using var portal = new TestApi();
        var (ticket, token) = await portal.SubmitAsync();
        await portal.DrainMailAsync();
        Assert.Empty(portal.MailsTo(TestApi.Notify));
        using (var staff = await portal.StaffClient(TestApi.KeyBody).GetAsync("/api/admin/corrections"))
            Assert.Equal(0, (await staff.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32());

        // The plain form button on the status page: the browser goes on to the status page's own address (which the
        // proxy serves from /api/corrections/status/page), not left on the confirm address, which takes only posts.
        var mailed = portal.MailedToken(ticket);
        using var response = await portal.Client().PostAsync($"/api/corrections/{ticket}/confirm",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = mailed }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Equal($"/corrections/status/?ticket={ticket}&token={Uri.EscapeDataString(mailed)}&confirmed=1", location);
        var html = await portal.Client().GetStringAsync("/api" + location.Replace("/corrections/status/?", "/corrections/status/page?"));
        Assert.Contains("申请已确认，已送交宜春市市场监督管理局办理，答复期限为 2026年3月9日", html);
        Assert.Contains("已受理", html);
        // Sent again (a reload before the redirect): the same status page, without saying it was just confirmed.
        using var again = await portal.Client().PostAsync($"/api/corrections/{ticket}/confirm",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = mailed }));
        Assert.DoesNotContain("confirmed=1", again.Headers.Location!.OriginalString);

        await portal.DrainMailAsync();
        var toBody = Assert.Single(portal.MailsTo(TestApi.Notify));
        Assert.Contains(ticket, toBody.Subject);
        Assert.Contains("决定书原件中的罚款金额为 5000 元。", toBody.TextBody);
        Assert.Contains("zhangsan@example.com", toBody.TextBody);
        Assert.Contains("13812345678", toBody.TextBody);
        var toRequester = portal.MailsTo(TestApi.Requester);
        Assert.Equal(2, toRequester.Count);
        Assert.Contains("已受理", toRequester[1].Subject);

        var status = await portal.Client().GetFromJsonAsync<JsonElement>($"/api/corrections/{ticket}?token={token}");
        Assert.Equal("accepted", status.GetProperty("status").GetString());
        Assert.Equal("2026-03-02", status.GetProperty("accepted").GetString());
        Assert.Equal("2026-03-09", status.GetProperty("deadline").GetString()); // 5 working days after Monday 2 March
        Assert.Equal(["pending", "accepted"], status.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("status").GetString()));
        // The requester submitted and confirmed; the portal accepted (受理 is not the requester's act).
        Assert.Equal(["申请人", "系统"], status.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("by").GetString()));
        using (var staff = await portal.StaffClient(TestApi.KeyBody).GetAsync($"/api/admin/corrections/{ticket}"))
            Assert.Equal(["申请人", "系统（申请人确认后）"],
                (await staff.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("history").EnumerateArray().Select(h => h.GetProperty("by").GetString()));
    }

    [Fact]
    public async Task The_token_returned_on_submission_cannot_confirm()
    {
        await using var portal = new TestApi();
        var (ticket, token) = await portal.SubmitAsync();

        using var response = await portal.Client().PostAsJsonAsync($"/api/corrections/{ticket}/confirm", new { token });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("确认邮件中的链接", await response.Content.ReadAsStringAsync());
        var status = await portal.Client().GetFromJsonAsync<JsonElement>($"/api/corrections/{ticket}?token={token}");
        Assert.Equal("pending", status.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Confirming_with_a_wrong_token_is_not_found_and_changes_nothing()
    {
        await using var portal = new TestApi();
        var (ticket, token) = await portal.SubmitAsync();
        using var response = await portal.Client().PostAsJsonAsync($"/api/corrections/{ticket}/confirm", new { token = "guess" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var status = await portal.Client().GetFromJsonAsync<JsonElement>($"/api/corrections/{ticket}?token={token}");
        Assert.Equal("pending", status.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Confirming_twice_sends_nothing_twice()
    {
        await using var portal = new TestApi();
        var ticket = await portal.SubmitConfirmedAsync();
        using var again = await portal.Client().PostAsJsonAsync($"/api/corrections/{ticket}/confirm", new { token = portal.MailedToken(ticket) });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        await portal.DrainMailAsync();
        Assert.Single(portal.MailsTo(TestApi.Notify));
    }

    [Fact]
    public async Task A_body_without_a_notify_address_has_its_requests_sent_to_the_supervision_office()
    {
        await using var portal = new TestApi();
        var ticket = await portal.SubmitConfirmedAsync(TestApi.ValidRequest("宜市监处罚〔2025〕20号"));
        await portal.DrainMailAsync();
        Assert.Contains(ticket, Assert.Single(portal.MailsTo(TestApi.SupervisionEmail)).Subject);
    }

    [Fact]
    public async Task An_unconfirmed_request_lapses_after_seven_days_and_can_no_longer_be_confirmed()
    {
        await using var portal = new TestApi();
        var (ticket, token) = await portal.SubmitAsync();
        await portal.DrainMailAsync();
        var mailed = portal.MailedToken(ticket);

        portal.Clock.Advance(TimeSpan.FromDays(7));
        // Shown as lapsed at once, before the job has recorded it.
        var before = await portal.Client().GetFromJsonAsync<JsonElement>($"/api/corrections/{ticket}?token={token}");
        Assert.Equal("已失效", before.GetProperty("label").GetString());

        await portal.RunJobsAsync();
        var after = await portal.Client().GetFromJsonAsync<JsonElement>($"/api/corrections/{ticket}?token={token}");
        var lapse = after.GetProperty("history").EnumerateArray().Last();
        Assert.Equal("lapsed", lapse.GetProperty("status").GetString());
        Assert.Equal("2026-03-09T10:00:00+08:00", lapse.GetProperty("at").GetString());
        Assert.Equal(2, after.GetProperty("history").GetArrayLength());

        using var confirm = await portal.Client().PostAsJsonAsync($"/api/corrections/{ticket}/confirm", new { token = mailed });
        Assert.Equal(HttpStatusCode.Conflict, confirm.StatusCode);
        Assert.Contains("已失效", await confirm.Content.ReadAsStringAsync());
        await portal.DrainMailAsync();
        Assert.Empty(portal.MailsTo(TestApi.Notify));

        using var staff = await portal.StaffClient(TestApi.KeyBody).GetAsync("/api/admin/corrections?status=lapsed");
        Assert.Equal(ticket, (await staff.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items")[0].GetProperty("ticket").GetString());
    }

    [Fact]
    public async Task A_request_confirmed_just_in_time_is_accepted()
    {
        await using var portal = new TestApi();
        var (ticket, _) = await portal.SubmitAsync();
        await portal.DrainMailAsync();
        portal.Clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        await portal.RunJobsAsync();
        using var confirm = await portal.Client().PostAsJsonAsync($"/api/corrections/{ticket}/confirm", new { token = portal.MailedToken(ticket) });
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Equal("accepted", (await confirm.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }
}
