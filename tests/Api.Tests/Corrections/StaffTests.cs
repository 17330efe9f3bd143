using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Data.Common;

namespace Enforcement.Api.Tests.Corrections;

public class StaffTests
{
    private static Task<HttpResponseMessage> Move(TestApi portal, string key, string ticket, object change) =>
        portal.StaffClient(key).PostAsJsonAsync($"/api/admin/corrections/{ticket}/transitions", change);

    [Fact]
    public async Task Staff_endpoints_need_a_valid_key()
    {
        await using var portal = new TestApi();
        var ticket = await portal.SubmitConfirmedAsync();
        using var none = await portal.Client().GetAsync("/api/admin/corrections");
        using var wrong = await portal.StaffClient("not-a-key").GetAsync($"/api/admin/corrections/{ticket}");
        using var move = await Move(portal, "not-a-key", ticket, new { status = "verifying", reply = "x" });
        Assert.All([none, wrong, move], r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
    }

    [Fact]
    public async Task A_key_sees_and_moves_only_its_own_bodys_requests()
    {
        await using var portal = new TestApi();
        var ours = await portal.SubmitConfirmedAsync();
        var theirs = await portal.SubmitConfirmedAsync(TestApi.ValidRequest(TestApi.OtherBodyDecision));

        async Task<string[]> Listed(string key)
        {
            var list = await portal.StaffClient(key).GetFromJsonAsync<JsonElement>("/api/admin/corrections");
            return [.. list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("ticket").GetString()!)];
        }

        Assert.Equal([ours], await Listed(TestApi.KeyBody));
        Assert.Equal([theirs], await Listed(TestApi.KeyOtherBody));
        Assert.Equal([ours, theirs], (await Listed(TestApi.KeyAll)).Order());

        using var peek = await portal.StaffClient(TestApi.KeyBody).GetAsync($"/api/admin/corrections/{theirs}");
        Assert.Equal(HttpStatusCode.NotFound, peek.StatusCode);
        using var meddle = await Move(portal, TestApi.KeyBody, theirs, new { status = "verifying", reply = "我们来看看" });
        Assert.Equal(HttpStatusCode.NotFound, meddle.StatusCode);
        using var download = await portal.StaffClient(TestApi.KeyBody).GetAsync($"/api/admin/corrections/{theirs}/attachments/1");
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        using var supervision = await Move(portal, TestApi.KeyAll, theirs, new { status = "verifying", reply = "监督科督办" });
        Assert.Equal(HttpStatusCode.OK, supervision.StatusCode);
    }

