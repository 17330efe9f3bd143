using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;

namespace Enforcement.Api.Tests.Corrections;

/// <summary>The real API, killed with SIGKILL in the middle of a burst of submissions, then restarted on the same database.</summary>
[Trait("Category", "Slow")]
public class CrashTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_kill_9_during_a_burst_of_submissions_loses_no_acknowledged_request()
    {
        // In the suite's PostgreSQL pass the same burst and kill run against a PostgreSQL database.
        using var folder = new ApiFolder("corrections-crash-");
        const int burst = 1000;
        const int killAfter = 40;
        List<(string Ticket, string Token)> acked;
        using (var api = await ApiProcess.StartAsync(folder.Root, folder.Settings))
        using (var client = new HttpClient { BaseAddress = api.Address, Timeout = TimeSpan.FromSeconds(60) })
        {
            // At most 16 in flight: the burst lasts long enough that the kill always lands inside it.
            acked = await KilledBurst.RunAsync<(string, string)>(api, burst, killAfter, 16, async i =>
            {
                using var response = await client.SendAsync(Request(i));
                if (response.StatusCode != HttpStatusCode.Created) return null;
                var json = await response.Content.ReadFromJsonAsync<JsonElement>();
                return (json.GetProperty("ticket").GetString()!, json.GetProperty("token").GetString()!);
            });
        }
        output.WriteLine($"{acked.Count} of {burst} submissions acknowledged before the kill");
        Assert.Equal(acked.Count, acked.Select(a => a.Ticket).Distinct().Count());

        using (var api = await ApiProcess.StartAsync(folder.Root, folder.Settings))
        using (var client = new HttpClient { BaseAddress = api.Address })
        {
            foreach (var (ticket, token) in acked)
            {
                using var response = await client.GetAsync($"/api/corrections/{ticket}?token={Uri.EscapeDataString(token)}");
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{ticket} was acknowledged but is gone after the kill");
            }

            // Each acknowledged request's confirmation e-mail was queued with it, and goes out after the restart.
            Assert.Empty(await KilledBurst.UnsentAsync(folder.Pickup, acked.Select(a => a.Ticket)));
        }
        Assert.True(folder.UsedTheStoreMeant);
    }

    /// <summary>Most as JSON; every fourth as a form with an attachment, as a browser sends it.</summary>
    private static HttpRequestMessage Request(int i)
    {
        var fields = TestApi.ValidRequest();
        fields["email"] = $"requester{i}@example.com";
        fields["description"] = $"第 {i} 份申请：公示的罚款金额有误。";
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/corrections")
        {
            Content = i % 4 == 0 ? SubmitTests.Form(fields, ("证据.pdf", SubmitTests.Pdf)) : JsonContent.Create(fields),
        };
        request.Headers.Accept.ParseAdd("application/json");
        return request;
    }
}
