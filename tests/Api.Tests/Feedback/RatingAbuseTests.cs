using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Enforcement.Api.Infrastructure.Storage;

namespace Enforcement.Api.Tests.Feedback;

public class RatingAbuseTests
{
    private static Dictionary<string, string?> Permits(int n) => new() { ["Portal:RateLimits:SubmitPermits"] = n.ToString() };

    [Fact]
    public async Task Ratings_sent_back_for_a_mistake_do_not_use_up_the_allowance_a_flood_of_them_is_still_stopped()
    {
        using var app = new TestApi(now: TestApi.RatingNow, settings: Permits(2));
        var client = app.Client("198.51.100.8");
        var wrong = TestApi.ValidRating();
        wrong["visitDate"] = "2030-01-01";
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.BadRequest, (await TestApi.PostJson(client, wrong)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await TestApi.PostJson(client, TestApi.ValidRating())).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await TestApi.PostJson(client, TestApi.ValidRating(TestApi.OtherBody))).StatusCode);

        // Six attempts in all (three times the allowance) pass the guard in front; the seventh is stopped before validation.
        Assert.Equal(HttpStatusCode.BadRequest, (await TestApi.PostJson(client, wrong)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await TestApi.PostJson(client, wrong)).StatusCode);
    }

    [Fact]
    public async Task The_rate_limiter_answers_429_with_Retry_After_per_client_address()
    {
        using var app = new TestApi(now: TestApi.RatingNow, settings: Permits(2));
        var client = app.Client("198.51.100.7");
        // Different officers, so only the limiter can refuse.
        Assert.Equal(HttpStatusCode.Created, (await TestApi.PostJson(client, TestApi.ValidRating())).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await TestApi.PostJson(client, TestApi.ValidRating(TestApi.OtherBody))).StatusCode);
        var limited = await TestApi.PostJson(client, TestApi.ValidRating());

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.Contains("频繁", (await limited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());

        Assert.Equal(HttpStatusCode.Created, (await TestApi.PostJson(app.Client("198.51.100.8"), TestApi.ValidRating())).StatusCode);
    }

    [Fact]
    public async Task A_form_post_over_the_limit_gets_a_page_not_json()
    {
        using var app = new TestApi(now: TestApi.RatingNow, settings: Permits(1));
        var client = app.Client();
        await TestApi.PostForm(client, TestApi.ValidForm(TestApi.OtherBody));
        var limited = await TestApi.PostForm(client, TestApi.ValidForm());
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter);
        var page = await Html.ReadAsync(limited);
        Assert.Contains("频繁", page.Text("main"));
        // Nothing in it needs changing: the heading says to wait, not 请修改后重试.
        Assert.Equal("评价未提交：提交过于频繁，请稍后再试", page.Text("h1"));
        Assert.StartsWith("评价未提交：提交过于频繁，请稍后再试", page.Title);
        // The form comes back as it was filled in, with the wait and the phone: a page saying only 请求过于频繁 lost the rating.
        Assert.Contains("分钟后再试", page.Text(".form-errors"));
        Assert.Contains("已填写的内容都已保留", page.Text(".form-errors"));
        Assert.Equal("态度很好", page.QuerySelector("textarea[name=comment]")!.TextContent);
        Assert.NotNull(page.QuerySelector("input[name=rating][value='5'][checked]"));
        Assert.NotNull(page.QuerySelector("input[name=token]"));
    }

    [Fact]
    public async Task One_rating_per_card_per_address_per_day()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var here = app.Client("198.51.100.20");
        Assert.Equal(HttpStatusCode.Created, (await TestApi.PostJson(here, TestApi.ValidRating())).StatusCode);

        var again = await TestApi.PostJson(here, TestApi.ValidRating());
        Assert.Equal(HttpStatusCode.TooManyRequests, again.StatusCode);
        // 10:00 China time: the rule lifts at midnight, 14 hours on.
        Assert.Equal(TimeSpan.FromHours(14), again.Headers.RetryAfter?.Delta);
        var problem = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("每天只能评价一次", problem.GetProperty("detail").GetString());
        Assert.Contains("李明", problem.GetProperty("detail").GetString());

        Assert.Equal(HttpStatusCode.Created, (await TestApi.PostJson(app.Client("198.51.100.21"), TestApi.ValidRating())).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await TestApi.PostJson(here, TestApi.ValidRating(TestApi.OtherBody))).StatusCode);

        app.Clock.Now = new DateTimeOffset(2026, 3, 16, 0, 0, 1, TimeSpan.FromHours(8));
        Assert.Equal(HttpStatusCode.Created, (await TestApi.PostJson(here, TestApi.ValidRating())).StatusCode);
        Assert.Equal(4, await app.CountAsync("SELECT COUNT(*) FROM ratings"));
    }

    [Fact]
    public async Task Another_address_of_the_same_ipv6_64_is_the_same_rater_and_another_64_is_not()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        Assert.Equal(HttpStatusCode.Created, (await TestApi.PostJson(app.Client("2408:8456:1234:5678::1"), TestApi.ValidRating())).StatusCode);
        // A phone may use any address of its /64: a new one is not a new rater.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await TestApi.PostJson(app.Client("2408:8456:1234:5678:a1b2:c3d4:e5f6:7788"), TestApi.ValidRating())).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await TestApi.PostJson(app.Client("2408:8456:1234:5679::1"), TestApi.ValidRating())).StatusCode);
    }

    [Fact]
    public async Task The_rate_limiter_counts_an_ipv6_64_as_one_client()
    {
        using var app = new TestApi(now: TestApi.RatingNow, settings: Permits(1));
        Assert.Equal(HttpStatusCode.Created, (await TestApi.PostJson(app.Client("2408:8456:1234:5678::1"), TestApi.ValidRating())).StatusCode);
        var limited = await TestApi.PostJson(app.Client("2408:8456:1234:5678::2"), TestApi.ValidRating(TestApi.OtherBody));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("频繁", (await limited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_second_form_rating_the_same_day_gets_a_page_saying_so()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var client = app.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await TestApi.PostForm(client, TestApi.ValidForm())).StatusCode);
        var again = await TestApi.PostForm(client, TestApi.ValidForm());
        Assert.Equal(HttpStatusCode.TooManyRequests, again.StatusCode);
        Assert.NotNull(again.Headers.RetryAfter);
        Assert.Contains("每天只能评价一次", (await Html.ReadAsync(again)).Text(".rating-unavailable"));
    }

    [Fact]
    public async Task The_raw_client_address_is_never_stored_and_its_hash_is_cleared_after_the_day()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        const string Address = "203.0.113.77";
        await TestApi.PostJson(app.Client(Address), TestApi.ValidRating());
        Assert.Equal(1, await app.CountAsync("SELECT COUNT(*) FROM ratings WHERE address_hash IS NOT NULL"));

        app.Clock.Advance(TimeSpan.FromDays(1));
        await TestApi.PostJson(app.Client("203.0.113.78"), TestApi.ValidRating());
        Assert.Equal(1, await app.CountAsync("SELECT COUNT(*) FROM ratings WHERE address_hash IS NOT NULL AND submitted_on = '2026-03-16'"));
        Assert.Equal(1, await app.CountAsync("SELECT COUNT(*) FROM ratings WHERE address_hash IS NULL AND submitted_on = '2026-03-15'"));

        if (app.Postgres is not null)
        {
            // No column of any row holds it (the server's files are not this test's to read).
            await using var db = await app.OpenDatabaseAsync();
            Assert.Equal(0, await db.ScalarAsync<long>("SELECT COUNT(*) FROM ratings r WHERE strpos(r::text, @a) > 0", null, default, ("@a", Address)));
            return;
        }
        // Stop the API and close pooled connections first; SQLite may still delete its -shm/-wal files while
        // they are listed, and a file that is gone holds nothing.
        await app.Factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(app.DatabasePath)!, "portal.db*"))
        {
            byte[] bytes;
            try { bytes = File.ReadAllBytes(file); }
            catch (FileNotFoundException) when (!file.EndsWith("portal.db", StringComparison.Ordinal)) { continue; }
            Assert.DoesNotContain(Address, Encoding.ASCII.GetString(bytes));
            Assert.DoesNotContain(Address, Encoding.Unicode.GetString(bytes));
        }
    }

    [Fact]
    public async Task A_filled_honeypot_gets_the_same_answer_as_a_person_but_nothing_is_stored_or_sent()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var rating = TestApi.ValidRating();
        rating["rating"] = 1;
        rating["website"] = "http://spam.example";
        var json = await TestApi.PostJson(app.Client(), rating);
        Assert.Equal(HttpStatusCode.Created, json.StatusCode);
        Assert.Matches(@"^PJ-2026-\d{6}$", (await json.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString());

        var form = TestApi.ValidForm().Where(f => f.Key != "website").Append(new("website", "http://spam.example"));
        var bot = app.Client("198.51.100.99");
        var page = await TestApi.FollowAsync(bot, await TestApi.PostForm(bot, form));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Matches(@"^PJ-2026-\d{6}$", (await Html.ReadAsync(page)).Text(".reference strong"));

        Assert.Equal(0, await app.CountAsync("SELECT COUNT(*) FROM ratings"));
        Assert.Equal(0, await app.CountAsync("SELECT COUNT(*) FROM outbox"));
    }

    [Fact]
    public async Task A_filled_honeypot_with_mistakes_gets_the_same_errors_as_a_person()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var rating = TestApi.ValidRating();
        rating["rating"] = 9;
        rating["website"] = "x";
        Assert.Equal(HttpStatusCode.BadRequest, (await TestApi.PostJson(app.Client(), rating)).StatusCode);
    }

    [Fact]
    public async Task A_body_over_16_KB_is_refused_with_413_before_it_is_read()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var rating = TestApi.ValidRating();
        rating["comment"] = new string('x', 17 * 1024);
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(rating)); // declares its length
        content.Headers.ContentType = new("application/json");
        var response = await app.Client().PostAsync("/api/feedback", content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("16 KB", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(0, await app.CountAsync("SELECT COUNT(*) FROM ratings"));
    }

    [Fact]
    public async Task A_chunked_body_over_16_KB_without_a_length_is_also_refused_on_Kestrel()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        app.Factory.UseKestrel(0);
        app.Factory.StartServer();
        using var client = new HttpClient { BaseAddress = app.Factory.ClientOptions.BaseAddress };
        var rating = TestApi.ValidRating();
        rating["comment"] = new string('x', 40 * 1024);
        var content = new StreamContent(new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(rating)));
        content.Headers.ContentType = new("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/feedback") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, await app.CountAsync("SELECT COUNT(*) FROM ratings"));
    }
}
