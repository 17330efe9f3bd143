using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Enforcement.Api.Staff;
using Enforcement.Registry;

namespace Enforcement.Api.Tests.Staff;

/// <summary>Ratings in the console: the list, a rating's page, a follow-up, the export; each body sees its own.</summary>
public class ConsoleFeedbackTests
{
    private static async Task<string> Rate(TestApi app, RegistryOfficer officer, int rating, string address, string? comment = null)
    {
        var body = TestApi.ValidRating(officer);
        (body["rating"], body["contact"]) = (rating, "13800138000");
        if (comment is not null) body["comment"] = comment;
        var response = await TestApi.PostJson(app.Client(address), body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
    }

    [Fact]
    public async Task A_rating_with_nothing_ticked_says_so_as_its_problems_do()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var body = TestApi.ValidRating();
        body["checks"] = Array.Empty<string>();
        var response = await TestApi.PostJson(app.Client(), body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var reference = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
        var page = await Html.ReadAsync(await (await app.SignedInAsync("zhangjing", "yichun-amr")).GetAsync($"/staff/feedback/{reference}"));
        string Given(string term) => page.QuerySelectorAll("dt").Single(dt => dt.TextContent == term).NextElementSibling!.TextContent;
        // It was blank beside 反映的问题's 无.
        // Stars alone tick nothing: 无 read as if the officer had failed every conduct check.
        Assert.Equal("评价人未勾选", Given("做到的"));
        Assert.Equal("无", Given("反映的问题"));
    }

    [Fact]
    public async Task A_bodys_staff_list_and_export_their_own_ratings_without_contacts()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var ours = await Rate(app, TestApi.Active, 2, "198.51.100.1");
        var theirs = await Rate(app, TestApi.OtherBody, 5, "198.51.100.2");

        var staff = await app.SignedInAsync("zhangjing", "yichun-amr");
        var list = await Html.ReadAsync(await staff.GetAsync("/staff/feedback"));
        Assert.Equal([ours], list.QuerySelectorAll("table.ratings tbody th a").Select(a => a.TextContent));
        // When it came in, in China time, beside the day of the visit.
        var received = list.QuerySelectorAll("table.ratings thead th").Select(th => th.TextContent).ToList().IndexOf("收到时间");
        Assert.Equal("2026-03-15 10:00", list.QuerySelectorAll("table.ratings tbody tr")[0].Children[received].TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/staff/feedback/{theirs}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.GetAsync("/staff/feedback?body=yuanzhou-amr")).StatusCode);
        var page = await Html.ReadAsync(await staff.GetAsync($"/staff/feedback/{ours}"));
        Assert.DoesNotContain("13800138000", page.Body!.TextContent);
        var csv = Encoding.UTF8.GetString(await staff.GetByteArrayAsync("/staff/feedback/export.csv"));
        Assert.Contains(ours, csv);
        Assert.DoesNotContain(theirs, csv);
        Assert.DoesNotContain("13800138000", csv);

