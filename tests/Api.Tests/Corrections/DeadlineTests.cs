using System.Net.Http.Json;
using System.Text.Json;

namespace Enforcement.Api.Tests.Corrections;

public class DeadlineTests
{
    [Fact]
    public async Task The_deadline_counts_configured_working_days_skipping_weekends_and_holidays()
    {
        // Confirmed on Wednesday 30 September 2026; 1–7 October off, Saturday 10 October worked.
        var settings = new Dictionary<string, string?> { ["Portal:Corrections:DeadlineWorkingDays"] = "3", ["Portal:Corrections:Workdays:0"] = "2026-10-10" };
        for (var day = 1; day <= 7; day++) settings[$"Portal:Corrections:Holidays:{day - 1}"] = $"2026-10-0{day}";
        await using var portal = new TestApi(settings, now: "2026-09-30 16:00");
        var (ticket, token) = await portal.SubmitAsync();
        await portal.DrainMailAsync();
        await portal.Client().PostAsJsonAsync($"/api/corrections/{ticket}/confirm", new { token = portal.MailedToken(ticket) });

        var status = await portal.Client().GetFromJsonAsync<JsonElement>($"/api/corrections/{ticket}?token={token}");
        Assert.Equal("2026-10-10", status.GetProperty("deadline").GetString()); // 8 Oct, 9 Oct, 10 Oct (worked Saturday)
    }

    [Fact]
    public async Task Overdue_requests_are_listed_shown_and_mailed_to_the_body_once_a_day_even_across_restarts()
    {
        await using var portal = new TestApi();
        var late = await portal.SubmitConfirmedAsync();                                            // deadline Mon 9 March
        var other = await portal.SubmitConfirmedAsync(TestApi.ValidRequest(TestApi.OtherBodyDecision));
        var answered = await portal.SubmitConfirmedAsync();
        await portal.StaffClient(TestApi.KeyBody).PostAsJsonAsync($"/api/admin/corrections/{answered}/transitions", new { status = "verifying", reply = "核实中" });
        await portal.StaffClient(TestApi.KeyBody).PostAsJsonAsync($"/api/admin/corrections/{answered}/transitions", new { status = "corrected", reply = "已更正" });
        await portal.DrainMailAsync();
        var mailedBefore = portal.MailsTo(TestApi.Notify).Count;

        portal.Clock.Set("2026-03-09 18:00"); // the deadline day itself: not overdue yet
        await portal.RunJobsAsync();
        var onTime = await portal.StaffClient(TestApi.KeyBody).GetFromJsonAsync<JsonElement>("/api/admin/corrections?overdue=true");
        Assert.Equal(0, onTime.GetProperty("total").GetInt32());

        portal.Clock.Set("2026-03-10 08:00"); // overdue, but before the digest hour
        var overdue = await portal.StaffClient(TestApi.KeyBody).GetFromJsonAsync<JsonElement>("/api/admin/corrections?overdue=true");
        Assert.Equal([late], overdue.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("ticket").GetString()));
        Assert.True(overdue.GetProperty("items")[0].GetProperty("overdue").GetBoolean());
        var status = await portal.Client().GetFromJsonAsync<JsonElement>(
            $"/api/corrections/{late}?token={Uri.EscapeDataString(portal.MailedToken(late))}");
        Assert.True(status.GetProperty("overdue").GetBoolean());
        // The requester's page says whom to turn to (已逾期 alone left nowhere to go).
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await portal.Client().GetStringAsync(
            $"/api/corrections/status/page?ticket={late}&token={Uri.EscapeDataString(portal.MailedToken(late))}"));
        Assert.Contains("未在答复期限内答复。您可以向市局执法监督科反映（电话 0795-1234567）", page.QuerySelector("main")!.TextContent);
        await portal.RunJobsAsync();
        await portal.DrainMailAsync();
        Assert.Equal(mailedBefore, portal.MailsTo(TestApi.Notify).Count);

        portal.Clock.Set("2026-03-10 09:05");
        await portal.RunJobsAsync();
        await portal.RunJobsAsync();
        await portal.RestartAsync();
        await portal.RunJobsAsync();
        await portal.DrainMailAsync();
        var digests = portal.MailsTo(TestApi.Notify).Skip(mailedBefore).ToList();
        var digest = Assert.Single(digests);
        Assert.Contains("已逾期", digest.Subject);
        Assert.Contains(late, digest.TextBody);
        Assert.DoesNotContain(answered, digest.TextBody);
        Assert.Contains(other, Assert.Single(portal.MailsTo(TestApi.OtherNotify), m => m.Subject!.Contains("已逾期")).TextBody);

        portal.Clock.Set("2026-03-11 09:05"); // the next day: a new reminder
        await portal.RunJobsAsync();
        await portal.DrainMailAsync();
        Assert.Equal(2, portal.MailsTo(TestApi.Notify).Count(m => m.Subject!.Contains("已逾期")));
    }
}
