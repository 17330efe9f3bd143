using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enforcement.Api.Infrastructure.Data;
using Enforcement.Api.Staff;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests.Staff;

/// <summary>
/// The console's lists past their last page, its form errors tied to their fields, its words about bodies, and required
/// fields of invisible characters (QA audit 20).
/// </summary>
public class ConsoleListsAndFieldsTests
{
    private static async Task<string> Rate(TestApi app, string address)
    {
        var response = await TestApi.PostJson(app.Client(address), TestApi.ValidRating());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
    }

    [Fact]
    public async Task The_ratings_list_says_how_many_pages_and_a_page_past_the_last_says_there_is_none()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        for (var i = 0; i < 3; i++) await Rate(app, $"198.51.100.{i + 1}");
        var staff = await app.SignedInAsync("zhangjing", "yichun-amr");

        var first = await Html.ReadAsync(await staff.GetAsync("/staff/feedback?size=2"));
        Assert.Contains("第 1 页，共 2 页", first.QuerySelector("nav.pages")!.TextContent);
        var past = await Html.ReadAsync(await staff.GetAsync("/staff/feedback?size=2&page=4"));
        var status = past.QuerySelector("[role=status]")!;
        Assert.Contains("没有第 4 页", status.TextContent);
        Assert.Contains("page=2", status.QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(past.QuerySelector("a[rel=prev]"));
        Assert.Null(past.QuerySelector("table.ratings"));
    }

    [Fact]
    public async Task The_correction_queue_is_paged_as_the_ratings_list_is()
    {
        await using var app = new TestApi();
        await app.SubmitConfirmedAsync();
        var staff = await app.SignedInAsync("zhangjing", "yichun-amr");
        var one = await Html.ReadAsync(await staff.GetAsync("/staff/corrections"));
        Assert.Contains("共 1 件", one.QuerySelector("[role=status]")!.TextContent);
        Assert.Null(one.QuerySelector("nav.pages")); // one page needs no paging
        var past = await Html.ReadAsync(await staff.GetAsync("/staff/corrections?page=2"));
        Assert.Contains("没有第 2 页", past.QuerySelector("[role=status]")!.TextContent);
        Assert.Contains("page=1", past.QuerySelector("[role=status] a")!.GetAttribute("href"));
        Assert.Null(past.QuerySelector("table.queue"));
    }

    [Fact]
    public async Task A_reason_left_empty_is_said_beside_its_box_and_the_summary_links_to_it()
    {
        await using var app = new TestApi();
        var ticket = await app.SubmitConfirmedAsync();
        var staff = await app.SignedInAsync("zhangjing", "yichun-amr");
        var token = await TestApi.FormTokenAsync(staff, $"/staff/corrections/{ticket}");
        var refused = await Html.ReadAsync(await staff.PostAsync($"/staff/corrections/{ticket}/move", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [StaffConsole.FormToken] = token, ["status"] = "refused", ["reply"] = "经核实，公示内容与原件一致。", ["reason"] = "\u200B ",
        })));
        var reason = refused.QuerySelector("#reason")!;
        Assert.Equal("true", reason.GetAttribute("aria-invalid"));
        Assert.Equal("reason-error", reason.GetAttribute("aria-describedby"));
        Assert.Contains("必须填写理由", refused.QuerySelector("#reason-error")!.TextContent);
        Assert.NotNull(refused.QuerySelector("[role=alert] a[href='#reason']"));
        Assert.Null(refused.QuerySelector("#reply")!.GetAttribute("aria-invalid"));

        // A reply of only a zero-width space is no reply.
        var blank = await staff.PostAsync($"/staff/corrections/{ticket}/move", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [StaffConsole.FormToken] = token, ["status"] = "verifying", ["reply"] = "\u200B\uFEFF",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Equal("true", (await Html.ReadAsync(blank)).QuerySelector("#reply")!.GetAttribute("aria-invalid"));
    }

    [Theory]
    [InlineData("/staff/corrections?from=2026-03-05&to=2026-03-01")]
    [InlineData("/staff/feedback?from=2026-03-05&to=2026-03-01")]
    public async Task A_from_date_after_the_to_date_is_said_beside_the_from_box(string url)
    {
        await using var app = new TestApi(now: TestApi.RatingNow);
        var staff = await app.SignedInAsync("zhangjing", "yichun-amr");
        var page = await Html.ReadAsync(await staff.GetAsync(url));
        var from = page.QuerySelector("#from")!;
        Assert.Equal("true", from.GetAttribute("aria-invalid"));
        Assert.Equal("from-error", from.GetAttribute("aria-describedby"));
        Assert.Contains("晚于", page.QuerySelector("#from-error")!.TextContent);
        Assert.NotNull(page.QuerySelector(".error-summary[role=alert] a[href='#from']"));
        // Each label stays with its control on a phone: kept together in the queue's row of filters, a pair of cells in the
        // ratings list's grid (a span around the pair made it one cell, and the field ran past a phone's screen).
        Assert.NotNull(page.QuerySelector(url.StartsWith("/staff/corrections", StringComparison.Ordinal)
            ? ".unbroken > label[for=from] + input#from" : ".rating-filters > p > label[for=from] + input#from"));
    }

    [Fact]
    public async Task Another_bodys_ratings_and_an_unknown_body_are_refused_in_words_with_the_bodies_names()
    {
        await using var app = new TestApi(now: TestApi.RatingNow);
        var data = app.Services.GetRequiredService<PortalData>();
        var (ours, theirs) = (data.Body("yichun-amr")!.Name, data.Body("yuanzhou-amr")!.Name);
        var body = await app.SignedInAsync("zhangjing", "yichun-amr");
        var refused = await body.GetAsync("/staff/feedback?body=yuanzhou-amr");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var said = (await Html.ReadAsync(refused)).QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains($"只能查看{ours}的评价，不能查看{theirs}的", said);
        Assert.DoesNotContain("密钥", said);
        Assert.DoesNotContain("yichun-amr", said);
        Assert.Contains($"只能查看{ours}的更正申请", (await Html.ReadAsync(await body.GetAsync("/staff/corrections?body=yuanzhou-amr"))).QuerySelector("[role=alert]")!.TextContent);

        var office = await app.SignedInAsync("jdk", "*");
        foreach (var list in new[] { "/staff/feedback", "/staff/corrections" })
        {
            var unknown = await office.GetAsync($"{list}?body=nowhere");
            Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
            var page = await Html.ReadAsync(unknown);
            Assert.Contains("没有名为“nowhere”的执法主体", page.QuerySelector("[role=alert]")!.TextContent);
            Assert.Null(page.QuerySelector("[role=status]")); // no 共 0 条
        }
    }

    [Fact]
    public async Task A_follow_up_note_of_only_a_zero_width_space_is_no_note()
    {
        await using var app = new TestApi(now: TestApi.RatingNow);
        var reference = await Rate(app, "198.51.100.1");
        var office = await app.SignedInAsync("jdk", "*");
        var token = await TestApi.FormTokenAsync(office, $"/staff/feedback/{reference}");
        var blank = await office.PostAsync($"/staff/feedback/{reference}/follow-ups", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [StaffConsole.FormToken] = token, ["note"] = "\u200B",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Contains("请填写跟进情况", (await Html.ReadAsync(blank)).QuerySelector("[role=alert]")!.TextContent);
        var page = await Html.ReadAsync(await office.GetAsync("/staff/feedback"));
        Assert.Contains("未跟进", page.QuerySelector("table.ratings tbody")!.TextContent);
    }
}
