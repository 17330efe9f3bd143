using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Enforcement.Registry;

namespace Enforcement.Api.Tests.Feedback;

public class FeedbackStaffTests
{
    private const string Formula = "=HYPERLINK(\"http://evil.example\",\"点我\")";

    /// <summary>Five ratings: three for 李明 (yichun-amr) in February and March, two for 刘洋 (yuanzhou-amr) in March.</summary>
    private static async Task<List<string>> SeedAsync(TestApi app)
    {
        (RegistryOfficer Officer, string Visit, int Rating, string[] Problems, string? Comment, string? Contact)[] ratings =
        [
            (TestApi.Active, "2026-02-10", 5, [], "很好", "13800138000"),
            // Typed with a Chinese input method's full-width digits and a blank, as a phone's keyboard leaves it.
            (TestApi.Active, "2026-02-20", 2, ["乱罚款"], Formula, "０７９５ ７６５４３２１"),
            (TestApi.Active, "2026-03-05", 4, [], null, null),
            (TestApi.OtherBody, "2026-03-01", 1, ["态度粗暴", "其他"], "-10 元", "li.si@example.com"),
            (TestApi.OtherBody, "2026-03-02", 3, [], "@所有人", null),
        ];
        var references = new List<string>();
        for (var i = 0; i < ratings.Length; i++)
        {
            var (officer, visit, rating, problems, comment, contact) = ratings[i];
            var body = TestApi.ValidRating(officer);
            (body["visitDate"], body["rating"], body["problems"], body["comment"], body["contact"]) = (visit, rating, problems, comment, contact);
            var response = await TestApi.PostJson(app.Client($"198.51.100.{100 + i}"), body);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            references.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!);
        }
        return references;
    }

    private static async Task<JsonElement> GetJson(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static List<string> References(JsonElement list) =>
        list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("reference").GetString()!).ToList();

    [Fact]
    public async Task Without_a_valid_key_staff_endpoints_answer_401()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        foreach (var url in new[] { "/api/admin/feedback", "/api/admin/feedback/export.csv", "/api/admin/feedback/satisfaction", "/api/admin/feedback/PJ-2026-000001" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client().GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await app.StaffClient("wrong-key").GetAsync(url)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await app.Client().PostAsJsonAsync("/api/admin/feedback/PJ-2026-000001/follow-ups", new { note = "x" })).StatusCode);
    }

    [Fact]
    public async Task The_supervision_office_lists_every_rating_newest_first_with_contacts()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var refs = await SeedAsync(app);
        var list = await GetJson(app.StaffClient(TestApi.SupervisionKey), "/api/admin/feedback");
        Assert.Equal(5, list.GetProperty("total").GetInt32());
        Assert.Equal(refs.AsEnumerable().Reverse(), References(list));
        var first = list.GetProperty("items")[4];
        Assert.Equal("13800138000", first.GetProperty("contact").GetString());
        Assert.Equal("非常满意", first.GetProperty("level").GetString());
        Assert.Equal("宜春市市场监督管理局", first.GetProperty("bodyName").GetString());
    }

    [Theory]
    [InlineData("body=yuanzhou-amr", new[] { 4, 3 })]
    [InlineData("officer=36090012345", new[] { 2, 1, 0 })]
    [InlineData("officer=3609%200012%20345", new[] { 2, 1, 0 })]
    [InlineData("officer=%EF%BC%93%EF%BC%96%EF%BC%90%EF%BC%99%EF%BC%90%EF%BC%90%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95", new[] { 2, 1, 0 })]
    [InlineData("from=2026-02-15&to=2026-03-01", new[] { 3, 1 })]
    [InlineData("rating=5", new[] { 0 })]
    [InlineData("maxRating=2", new[] { 3, 1 })]
    [InlineData("problems=true", new[] { 3, 1 })]
    [InlineData("problems=false&body=yichun-amr", new[] { 2, 0 })]
    [InlineData("followedUp=false", new[] { 4, 3, 2, 1, 0 })]
    [InlineData("size=2&page=2", new[] { 2, 1 })]
    public async Task Staff_filter_by_body_officer_dates_rating_problems_and_follow_up(string query, int[] expected)
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var refs = await SeedAsync(app);
        var list = await GetJson(app.StaffClient(TestApi.SupervisionKey), "/api/admin/feedback?" + query);
        Assert.Equal(expected.Select(i => refs[i]), References(list));
    }

    [Theory]
    [InlineData("from=15.2.2026")]
    [InlineData("rating=7")]
    [InlineData("problems=maybe")]
    [InlineData("size=100000")]
    public async Task A_bad_filter_is_400_naming_the_parameter(string query)
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var response = await app.StaffClient(TestApi.SupervisionKey).GetAsync("/api/admin/feedback?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(query.Split('=')[0], out _));
    }

    [Fact]
    public async Task A_bodys_key_sees_only_its_own_ratings_and_never_a_contact()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var refs = await SeedAsync(app);
        var staff = app.StaffClient(TestApi.YichunKey);

        var list = await GetJson(staff, "/api/admin/feedback");
        Assert.Equal([refs[2], refs[1], refs[0]], References(list));
        Assert.All(list.GetProperty("items").EnumerateArray(), i => Assert.False(i.TryGetProperty("contact", out _)));
        Assert.DoesNotContain("13800138000", list.GetRawText());

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/api/admin/feedback?body=yuanzhou-amr")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/api/admin/feedback/{refs[3]}")).StatusCode);
        var own = await GetJson(staff, $"/api/admin/feedback/{refs[1]}");
        Assert.False(own.GetProperty("rating").TryGetProperty("contact", out _));
        Assert.DoesNotContain("7654321", own.GetRawText());

        var csv = await staff.GetStringAsync("/api/admin/feedback/export.csv");
        Assert.DoesNotContain("联系方式", csv);
        Assert.DoesNotContain("13800138000", csv);
        Assert.DoesNotContain("刘洋", csv);

        var satisfaction = await GetJson(staff, "/api/admin/feedback/satisfaction");
        Assert.All(satisfaction.GetProperty("bodies").EnumerateArray(), b => Assert.Equal("yichun-amr", b.GetProperty("body").GetString()));
    }

    [Fact]
    public async Task One_rating_shows_with_its_history()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var refs = await SeedAsync(app);
        var one = await GetJson(app.StaffClient(TestApi.SupervisionKey), $"/api/admin/feedback/{refs[1]}");
        Assert.Equal(["乱罚款"], one.GetProperty("rating").GetProperty("problems").EnumerateArray().Select(p => p.GetString()));
        // The number, as the correction form keeps one: it had reached the office's console and CSV full-width and spaced.
        Assert.Equal("07957654321", one.GetProperty("rating").GetProperty("contact").GetString());
        Assert.Equal(["received", "notified"], one.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await app.StaffClient(TestApi.SupervisionKey).GetAsync("/api/admin/feedback/PJ-2026-999999")).StatusCode);
    }

    [Fact]
    public async Task A_follow_up_is_appended_to_the_history_with_who_and_when_and_marks_the_rating_followed_up()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var refs = await SeedAsync(app);
        var staff = app.StaffClient(TestApi.SupervisionKey);
        app.Clock.Now = new DateTimeOffset(2026, 3, 16, 9, 30, 0, TimeSpan.FromHours(8));

        var first = await staff.PostAsJsonAsync($"/api/admin/feedback/{refs[1]}/follow-ups", new { note = "已电话回访商户，情况属实，已责令整改。" });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var form = await staff.PostAsync($"/api/admin/feedback/{refs[1]}/follow-ups",
            new FormUrlEncodedContent([new("note", "整改完成，结案。")]));
        Assert.Equal(HttpStatusCode.Created, form.StatusCode);

        var one = await GetJson(staff, $"/api/admin/feedback/{refs[1]}");
        var followUps = one.GetProperty("history").EnumerateArray().Where(h => h.GetProperty("action").GetString() == "follow-up").ToList();
        Assert.Equal(["已电话回访商户，情况属实，已责令整改。", "整改完成，结案。"], followUps.Select(h => h.GetProperty("note").GetString()));
        Assert.All(followUps, h => Assert.Equal("监督科张三", h.GetProperty("actor").GetString()));
        Assert.Equal(new DateTimeOffset(2026, 3, 16, 1, 30, 0, TimeSpan.Zero), followUps[0].GetProperty("at").GetDateTimeOffset());
        Assert.True(one.GetProperty("rating").GetProperty("followedUp").GetBoolean());

        Assert.Equal([refs[1]], References(await GetJson(staff, "/api/admin/feedback?followedUp=true")));
        Assert.DoesNotContain(refs[1], References(await GetJson(staff, "/api/admin/feedback?followedUp=false")));
    }

    [Fact]
    public async Task A_follow_up_needs_a_note_and_a_key_for_the_ratings_body()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var refs = await SeedAsync(app);
        var empty = await app.StaffClient(TestApi.SupervisionKey).PostAsJsonAsync($"/api/admin/feedback/{refs[0]}/follow-ups", new { note = " " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.True((await empty.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("note", out _));

        var body = app.StaffClient(TestApi.YichunKey);
        Assert.Equal(HttpStatusCode.NotFound, (await body.PostAsJsonAsync($"/api/admin/feedback/{refs[3]}/follow-ups", new { note = "x" })).StatusCode);
        var own = await body.PostAsJsonAsync($"/api/admin/feedback/{refs[0]}/follow-ups", new { note = "已核实" });
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        var noted = await own.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("市局法制科", noted.GetProperty("actor").GetString());
        // Ratings go to the supervision office: the rated officer's own body writes a note, which does not follow the rating up.
        Assert.Equal("body-note", noted.GetProperty("action").GetString());
        var listed = await app.StaffClient(TestApi.SupervisionKey).GetFromJsonAsync<JsonElement>($"/api/admin/feedback/{refs[0]}");
        Assert.False(listed.GetProperty("rating").GetProperty("followedUp").GetBoolean());
        Assert.True(listed.GetProperty("rating").GetProperty("bodyNoted").GetBoolean());

        var office = await app.StaffClient(TestApi.SupervisionKey).PostAsJsonAsync($"/api/admin/feedback/{refs[0]}/follow-ups", new { note = "已回访商户" });
        Assert.Equal("follow-up", (await office.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("action").GetString());
        Assert.True((await app.StaffClient(TestApi.SupervisionKey).GetFromJsonAsync<JsonElement>($"/api/admin/feedback/{refs[0]}"))
            .GetProperty("rating").GetProperty("followedUp").GetBoolean());
        Assert.Equal(1, await app.CountAsync("SELECT COUNT(*) FROM rating_history WHERE action = 'follow-up'"));
    }

    [Fact]
    public async Task The_CSV_export_opens_in_Excel_with_a_BOM_quoted_cells_and_no_live_formulas()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var refs = await SeedAsync(app);
        var response = await app.StaffClient(TestApi.SupervisionKey).GetAsync("/api/admin/feedback/export.csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("feedback-20260315.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.EndsWith("\r\n", text);

        var rows = ParseCsv(text);
        Assert.Equal(6, rows.Count);
        Assert.Equal(["评价编号", "收到时间", "检查日期", "执法人员", "执法证号", "执法主体", "单位", "评分", "满意程度", "做到的事项", "反映的问题", "补充说明", "已跟进", "本单位已说明", "联系方式"], rows[0]);
        Assert.All(rows, r => Assert.Equal(15, r.Count));
        // Newest first, as the console lists them.
        Assert.Equal(refs.AsEnumerable().Reverse(), rows.Skip(1).Select(r => r[0]));
        var byRef = rows.Skip(1).ToDictionary(r => r[0]);
        Assert.Equal("'" + Formula, byRef[refs[1]][11]);
        Assert.Equal("'-10 元", byRef[refs[3]][11]);
        Assert.Equal("'@所有人", byRef[refs[4]][11]);
        Assert.Equal("0795-7654321", byRef[refs[1]][14]);
        Assert.Equal("乱罚款", byRef[refs[1]][10]);
        Assert.Equal(("2026-02-20", "李明", "36090012345", "宜春市市场监督管理局", "2", "不满意"),
            (byRef[refs[1]][2], byRef[refs[1]][3], byRef[refs[1]][4], byRef[refs[1]][5], byRef[refs[1]][7], byRef[refs[1]][8]));
        Assert.All(rows.Skip(1).SelectMany(r => r), cell => Assert.DoesNotMatch("^[=+@-]", cell));
    }

    [Fact]
    public async Task Monthly_satisfaction_per_body_and_per_officer()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        await SeedAsync(app);
        var stats = await GetJson(app.StaffClient(TestApi.SupervisionKey), "/api/admin/feedback/satisfaction");

        var bodies = stats.GetProperty("bodies").EnumerateArray().Select(b => (
            b.GetProperty("month").GetString(), b.GetProperty("body").GetString(), b.GetProperty("count").GetInt32(),
            b.GetProperty("average").GetDouble(), b.GetProperty("satisfiedShare").GetDouble(), b.GetProperty("withProblems").GetInt32())).ToList();
        Assert.Equal([
            ("2026-02", "yichun-amr", 2, 3.5, 0.5, 1),
            ("2026-03", "yichun-amr", 1, 4.0, 1.0, 0),
            ("2026-03", "yuanzhou-amr", 2, 2.0, 0.0, 1)], bodies);

        var officers = stats.GetProperty("officers").EnumerateArray().Select(o => (
            o.GetProperty("month").GetString(), o.GetProperty("certificate").GetString(), o.GetProperty("name").GetString(),
            o.GetProperty("count").GetInt32(), o.GetProperty("poor").GetInt32())).ToList();
        Assert.Equal([
            ("2026-02", "36090012345", "李明", 2, 1),
            ("2026-03", "36090012345", "李明", 1, 0),
            ("2026-03", "36090000005", "刘洋", 2, 1)], officers);

        var march = await GetJson(app.StaffClient(TestApi.SupervisionKey), "/api/admin/feedback/satisfaction?from=2026-03-01&body=yuanzhou-amr");
        Assert.Equal(1, march.GetProperty("bodies").GetArrayLength());
    }

    [Fact]
    public async Task The_satisfaction_report_names_the_bodies_no_one_has_rated()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        await SeedAsync(app);
        static List<string?> Unrated(JsonElement stats) => [.. stats.GetProperty("unrated").EnumerateArray().Select(b => b.GetProperty("body").GetString())];

        // The supervision office: every published body the ratings leave out, by its name too, as the console lists them.
        var all = await GetJson(app.StaffClient(TestApi.SupervisionKey), "/api/admin/feedback/satisfaction");
        var unrated = Unrated(all);
        Assert.NotEmpty(unrated);
        Assert.DoesNotContain("yichun-amr", unrated);
        Assert.DoesNotContain("yuanzhou-amr", unrated);
        var first = all.GetProperty("unrated")[0];
        Assert.NotEqual(first.GetProperty("body").GetString(), first.GetProperty("bodyName").GetString());

        // A body's own key: its body only, and only when nothing in the range was rated.
        Assert.Empty(Unrated(await GetJson(app.StaffClient(TestApi.YichunKey), "/api/admin/feedback/satisfaction")));
        Assert.Equal(["yichun-amr"], Unrated(await GetJson(app.StaffClient(TestApi.YichunKey), "/api/admin/feedback/satisfaction?from=2026-04-01")));
    }

    /// <summary>RFC 4180, enough to read back what Excel would.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(cell.ToString()); cell.Clear(); rows.Add(row); row = []; i++;
            }
            else cell.Append(c);
        }
        return rows;
    }
}
