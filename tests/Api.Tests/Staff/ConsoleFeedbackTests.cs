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
    private static async Task<string> Rate(TestApi app, RegistryOfficer officer, int rating, string address)
    {
        var body = TestApi.ValidRating(officer);
        (body["rating"], body["contact"]) = (rating, "13800138000");
        var response = await TestApi.PostJson(app.Client(address), body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
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
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/staff/feedback/{theirs}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.GetAsync("/staff/feedback?body=yuanzhou-amr")).StatusCode);
        var page = await Html.ReadAsync(await staff.GetAsync($"/staff/feedback/{ours}"));
        Assert.DoesNotContain("13800138000", page.Body!.TextContent);
        var csv = Encoding.UTF8.GetString(await staff.GetByteArrayAsync("/staff/feedback/export.csv"));
        Assert.Contains(ours, csv);
        Assert.DoesNotContain(theirs, csv);
        Assert.DoesNotContain("13800138000", csv);

        var office = await app.SignedInAsync("jdk", "*");
        Assert.Equal(2, (await Html.ReadAsync(await office.GetAsync("/staff/feedback"))).QuerySelectorAll("table.ratings tbody tr").Length);
        Assert.Contains("13800138000", Encoding.UTF8.GetString(await office.GetByteArrayAsync("/staff/feedback/export.csv")));
        Assert.Contains("13800138000", (await Html.ReadAsync(await office.GetAsync($"/staff/feedback/{theirs}"))).Body!.TextContent);
    }

    [Fact]
    public async Task A_follow_up_is_recorded_with_the_persons_name_and_the_rating_shows_as_followed_up()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var reference = await Rate(app, TestApi.Active, 1, "198.51.100.1");
        var staff = await app.SignedInAsync("zhangjing", "yichun-amr");
        var token = await TestApi.FormTokenAsync(staff, $"/staff/feedback/{reference}");

        var empty = await staff.PostAsync($"/staff/feedback/{reference}/follow-ups", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [StaffConsole.FormToken] = token, ["note"] = "  ",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("请填写跟进情况", (await Html.ReadAsync(empty)).QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.PostAsync($"/staff/feedback/{reference}/follow-ups",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["note"] = "没有令牌" }))).StatusCode);

        var noted = await staff.PostAsync($"/staff/feedback/{reference}/follow-ups", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [StaffConsole.FormToken] = token, ["note"] = "已电话回访，当事人对处理结果表示理解。",
        }));
        Assert.Equal(HttpStatusCode.Redirect, noted.StatusCode);
        var page = await Html.ReadAsync(await staff.GetAsync(noted.Headers.Location!.OriginalString));
        Assert.Contains("跟进情况已记录", page.QuerySelector("[role=status]")!.TextContent);
        Assert.Contains("zhangjing：跟进。已电话回访", page.QuerySelector("ol.history")!.TextContent);
        Assert.Contains("已跟进", (await Html.ReadAsync(await staff.GetAsync("/staff/feedback"))).QuerySelector("table.ratings tbody")!.TextContent);
    }
}
