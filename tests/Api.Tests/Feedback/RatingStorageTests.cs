using System.Net;
using Enforcement.Api.Infrastructure.Storage;
using System.Data.Common;

namespace Enforcement.Api.Tests.Feedback;

public class RatingStorageTests
{
    [Fact]
    public async Task The_schema_is_created_on_start_in_WAL_mode()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        _ = app.Client();
        Assert.Equal(1, await app.CountAsync("SELECT COUNT(*) FROM schema_migrations WHERE id = '0100-feedback-ratings'"));
        await using var db = await app.OpenDatabaseAsync();
        // PostgreSQL: a commit returns once its WAL is flushed (the default the API relies on; see Database).
        if (app.Postgres is not null) Assert.Equal("on", await db.ScalarAsync<string>("SHOW synchronous_commit"));
        else Assert.Equal("wal", await db.ScalarAsync<string>("PRAGMA journal_mode"));
    }

    [Fact]
    public async Task Ratings_survive_a_restart_and_references_keep_counting()
    {
        await using var app = new TestApi(now: TestApi.RatingNow);
        Assert.Equal(HttpStatusCode.Created, (await TestApi.PostJson(app.Client(), TestApi.ValidRating())).StatusCode);

        await app.RestartAsync();
        var response = await TestApi.PostJson(app.Client("198.51.100.44"), TestApi.ValidRating());
        Assert.Contains("PJ-2026-000002", await response.Content.ReadAsStringAsync());
        Assert.Equal(2, await app.CountAsync("SELECT COUNT(*) FROM ratings"));
    }

    [Fact]
    public async Task History_is_append_only_and_what_a_rating_says_cannot_be_changed()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        await TestApi.PostJson(app.Client(), TestApi.ValidRating());
        await using var db = await app.OpenDatabaseAsync();
        var update = await Assert.ThrowsAnyAsync<DbException>(() => db.ExecuteAsync("UPDATE rating_history SET actor = 'someone'"));
        Assert.Contains("append-only", update.Message);
        await Assert.ThrowsAnyAsync<DbException>(() => db.ExecuteAsync("DELETE FROM rating_history"));
        await Assert.ThrowsAnyAsync<DbException>(() => db.ExecuteAsync("UPDATE ratings SET rating = 5"));
        await Assert.ThrowsAnyAsync<DbException>(() => db.ExecuteAsync("UPDATE ratings SET contact = NULL"));
        Assert.Equal(1, await db.ExecuteAsync("UPDATE ratings SET address_hash = NULL"));
    }
}
