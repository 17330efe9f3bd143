using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enforcement.Api.Infrastructure.Storage;
using Enforcement.Api.Retention;
using Enforcement.Api.Tests.Harness;
using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests.Retention;

/// <summary>Raters' contacts and address hashes are erased when their period ends; the ratings and their statistics stay.</summary>
public class RaterRetentionTests
{
    private static async Task<string> RateAsync(TestApi app, string client, string? contact)
    {
        var rating = TestApi.ValidRating();
        rating["contact"] = contact;
        rating["problems"] = new[] { "态度粗暴" };
        using var response = await TestApi.PostJson(app.Client(client), rating);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
    }

    private static async Task<List<string>> RowsAsync(TestApi app, string sql)
    {
        await using var connection = await app.OpenDatabaseAsync();
        return await connection.QueryAsync(sql, r => string.Join("|", Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? "∅" : r.GetValue(i).ToString())));
    }

    [Fact]
    public async Task Contacts_go_180_days_after_receipt_or_the_last_follow_up_and_nothing_else_changes()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var followedUp = await RateAsync(app, "198.51.100.1", "13800138000");
        var plain = await RateAsync(app, "198.51.100.2", "rater@example.com");
        var eraser = app.Services.GetRequiredService<PersonalDataEraser>();
        var staff = app.StaffClient(TestApi.SupervisionKey);
        const string Kept = "SELECT reference, certificate, visit_date, rating, checks, problems, has_problems, comment, submitted_on, created_at FROM ratings ORDER BY id";
        var before = await RowsAsync(app, Kept);
        var satisfaction = await staff.GetStringAsync("/api/admin/feedback/satisfaction?from=2026-01-01&to=2026-12-31");

        app.Clock.Advance(TimeSpan.FromDays(100));
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync($"/api/admin/feedback/{followedUp}/follow-ups", new { note = "已回访。" })).StatusCode);
        var history = await RowsAsync(app, "SELECT rating_id, at, actor, action, note FROM rating_history ORDER BY id");

        app.Clock.Advance(TimeSpan.FromDays(80) - TimeSpan.FromMinutes(1)); // a minute before 180 days
        Assert.Equal(new ErasureCounts(0, 0, 0, 0), await eraser.RunAsync(CancellationToken.None));

        app.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, (await eraser.RunAsync(CancellationToken.None)).Ratings);
        Assert.Equal(["13800138000|∅", "∅|∅"], await RowsAsync(app, "SELECT contact, address_hash FROM ratings ORDER BY id"));

        app.Clock.Advance(TimeSpan.FromDays(100)); // 180 days after the follow-up
        Assert.Equal(1, (await eraser.RunAsync(CancellationToken.None)).Ratings);
        Assert.Equal(["∅|∅", "∅|∅"], await RowsAsync(app, "SELECT contact, address_hash FROM ratings ORDER BY id"));
        Assert.Equal(0, (await eraser.RunAsync(CancellationToken.None)).Ratings);

        // The ratings as received, their history and the statistics are all still there.
        Assert.Equal(before, await RowsAsync(app, Kept));
        Assert.Equal(history, await RowsAsync(app, "SELECT rating_id, at, actor, action, note FROM rating_history ORDER BY id"));
        Assert.Equal(satisfaction, await staff.GetStringAsync("/api/admin/feedback/satisfaction?from=2026-01-01&to=2026-12-31"));
        var view = await staff.GetStringAsync($"/api/admin/feedback/{plain}");
        Assert.DoesNotContain("rater@example.com", view);
        Assert.Contains("态度粗暴", view);
    }

    [Fact]
    public async Task The_database_still_refuses_any_other_change_to_a_rating()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        await RateAsync(app, "198.51.100.1", "13800138000");
        await using var connection = await app.OpenDatabaseAsync();
        await Assert.ThrowsAnyAsync<DbException>(() => connection.ExecuteAsync("UPDATE ratings SET contact = '13900000000'"));
        await Assert.ThrowsAnyAsync<DbException>(() => connection.ExecuteAsync("UPDATE ratings SET contact = NULL")); // not marked as erased
        await Assert.ThrowsAnyAsync<DbException>(() => connection.ExecuteAsync("UPDATE ratings SET comment = 'x', personal_erased_at = 'now'"));
        Assert.Equal(["13800138000"], await connection.QueryAsync("SELECT contact FROM ratings", r => r.GetString(0)));
    }
}
