using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enforcement.Api.Infrastructure.Storage;

namespace Enforcement.Api.Tests.Feedback;

public class RatingSubmissionTests
{
    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>());

    /// <summary>Posts a valid rating with one field changed and returns the answer's field errors.</summary>
    private static async Task<(HttpStatusCode Status, Dictionary<string, string[]> Errors)> ErrorsFor(string field, object? value, TestApi? app = null)
    {
        using var own = app is null ? new TestApi(now: TestApi.RatingNow) : null;
        var rating = TestApi.ValidRating();
        rating[field] = value;
        var response = await TestApi.PostJson((app ?? own!).Client(), rating);
        if (response.StatusCode != HttpStatusCode.BadRequest) return (response.StatusCode, []);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await Json(response)).GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
        return (response.StatusCode, errors);
    }

    [Fact]
    public async Task A_valid_json_rating_is_201_with_a_reference_and_a_location_and_is_stored()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var response = await TestApi.PostJson(app.Client(), TestApi.ValidRating());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var reference = (await Json(response)).GetProperty("reference").GetString()!;
        Assert.Matches(@"^PJ-2026-\d{6}$", reference);
        Assert.Equal($"/api/admin/feedback/{reference}", response.Headers.Location?.ToString());
        await using var db = await app.OpenDatabaseAsync();
        await using var command = db.Command("SELECT certificate, body_slug, visit_date, rating, checks, problems, comment, contact FROM ratings WHERE reference = @r",
            null, ("@r", reference));
        await using var row = await command.ExecuteReaderAsync();
        Assert.True(await row.ReadAsync());
        Assert.Equal(("36090012345", "yichun-amr", "2026-03-14", 4L), (row.GetString(0), row.GetString(1), row.GetString(2), row.GetInt64(3)));
        Assert.Equal(["主动出示执法证件", "文明规范"], JsonSerializer.Deserialize<string[]>(row.GetString(4))!);
        Assert.Empty(JsonSerializer.Deserialize<string[]>(row.GetString(5))!);
        Assert.Equal(("检查很规范。", "13800138000"), (row.GetString(6), row.GetString(7)));
    }

    [Fact]
    public async Task References_count_up_within_the_year_and_start_again_in_a_new_year()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var first = await TestApi.PostJson(app.Client("198.51.100.1"), TestApi.ValidRating());
        var second = await TestApi.PostJson(app.Client("198.51.100.2"), TestApi.ValidRating());
        app.Clock.Now = new DateTimeOffset(2027, 1, 2, 9, 0, 0, TimeSpan.FromHours(8));
        var nextYear = TestApi.ValidRating();
        nextYear["visitDate"] = "2027-01-01";
        var third = await TestApi.PostJson(app.Client("198.51.100.3"), nextYear);
        var references = new List<string>();
        foreach (var r in new[] { first, second, third }) references.Add((await Json(r)).GetProperty("reference").GetString()!);
        Assert.Equal(["PJ-2026-000001", "PJ-2026-000002", "PJ-2027-000001"], references);
    }

    [Theory]
    [InlineData("2026-03-16", "不能晚于今天")]
    [InlineData("2025-12-14", "90 天")]
    [InlineData("2026/03/14", "格式")]
    [InlineData("", "请填写")]
    [InlineData(null, "请填写")]
    public async Task Visit_date_must_be_a_date_within_the_last_90_days(string? value, string message)
    {
        var (status, errors) = await ErrorsFor("visitDate", value);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, Assert.Single(errors["visitDate"]));
        Assert.Single(errors);
    }

    [Theory]
    [InlineData("2026-03-15")]
    [InlineData("2025-12-15")]
    public async Task Visit_date_today_and_exactly_90_days_ago_are_accepted(string value) =>
        Assert.Equal(HttpStatusCode.Created, (await ErrorsFor("visitDate", value)).Status);

    [Fact]
    public async Task Visit_date_limits_use_the_China_date_not_UTC()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        // 00:30 on 16 March in China is still 15 March in UTC.
        app.Clock.Now = new DateTimeOffset(2026, 3, 16, 0, 30, 0, TimeSpan.FromHours(8));
        Assert.Equal(HttpStatusCode.Created, (await ErrorsFor("visitDate", "2026-03-16", app)).Status);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData("很好")]
    [InlineData(4.5)]
    [InlineData(null)]
    public async Task Rating_must_be_a_whole_number_from_1_to_5(object? value)
    {
        var (status, errors) = await ErrorsFor("rating", value);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Single(errors["rating"]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData("3")]
    public async Task Ratings_1_to_5_as_numbers_or_strings_are_accepted(object value) =>
        Assert.Equal(HttpStatusCode.Created, (await ErrorsFor("rating", value)).Status);

    [Fact]
    public async Task Checks_and_problems_come_only_from_their_lists()
    {
        var (_, checkErrors) = await ErrorsFor("checks", new[] { "主动出示执法证件", "请我吃饭" });
        Assert.Contains("请我吃饭", Assert.Single(checkErrors["checks"]));
        var (_, problemErrors) = await ErrorsFor("problems", new[] { "乱收费" });
        Assert.Contains("乱检查", Assert.Single(problemErrors["problems"]));
        Assert.Equal(HttpStatusCode.Created, (await ErrorsFor("problems", new[] { "乱检查", "乱罚款", "态度粗暴", "吃拿卡要", "其他" })).Status);
    }

    [Fact]
    public async Task A_comment_may_have_500_characters_and_not_501()
    {
        Assert.Equal(HttpStatusCode.Created, (await ErrorsFor("comment", new string('好', 500))).Status);
        var (status, errors) = await ErrorsFor("comment", new string('好', 501));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("500", Assert.Single(errors["comment"]));
    }

    [Fact]
    public async Task Emoji_and_rare_characters_count_as_one_character_each_as_a_person_counts_them()
    {
        // 490 characters and ten emoji: 500 as read, 510 UTF-16 units.
        Assert.Equal(HttpStatusCode.Created, (await ErrorsFor("comment", new string('好', 490) + string.Concat(Enumerable.Repeat("😡", 10)))).Status);
        Assert.Equal(HttpStatusCode.Created, (await ErrorsFor("comment", string.Concat(Enumerable.Repeat("𠀀", 500)))).Status);
        var (status, errors) = await ErrorsFor("comment", new string('好', 500) + "👍");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("现有 501 字", Assert.Single(errors["comment"]));
    }

    [Fact]
    public async Task Line_breaks_count_as_one_character_as_the_form_counts_them()
    {
        var comment = string.Concat(Enumerable.Repeat("好\r\n", 250)); // 500 by the browser's count, 750 UTF-16 units as posted
        Assert.Equal(HttpStatusCode.Created, (await ErrorsFor("comment", comment)).Status);
    }

    [Theory]
    [InlineData("13800138000")]
    [InlineData("+86 138 0013 8000")]
    [InlineData("0795-1234567")]
    [InlineData("(0795) 3210000")]
    [InlineData("010-12345678")]
    [InlineData("400-123-4567")]
    [InlineData("zhang.san@example.com")]
    [InlineData("")]
    [InlineData(null)]
    public async Task Contact_may_be_left_out_or_be_a_phone_number_or_email(string? contact) =>
        Assert.Equal(HttpStatusCode.Created, (await ErrorsFor("contact", contact)).Status);

    [Theory]
    [InlineData("12345")]
    [InlineData("23800138000")]
    [InlineData("1380013800")]
    [InlineData("zhang@")]
    [InlineData("王先生")]
    [InlineData("微信 wx123456")]
    public async Task An_invalid_contact_is_refused_naming_the_field(string contact)
    {
        var (status, errors) = await ErrorsFor("contact", contact);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("联系方式", Assert.Single(errors["contact"]));
    }

    [Fact]
    public async Task An_unknown_certificate_is_refused_on_the_certificate_field()
    {
        var (status, errors) = await ErrorsFor("certificate", "99999999999");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("查无此执法证号", Assert.Single(errors["certificate"]));
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAA")]
    [InlineData("")]
    public async Task A_bad_token_is_refused_on_the_token_field(string token)
    {
        var (status, errors) = await ErrorsFor("token", token);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("二维码", Assert.Single(errors["token"]));
    }

    [Fact]
    public async Task Another_officers_token_does_not_open_this_officer()
    {
        var (status, errors) = await ErrorsFor("token", TestApi.TokenFor(TestApi.OtherBody.Certificate));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(errors.ContainsKey("token"));
    }

    [Fact]
    public async Task A_token_made_with_another_key_is_refused_so_rotating_the_key_retires_old_cards()
    {
        var oldKey = Enumerable.Repeat((byte)7, 32).ToArray();
        var (status, errors) = await ErrorsFor("token", Enforcement.Cards.CardToken.For(TestApi.Active.Certificate, 1, oldKey));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(errors.ContainsKey("token"));
    }

    [Theory]
    [InlineData("36090000002", "暂停执法")]
    [InlineData("36090000003", "吊销")]
    [InlineData("36090000004", "有效期")]
    public async Task A_suspended_revoked_or_expired_officer_cannot_be_rated_even_with_a_real_card(string certificate, string reason)
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var rating = TestApi.ValidRating();
        rating["certificate"] = certificate;
        rating["token"] = TestApi.TokenFor(certificate);
        var response = await TestApi.PostJson(app.Client(), rating);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Json(response)).GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
        Assert.Contains(reason, Assert.Single(errors["certificate"]));
        Assert.Equal(0, await app.CountAsync("SELECT COUNT(*) FROM ratings"));
    }

    [Fact]
    public async Task All_errors_come_at_once_each_under_its_field_in_Chinese()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var response = await TestApi.PostJson(app.Client(), new Dictionary<string, object?>
        {
            ["certificate"] = TestApi.Active.Certificate, ["token"] = "x", ["visitDate"] = "2030-01-01", ["rating"] = 9,
            ["checks"] = new[] { "?" }, ["problems"] = new[] { "?" }, ["comment"] = new string('a', 600), ["contact"] = "nope",
        });
        var problem = await Json(response);
        var errors = problem.GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
        Assert.Equal(["checks", "comment", "contact", "problems", "rating", "token", "visitDate"], errors.Keys.Order());
        Assert.All(errors.Values.SelectMany(m => m), m => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", m));
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", problem.GetProperty("title").GetString()!);
    }

    [Fact]
    public async Task A_body_that_is_neither_json_nor_a_form_is_refused_in_Chinese()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var plain = await app.Client().PostAsync("/api/feedback", new StringContent("rating=5", System.Text.Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, plain.StatusCode);
        var broken = await app.Client().PostAsync("/api/feedback", new StringContent("{\"rating\":", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("JSON", (await Json(broken)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Duplicated_or_reordered_choices_are_stored_once_in_the_forms_order()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var rating = TestApi.ValidRating();
        rating["checks"] = new[] { "未索取财物", "主动出示执法证件", "未索取财物" };
        var reference = (await Json(await TestApi.PostJson(app.Client(), rating))).GetProperty("reference").GetString();
        await using var db = await app.OpenDatabaseAsync();
        await using var command = db.Command("SELECT checks FROM ratings WHERE reference = @r", null, ("@r", reference));
        Assert.Equal("[\"主动出示执法证件\",\"未索取财物\"]", (string)(await command.ExecuteScalarAsync())!);
    }
}