        var office = await app.SignedInAsync("jdk", "*");
        var officeList = await Html.ReadAsync(await office.GetAsync("/staff/feedback"));
        Assert.Equal(2, officeList.QuerySelectorAll("table.ratings tbody tr").Length);
        // The office narrows the list to one body from a menu (a body's own staff have none).
        Assert.Null(list.QuerySelector("select#body"));
        Assert.Contains(officeList.QuerySelectorAll("select#body option"), o => o.GetAttribute("value") == "yuanzhou-amr");
        var narrowed = await Html.ReadAsync(await office.GetAsync("/staff/feedback?body=yuanzhou-amr"));
        Assert.Equal([theirs], narrowed.QuerySelectorAll("table.ratings tbody th a").Select(a => a.TextContent));
        Assert.Equal("yuanzhou-amr", narrowed.QuerySelector("select#body option[selected]")!.GetAttribute("value"));
        Assert.Contains("13800138000", Encoding.UTF8.GetString(await office.GetByteArrayAsync("/staff/feedback/export.csv")));
        Assert.Contains("13800138000", (await Html.ReadAsync(await office.GetAsync($"/staff/feedback/{theirs}"))).Body!.TextContent);
    }

    [Fact]
    public async Task A_phone_or_ID_written_into_a_comment_is_kept_from_the_officers_body_as_the_contact_is()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var reference = await Rate(app, TestApi.Active, 2, "198.51.100.1", "态度差。我的身份证 360902199001011234，有事打我电话 139 0795 1234");
        const string Masked = "态度差。我的身份证 【身份证号已隐去】，有事打我电话 【电话已隐去】";

        var staff = await app.SignedInAsync("zhangjing", "yichun-amr");
        var page = await Html.ReadAsync(await staff.GetAsync($"/staff/feedback/{reference}"));
        Assert.Equal(Masked, page.QuerySelector("dd.comment")!.TextContent);
        var csv = Encoding.UTF8.GetString(await staff.GetByteArrayAsync("/staff/feedback/export.csv"));
        Assert.Contains(Masked, csv);
        Assert.DoesNotContain("360902199001011234", csv);
        Assert.DoesNotContain("139 0795 1234", csv);

        // The supervision office, which sees the contact, reads the comment as written.
        var office = await app.SignedInAsync("jdk", "*");
        Assert.Contains("139 0795 1234", (await Html.ReadAsync(await office.GetAsync($"/staff/feedback/{reference}"))).QuerySelector("dd.comment")!.TextContent);
        Assert.Contains("360902199001011234", Encoding.UTF8.GetString(await office.GetByteArrayAsync("/staff/feedback/export.csv")));
    }

    [Fact]
    public async Task The_filter_in_force_is_shown_in_the_form_and_kept_from_page_to_page()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        for (var i = 0; i < 3; i++) await Rate(app, TestApi.Active, 2, $"198.51.100.{i + 1}");
        await Rate(app, TestApi.Active, 5, "198.51.100.9");
        var staff = await app.SignedInAsync("zhangjing", "yichun-amr");

        var first = await Html.ReadAsync(await staff.GetAsync($"/staff/feedback?officer={TestApi.Active.Certificate}&from=2026-03-01&maxRating=2&followedUp=false&size=2"));
        Assert.Equal(TestApi.Active.Certificate, first.QuerySelector("#officer")!.GetAttribute("value"));
        Assert.Equal("2026-03-01", first.QuerySelector("#from")!.GetAttribute("value"));
        Assert.Equal("2", first.QuerySelector("#maxRating option[selected]")!.GetAttribute("value"));
        Assert.True(first.QuerySelector("input[name=followedUp]")!.HasAttribute("checked"));
        Assert.False(first.QuerySelector("input[name=problems]")!.HasAttribute("checked"));
        Assert.Contains("共 3 条评价", first.QuerySelector("[role=status]")!.TextContent);
        Assert.Null(first.QuerySelector("a[rel=prev]"));

        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var second = await Html.ReadAsync(await staff.GetAsync(next));
        Assert.Contains("maxRating=2", next);
        Assert.Single(second.QuerySelectorAll("table.ratings tbody tr")); // the third poor rating, not the good one
        Assert.Contains("不满意", second.QuerySelector("table.ratings tbody")!.TextContent);
        Assert.Null(second.QuerySelector("a[rel=next]"));
        Assert.Contains("page=1", second.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_date_typed_without_a_date_picker_filters_and_a_wrong_one_is_named_as_the_form_labels_it()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        await Rate(app, TestApi.Active, 2, "198.51.100.1");
        var staff = await app.SignedInAsync("zhangjing", "yichun-amr");

        var typed = await Html.ReadAsync(await staff.GetAsync("/staff/feedback?from=" + Uri.EscapeDataString("2026/3/1")));
        Assert.Contains("共 1 条评价", typed.QuerySelector("[role=status]")!.TextContent);
        // The date box shows the filter in force, as the picker writes it (2026/3/1 in a date box shows as empty).
        Assert.Equal("2026-03-01", typed.QuerySelector("input#from")!.GetAttribute("value"));

        var wrong = await Html.ReadAsync(await staff.GetAsync("/staff/feedback?from=" + Uri.EscapeDataString("三月一日")));
        var alert = wrong.QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains("检查日期（从）应为日期", alert);
        Assert.DoesNotContain("参数", alert);
        // No count under the mistake: 共 0 条 would read as the answer.
        Assert.Null(wrong.QuerySelector("[role=status]"));

        var backwards = await Html.ReadAsync(await staff.GetAsync("/staff/feedback?from=2026-03-10&to=2026-03-01"));
        Assert.Contains("晚于检查日期（至）", backwards.QuerySelector("[role=alert]")!.TextContent);
    }

    [Fact]
    public async Task Staff_find_an_officers_ratings_by_name_as_well_as_by_certificate()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        await Rate(app, TestApi.Active, 2, "198.51.100.1");
        await Rate(app, TestApi.Active, 4, "198.51.100.2");
        var staff = await app.SignedInAsync("jdk", "*");
        await Rate(app, TestApi.OtherBody, 3, "198.51.100.3");

        foreach (var typed in new[] { TestApi.Active.Name, " 李 明 ", TestApi.Active.Certificate })
        {
            var page = await Html.ReadAsync(await staff.GetAsync("/staff/feedback?officer=" + Uri.EscapeDataString(typed)));
            Assert.Contains("共 2 条评价", page.QuerySelector("[role=status]")!.TextContent);
            Assert.Equal(typed, page.QuerySelector("#officer")!.GetAttribute("value"));
        }
        Assert.Contains("共 0 条评价", (await Html.ReadAsync(await staff.GetAsync("/staff/feedback?officer=" + Uri.EscapeDataString("王五")))).QuerySelector("[role=status]")!.TextContent);
    }

    [Fact]
    public async Task The_officers_body_explains_and_only_the_supervision_office_follows_a_rating_up()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var reference = await Rate(app, TestApi.Active, 1, "198.51.100.1");
        var staff = await app.SignedInAsync("zhangjing", "yichun-amr");
        var token = await TestApi.FormTokenAsync(staff, $"/staff/feedback/{reference}");
        // The rated officer's own body is offered a note, not the follow-up.
        var form = await Html.ReadAsync(await staff.GetAsync($"/staff/feedback/{reference}"));
        Assert.Equal("提交说明", form.QuerySelector("form.follow-up button")!.TextContent);

        var empty = await staff.PostAsync($"/staff/feedback/{reference}/follow-ups", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [StaffConsole.FormToken] = token, ["note"] = "  ",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var refusal = await Html.ReadAsync(empty);
        Assert.Contains("请填写说明", refusal.QuerySelector("[role=alert]")!.TextContent);
        // Back to the refusal, or Reload, opens the rating's page: the note is not posted again.
        Assert.Equal($"/staff/feedback/{reference}", refusal.QuerySelector("script[src='/assets/forget-post.js']")?.GetAttribute("data-address"));
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.PostAsync($"/staff/feedback/{reference}/follow-ups",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["note"] = "没有令牌" }))).StatusCode);

        var noted = await staff.PostAsync($"/staff/feedback/{reference}/follow-ups", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [StaffConsole.FormToken] = token, ["note"] = "已核实执法记录仪视频，执法过程规范。",
        }));
        Assert.Equal(HttpStatusCode.SeeOther, noted.StatusCode);
        var page = await Html.ReadAsync(await staff.GetAsync(noted.Headers.Location!.OriginalString));
        Assert.Contains("说明已记录", page.QuerySelector("[role=status]")!.TextContent);
        Assert.Contains("zhangjing：本单位说明。已核实执法记录仪视频", page.QuerySelector("ol.history")!.TextContent);
        // The notice to the office is said once, not 已通知监督机构。已通知监督机构 jdk@…
        Assert.Contains("系统：已通知监督机构 jdk@example.gov.cn", page.QuerySelector("ol.history")!.TextContent);
        Assert.Contains("未跟进（本单位已说明）", (await Html.ReadAsync(await staff.GetAsync("/staff/feedback"))).QuerySelector("table.ratings tbody")!.TextContent);
        var exported = Encoding.UTF8.GetString(await staff.GetByteArrayAsync("/staff/feedback/export.csv")).Split("\r\n");
        Assert.EndsWith(",已跟进,本单位已说明", exported[0]);
        Assert.EndsWith(",否,是", Assert.Single(exported, l => l.Contains(reference)));

        // The supervision office sees the body's note and follows the rating up.
        var office = await app.SignedInAsync("jdk", "*");
        var officeToken = await TestApi.FormTokenAsync(office, $"/staff/feedback/{reference}");
        Assert.Contains("本单位说明。已核实执法记录仪视频", (await Html.ReadAsync(await office.GetAsync($"/staff/feedback/{reference}"))).QuerySelector("ol.history")!.TextContent);
        var followed = await office.PostAsync($"/staff/feedback/{reference}/follow-ups", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [StaffConsole.FormToken] = officeToken, ["note"] = "已电话回访商户，当事人对处理结果表示理解。",
        }));
        var officePage = await Html.ReadAsync(await office.GetAsync(followed.Headers.Location!.OriginalString));
        Assert.Contains("跟进情况已记录", officePage.QuerySelector("[role=status]")!.TextContent);
        Assert.Contains("jdk：跟进。已电话回访", officePage.QuerySelector("ol.history")!.TextContent);
        Assert.Contains("已跟进", (await Html.ReadAsync(await staff.GetAsync("/staff/feedback"))).QuerySelector("table.ratings tbody")!.TextContent);
        Assert.DoesNotContain("未跟进", (await Html.ReadAsync(await staff.GetAsync("/staff/feedback"))).QuerySelector("table.ratings tbody")!.TextContent);
    }
}