    [Fact]
    public async Task Staff_see_the_whole_request_and_the_moves_open_to_them()
    {
        await using var portal = new TestApi();
        var ticket = await portal.SubmitConfirmedAsync();
        var c = await portal.StaffClient(TestApi.KeyBody).GetFromJsonAsync<JsonElement>($"/api/admin/corrections/{ticket}");

        Assert.Equal("accepted", c.GetProperty("status").GetString());
        Assert.Equal("张三", c.GetProperty("requester").GetProperty("name").GetString());
        Assert.Equal(TestApi.Requester, c.GetProperty("requester").GetProperty("email").GetString());
        Assert.Equal("13812345678", c.GetProperty("requester").GetProperty("phone").GetString());
        Assert.Equal("公示的罚款金额为 50000 元。", c.GetProperty("description").GetString());
        Assert.Equal(["verifying"], c.GetProperty("nextStatuses").EnumerateArray().Select(s => s.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Verifying_then_corrected_each_with_a_reply_appended_to_the_history_and_mailed_to_the_requester()
    {
        await using var portal = new TestApi();
        var (ticket, token) = await portal.SubmitAsync();
        await portal.DrainMailAsync();
        await portal.Client().PostAsJsonAsync($"/api/corrections/{ticket}/confirm", new { token = portal.MailedToken(ticket) });

        portal.Clock.Advance(TimeSpan.FromDays(1));
        using (var verifying = await Move(portal, TestApi.KeyBody, ticket, new { status = "verifying", reply = "已调取案卷，正在核对。" }))
            Assert.Equal(HttpStatusCode.OK, verifying.StatusCode);
        portal.Clock.Advance(TimeSpan.FromDays(2));
        using (var corrected = await Move(portal, TestApi.KeyBody, ticket, new { status = "已更正", reply = "经核实，罚款金额已更正为 5000 元。" }))
        {
            Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
            var staffView = await corrected.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("法制科 李四", staffView.GetProperty("history").EnumerateArray().Last().GetProperty("by").GetString());
            Assert.Empty(staffView.GetProperty("nextStatuses").EnumerateArray());
        }

        var status = await portal.Client().GetFromJsonAsync<JsonElement>($"/api/corrections/{ticket}?token={token}");
        Assert.Equal("已更正", status.GetProperty("label").GetString());
        var history = status.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(["待确认", "已受理", "核实中", "已更正"], history.Select(h => h.GetProperty("label").GetString()));
        Assert.Equal(["2026-03-02", "2026-03-02", "2026-03-03", "2026-03-05"], history.Select(h => h.GetProperty("date").GetString()));
        Assert.Equal("经核实，罚款金额已更正为 5000 元。", history[3].GetProperty("reply").GetString());
        // Staff names stay inside: the requester sees the body.
        Assert.Equal("宜春市市场监督管理局", history[3].GetProperty("by").GetString());
        Assert.DoesNotContain("李四", status.GetRawText());

        await portal.DrainMailAsync();
        var mails = portal.MailsTo(TestApi.Requester);
        Assert.Equal(["请确认", "已受理", "核实中", "已更正"], mails.Select(m => new[] { "请确认", "已受理", "核实中", "已更正" }.Single(m.Subject!.Contains)));
        Assert.Contains("已调取案卷，正在核对。", mails[2].TextBody);
        // With no 部分更正, 已更正 may close a request partly met: it says where to object, as a refusal does.
        Assert.Contains("如对答复有异议，可向市局执法监督科反映（电话 0795-1234567）", mails[3].TextBody);
        Assert.DoesNotContain("如对答复有异议", mails[2].TextBody);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            await portal.Client().GetStringAsync($"/api/corrections/status/page?ticket={ticket}&token={token}"));
        Assert.Contains("如对更正结果有异议", page.QuerySelector("main")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/remedies/");
        // Each progress mail leads straight to the answer by its own private link (the first is stored only hashed).
        foreach (var mail in mails.Skip(1))
        {
            var (_, mailed) = TestApi.MailedLink([mail], ticket);
            using var opened = await portal.Client().GetAsync($"/api/corrections/{ticket}?token={Uri.EscapeDataString(mailed)}");
            Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        }
        // Those links are not lost-link mails: the address may still ask for its links three times today.
        for (var i = 0; i < 3; i++)
            await portal.Client().PostAsJsonAsync("/api/corrections/links", new { email = TestApi.Requester });
        await portal.DrainMailAsync();
        Assert.Equal(3, portal.MailsTo(TestApi.Requester).Count(m => m.Subject!.Contains("进度链接")));
    }

    [Fact]
    public async Task Refusing_needs_reasons_which_the_requester_then_sees()
    {
        await using var portal = new TestApi();
        var (ticket, token) = await portal.SubmitAsync();
        await portal.DrainMailAsync();
        await portal.Client().PostAsJsonAsync($"/api/corrections/{ticket}/confirm", new { token = portal.MailedToken(ticket) });
        await Move(portal, TestApi.KeyBody, ticket, new { status = "verifying", reply = "正在核对。" });

        using var noReason = await Move(portal, TestApi.KeyBody, ticket, new { status = "refused", reply = "不予更正。" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("必须说明理由", await noReason.Content.ReadAsStringAsync());
        using var noReply = await Move(portal, TestApi.KeyBody, ticket, new { status = "refused", reason = "与原件一致。" });
        Assert.Equal(HttpStatusCode.BadRequest, noReply.StatusCode);

        using var refused = await Move(portal, TestApi.KeyBody, ticket,
            new { status = "refused", reply = "经核实，公示内容与决定书原件一致。", reason = "决定书原件第 2 页载明罚款 50000 元。" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);

        var page = await portal.Client().GetStringAsync($"/api/corrections/status/page?ticket={ticket}&token={token}");
        Assert.Contains("不予更正", page);
        Assert.Contains("决定书原件第 2 页载明罚款 50000 元。", page);
        await portal.DrainMailAsync();
        var mail = portal.MailsTo(TestApi.Requester).Last().TextBody;
        Assert.Contains("决定书原件第 2 页载明罚款 50000 元。", mail);
        // Where to turn, named: 执法监督机构 alone sent people looking for which one.
        Assert.Contains("可向市局执法监督科反映（电话 0795-1234567）", mail);
        // One blank line between parts (the 核实中 mail had two before its reply).
        Assert.All(portal.MailsTo(TestApi.Requester), m => Assert.DoesNotContain("\n\n\n", m.TextBody!.ReplaceLineEndings("\n")));
        Assert.Contains("/remedies/", mail);
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page);
        Assert.Contains(html.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "tel:0795-1234567");
        Assert.Contains(html.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/remedies/");
        Assert.Contains("可向市局执法监督科反映（电话 0795-1234567），或依法申请行政复议", html.QuerySelector("main")!.TextContent);
        // Written as the deadline beside them is (2026年3月9日 10:00, not 2026-03-09 10:00), and no space inside the sentence.
        Assert.DoesNotMatch(@"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", html.QuerySelector("main")!.TextContent);
        Assert.Contains("局经核实决定不予更正", html.QuerySelector("main")!.TextContent);
    }

    [Theory]
    [InlineData(new string[0], "corrected", "只能变更为「核实中」")]
    [InlineData(new[] { "verifying" }, "accepted", "不能变更为「已受理」")]
    [InlineData(new[] { "verifying", "corrected" }, "refused", "已办结")]
    [InlineData(new[] { "verifying", "refused" }, "verifying", "已办结")]
    public async Task Moves_outside_the_workflow_are_refused_with_409_and_a_clear_message(string[] before, string move, string message)
    {
        await using var portal = new TestApi();
        var ticket = await portal.SubmitConfirmedAsync();
        foreach (var step in before)
            Assert.Equal(HttpStatusCode.OK, (await Move(portal, TestApi.KeyBody, ticket, new { status = step, reply = "办理中", reason = "理由" })).StatusCode);

        using var response = await Move(portal, TestApi.KeyBody, ticket, new { status = move, reply = "再试一次", reason = "理由" });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains(message, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        var history = (await portal.StaffClient(TestApi.KeyBody).GetFromJsonAsync<JsonElement>($"/api/admin/corrections/{ticket}")).GetProperty("history");
        Assert.Equal(2 + before.Length, history.GetArrayLength());
    }

    [Fact]
    public async Task An_unconfirmed_request_cannot_be_handled()
    {
        await using var portal = new TestApi();
        var (ticket, _) = await portal.SubmitAsync();
        using var response = await Move(portal, TestApi.KeyBody, ticket, new { status = "verifying", reply = "看看" });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("尚未确认", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Staff_download_attachments_as_they_were_sent()
    {
        await using var portal = new TestApi();
        var (ticket, _) = await portal.SubmitWithAttachmentsAsync(("决定书.pdf", SubmitTests.Pdf), ("照片.png", SubmitTests.Png));

        var c = await portal.StaffClient(TestApi.KeyBody).GetFromJsonAsync<JsonElement>($"/api/admin/corrections/{ticket}");
        var png = c.GetProperty("attachments")[1];
        using var download = await portal.StaffClient(TestApi.KeyBody).GetAsync(png.GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(SubmitTests.Png, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_history_and_the_request_as_filed_cannot_be_edited_or_deleted_even_in_the_database()
    {
        await using var portal = new TestApi();
        var ticket = await portal.SubmitConfirmedAsync();

        await using var db = await portal.OpenDatabaseAsync();
        foreach (var sql in new[]
        {
            "UPDATE correction_history SET reply = 'rewritten'",
            "DELETE FROM correction_history",
            "DELETE FROM corrections",
            "UPDATE corrections SET description = 'rewritten'",
            "UPDATE corrections SET email = 'other@example.com'",
        })
        {
            await using var command = db.CreateCommand();
            command.CommandText = sql;
            var error = await Assert.ThrowsAnyAsync<DbException>(() => command.ExecuteNonQueryAsync());
            Assert.Matches("append-only|never deleted|kept as filed", error.Message);
        }
        var c = await portal.StaffClient(TestApi.KeyAll).GetFromJsonAsync<JsonElement>($"/api/admin/corrections/{ticket}");
        Assert.Equal(2, c.GetProperty("history").GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_status_filter_is_a_chinese_error()
    {
        await using var portal = new TestApi();
        using var response = await portal.StaffClient(TestApi.KeyAll).GetAsync("/api/admin/corrections?status=done");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("未知的状态", await response.Content.ReadAsStringAsync());
    }
}
