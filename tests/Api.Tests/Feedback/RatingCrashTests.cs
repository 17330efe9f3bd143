using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enforcement.Api.Infrastructure.Staff;
using Enforcement.Content;
using Enforcement.Registry;
using Enforcement.Time;
using Xunit.Abstractions;

namespace Enforcement.Api.Tests.Feedback;

/// <summary>
/// The real API, killed with SIGKILL in the middle of a burst of ratings, then restarted on the same database.
/// Ratings are committed in groups, so this is the test that the group commit answers nobody before their
/// batch is durable.
/// </summary>
[Trait("Category", "Slow")]
public class RatingCrashTests(ITestOutputHelper output)
{
    private const int Burst = 1500;
    private const int KillAfter = 100;

    [Fact]
    public async Task A_kill_9_during_a_burst_of_ratings_loses_no_acknowledged_rating()
    {
        // One card per rating: the burst comes from one address, and each card may be rated from it once a day.
        var officers = Enumerable.Range(1, Burst).Select(i => new RegistryOfficer($"3609{i:D7}", $"执法人员{i}", "yichun-amr", "执法稽查局",
            "科员", ["市场监管综合执法"], "宜春市袁州区", OfficerStatus.Active, new DateOnly(2099, 12, 31))).ToList();
        using var folder = new ApiFolder("ratings-crash-", officers);
        var settings = new Dictionary<string, string>(folder.Settings)
        {
            ["Portal:CardKey"] = Convert.ToBase64String(TestApi.CardKey),
            ["Portal:AdminKeys:0:Name"] = "监督科",
            ["Portal:AdminKeys:0:Sha256"] = StaffKeys.HashOf(TestApi.KeyAll),
            ["Portal:AdminKeys:0:Body"] = "*",
        };

        List<(string Reference, string Certificate, bool Poor)> acked;
        using (var api = await ApiProcess.StartAsync(folder.Root, settings))
        using (var client = new HttpClient { BaseAddress = api.Address, Timeout = TimeSpan.FromSeconds(60) })
        {
            var tokens = await PrintCardsAsync(client);
            Assert.Equal(Burst, tokens.Count);
            var today = ChinaTime.Today(TimeProvider.System).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            acked = await KilledBurst.RunAsync<(string, string, bool)>(api, Burst, KillAfter, 32, async i =>
            {
                var certificate = officers[i].Certificate;
                using var response = await client.PostAsJsonAsync("/api/feedback", Rating(certificate, tokens[certificate], today, i));
                if (response.StatusCode != HttpStatusCode.Created) return null;
                var json = await response.Content.ReadFromJsonAsync<JsonElement>();
                return (json.GetProperty("reference").GetString()!, certificate, i % 10 == 0);
            });
        }
        output.WriteLine($"{acked.Count} of {Burst} ratings acknowledged before the kill");
        Assert.Equal(acked.Count, acked.Select(a => a.Reference).Distinct().Count());

        using (var api = await ApiProcess.StartAsync(folder.Root, settings))
        using (var client = new HttpClient { BaseAddress = api.Address })
        {
            client.DefaultRequestHeaders.Add(StaffKeys.Header, TestApi.KeyAll);
            foreach (var (reference, certificate, _) in acked)
            {
                using var response = await client.GetAsync($"/api/admin/feedback/{reference}");
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{reference} was acknowledged but is gone after the kill");
                var found = await response.Content.ReadFromJsonAsync<JsonElement>();
                Assert.Equal(certificate, found.GetProperty("rating").GetProperty("certificate").GetString());
            }

            // A poor rating's e-mail to the supervision office was queued in its commit, and goes out after the restart.
            var poor = acked.Where(a => a.Poor).Select(a => a.Reference).ToList();
            Assert.NotEmpty(poor);
            Assert.Empty(await KilledBurst.UnsentAsync(folder.Pickup, poor));
        }
        Assert.True(folder.UsedTheStoreMeant);
    }

    /// <summary>Staff print the body's sheet of cards; each card's link carries its token.</summary>
    private static async Task<Dictionary<string, string>> PrintCardsAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/admin/cards/yichun-amr");
        request.Headers.Add(StaffKeys.Header, TestApi.KeyAll);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sheet = await Html.ReadAsync(response);
        return sheet.QuerySelectorAll(".card-link a").Select(a => new Uri(a.GetAttribute("href")!))
            .ToDictionary(u => Uri.UnescapeDataString(u.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)[1]),
                u => Uri.UnescapeDataString(u.Query.Split("token=")[1]));
    }

    /// <summary>Every tenth poor, so its e-mail to the supervision office is queued in the same commit.</summary>
    private static Dictionary<string, object?> Rating(string certificate, string token, string today, int i) => new()
    {
        ["certificate"] = certificate,
        ["token"] = token,
        ["visitDate"] = today,
        ["rating"] = i % 10 == 0 ? 1 : 5,
        ["checks"] = new[] { "主动出示执法证件" },
        ["problems"] = i % 10 == 0 ? new[] { "态度粗暴" } : Array.Empty<string>(),
        ["comment"] = $"第 {i} 条评价",
        ["contact"] = null,
    };
}
