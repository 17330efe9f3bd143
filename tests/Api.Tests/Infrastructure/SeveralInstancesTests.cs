using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Enforcement.Api.Tests.Infrastructure;

/// <summary>Runs only in the suite's PostgreSQL pass: several API instances share one database only on PostgreSQL.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestStore.Postgres) Skip = "several instances share PostgreSQL only: this runs in the PostgreSQL pass (PORTAL_TEST_STORE=postgres)";
    }
}

/// <summary>Two API instances on one PostgreSQL database, as behind a load balancer: one truth between them.</summary>
public class SeveralInstancesTests
{
    [PostgresFact]
    public async Task A_rating_accepted_by_one_instance_is_listed_by_the_other()
    {
        await using var a = new TestApi(now: TestApi.RatingNow);
        await using var b = a.SecondInstance();
        Assert.Equal(HttpStatusCode.Created, (await TestApi.PostJson(a.Client("198.51.100.1"), TestApi.ValidRating())).StatusCode);
        var list = await b.StaffClient(TestApi.SupervisionKey).GetFromJsonAsync<JsonElement>("/api/admin/feedback");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
    }

    [PostgresFact]
    public async Task One_rating_per_card_address_and_day_holds_across_instances_under_concurrent_submissions()
    {
        await using var a = new TestApi(now: TestApi.RatingNow);
        await using var b = a.SecondInstance();
        var clients = new[] { a.Client("203.0.113.9"), b.Client("203.0.113.9") };
        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => TestApi.PostJson(clients[i % 2], TestApi.ValidRating())));
        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.All(responses, r => Assert.True((int)r.StatusCode < 500, $"{r.StatusCode}"));
        Assert.Equal(1, await a.CountAsync("SELECT COUNT(*) FROM ratings"));
    }

    [PostgresFact]
    public async Task Each_queued_mail_is_sent_exactly_once_however_many_instances_drain()
    {
        await using var a = new TestApi(new Dictionary<string, string?> { ["Portal:RateLimits:SubmitPermits"] = "1000" });
        await using var b = a.SecondInstance();
        var tickets = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            var request = TestApi.ValidRequest();
            request["email"] = $"requester{i}@example.com"; // each address gets its confirmation mail
            tickets.Add((await a.SubmitAsync(request)).Ticket);
        }
        await Task.WhenAll(a.DrainMailAsync(), b.DrainMailAsync(), b.DrainMailAsync(), a.DrainMailAsync());
        // Counted in the pickup folder, not by what these four calls return: each instance's own loop also drains
        // once as it starts, and b's first drain may still be running when the first requests are queued.
        var mails = a.Mails();
        Assert.Equal(20, mails.Count);
        Assert.All(tickets, t => Assert.Single(mails, m => m.Subject!.Contains(t, StringComparison.Ordinal)));
        Assert.Equal(0, await a.CountAsync("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL"));
    }

    [PostgresFact]
    public async Task The_overdue_digest_goes_out_once_a_day_not_once_per_instance()
    {
        await using var a = new TestApi();
        await using var b = a.SecondInstance();
        var late = await a.SubmitConfirmedAsync();
        await a.DrainMailAsync();
        var before = a.MailsTo(TestApi.Notify).Count;

        a.Clock.Set("2026-03-10 09:05");
        await Task.WhenAll(a.RunJobsAsync(), b.RunJobsAsync(), b.RunJobsAsync());
        await Task.WhenAll(a.DrainMailAsync(), b.DrainMailAsync());
        var digest = Assert.Single(a.MailsTo(TestApi.Notify).Skip(before));
        Assert.Contains(late, digest.TextBody);
    }
}
