using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enforcement.Api.Infrastructure.Mail;
using Enforcement.Api.Infrastructure.Storage;

namespace Enforcement.Api.Tests.Corrections;

/// <summary>Anyone can file a request naming any address: the confirmation mail must not become a way to mail strangers.</summary>
public sealed class MailAbuseTests
{
    private static Dictionary<string, object?> RequestFor(string email)
    {
        var request = TestApi.ValidRequest();
        request["email"] = email;
        return request;
    }

    [Fact]
    public async Task Mail_bombing_an_address_stops_at_the_daily_cap_of_confirmation_mails()
    {
        await using var api = new TestApi(new() { ["Portal:Corrections:ConfirmMailsPerAddressPerDay"] = "3" });
        for (var i = 0; i < 3; i++) await api.SubmitAsync();

        // The same address in other letters, from another client address: still the same mailbox.
        using var fourth = await api.Client("203.0.113.9").PostAsJsonAsync("/api/corrections", RequestFor("ZhangSan@Example.COM"));
        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.Equal(TimeSpan.FromHours(14), fourth.Headers.RetryAfter?.Delta); // 10:00 China time: the count restarts at midnight
        var problem = await fourth.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("电子邮箱", problem.GetProperty("detail").GetString());

        using var page = await api.Client().PostAsync("/api/corrections", SubmitTests.Form(TestApi.ValidRequest()));
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Contains("确认邮件", await Html.ReadAsync(page).ContinueWith(p => p.Result.Text("main")));

        await api.DrainMailAsync();
        Assert.Equal(3, api.MailsTo(TestApi.Requester).Count);
        Assert.Equal(3, await api.CountAsync("SELECT COUNT(*) FROM corrections"));

        await api.SubmitAsync(RequestFor("lisi@example.com"));  // other addresses are not held up
        api.Clock.Set("2026-03-03 00:00");                      // nor this one the next day
        await api.SubmitAsync();
    }

    [Fact]
    public async Task The_confirmation_mail_carries_no_text_the_submitter_chose_and_says_it_can_be_ignored()
    {
        await using var api = new TestApi();
        var request = TestApi.ValidRequest();
        request["name"] = "恭喜中奖请访问 spam.example 领取";
        request["description"] = "点击 http://spam.example/prize 领取奖金";
        request["correction"] = "spam.example";
        request["evidence"] = "spam.example";
        var (ticket, _) = await api.SubmitAsync(request);
        await api.DrainMailAsync();

        var mail = Assert.Single(api.MailsTo(TestApi.Requester));
        Assert.DoesNotContain("spam", mail.Subject);
        Assert.DoesNotContain("中奖", mail.Subject);
        Assert.Contains(ticket, mail.Subject);
        Assert.DoesNotContain("spam", mail.TextBody);
        Assert.DoesNotContain("中奖", mail.TextBody);
        Assert.Contains("如果您没有提交过这份申请，请忽略本邮件", mail.TextBody);
    }

    [Fact]
    public async Task A_leaked_outbox_holds_no_plain_confirm_token_once_the_mail_is_sent()
    {
        await using var api = new TestApi();
        var (ticket, _) = await api.SubmitAsync();
        Assert.Equal(1, await api.CountAsync("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL"));
        await api.DrainMailAsync();
        var token = api.MailedToken(ticket);

        await using (var db = await api.OpenDatabaseAsync())
        {
            var rows = await db.QueryAsync("SELECT recipient || subject || body FROM outbox", r => r.GetString(0));
            Assert.DoesNotContain(rows, r => r.Contains(token, StringComparison.Ordinal));
            Assert.Equal([MailOutbox.SentBody], await db.QueryAsync("SELECT body FROM outbox", r => r.GetString(0)));
        }
        // The record of what was sent stays.
        Assert.Equal(1, await api.CountAsync($"SELECT COUNT(*) FROM outbox WHERE recipient = '{TestApi.Requester}' AND subject LIKE '%{ticket}%' AND sent_at IS NOT NULL"));
    }
}
