using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enforcement.Api.Infrastructure.Storage;
using Enforcement.Api.Retention;
using Enforcement.Api.Tests.Harness;
using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests.Retention;

/// <summary>A correction requester's details and attachments go a year after the request is closed or lapsed; the request and its history stay.</summary>
public class RequesterRetentionTests
{
    private static async Task<List<string>> RowsAsync(TestApi portal, string sql)
    {
        await using var connection = await portal.Factory.Services.GetRequiredService<Database>().OpenAsync();
        return await connection.QueryAsync(sql, r => string.Join("|", Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? "∅" : r.GetValue(i) is byte[] b ? $"{b.Length} bytes" : r.GetValue(i).ToString())));
    }

    [Fact]
    public async Task Details_go_a_year_after_closing_or_lapsing_open_requests_keep_theirs_and_nothing_else_changes()
    {
        await using var portal = new TestApi();
        var staff = portal.StaffClient(TestApi.KeyAll);
        // 1: refused today, with attachments.  2: never confirmed, lapses.  3: still being checked a year on.
        var refusedRequest = TestApi.ValidRequest();
        using (var filed = await portal.Client().PostAsync("/api/corrections",
                   Corrections.SubmitTests.Form(refusedRequest, ("决定书.pdf", Corrections.SubmitTests.Pdf), ("张三身份证.png", Corrections.SubmitTests.Png))))
            Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
        await portal.DrainMailAsync();
        var first = "GZ-2026-000001";
        Assert.Equal(HttpStatusCode.OK, (await portal.Client().PostAsJsonAsync($"/api/corrections/{first}/confirm", new { token = portal.MailedToken(first) })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"/api/admin/corrections/{first}/transitions",
            new { status = "verifying", reply = "正在核对。" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"/api/admin/corrections/{first}/transitions",
            new { status = "refused", reply = "经核实，公示内容与原件一致。", reason = "原件第 2 页。" })).StatusCode);
        var lapsing = TestApi.ValidRequest();
        lapsing["email"] = "lisi@example.com";
        lapsing["name"] = "李四";
        var (second, _) = await portal.SubmitAsync(lapsing);
        var open = TestApi.ValidRequest();
        open["email"] = "wangwu@example.com";
        open["name"] = "王五";
        var third = await portal.SubmitConfirmedAsync(open);
        await portal.DrainMailAsync();

        portal.Clock.Advance(TimeSpan.FromDays(10));
        await portal.RunJobsAsync(); // the second request lapses now
        Assert.Equal("lapsed", (await staff.GetFromJsonAsync<JsonElement>($"/api/admin/corrections/{second}")).GetProperty("status").GetString());

        const string Kept = "SELECT ticket, record, description, correction, evidence, status, submitted_at, accepted_on, deadline FROM corrections ORDER BY id";
        var requests = await RowsAsync(portal, Kept);
        var history = await RowsAsync(portal, "SELECT correction_id, at, status, actor, reply, reason FROM correction_history ORDER BY id");
        var eraser = portal.Factory.Services.GetRequiredService<PersonalDataEraser>();

        portal.Clock.Advance(TimeSpan.FromDays(354)); // a year after the refusal, less a day
        Assert.Equal(0, (await eraser.RunAsync(CancellationToken.None)).Corrections);

        portal.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        var erased = await eraser.RunAsync(CancellationToken.None);
        Assert.Equal((1, 2), (erased.Corrections, erased.Attachments));
        Assert.True(erased.Mails > 0);
        Assert.Equal(["||∅|0", "李四|lisi@example.com|13812345678|1", "王五|wangwu@example.com|13812345678|1"],
            await RowsAsync(portal, "SELECT name, email, phone, CASE WHEN personal_erased_at IS NULL THEN 1 ELSE 0 END FROM corrections ORDER BY id"));
        Assert.Equal(["||0 bytes", "||0 bytes"], await RowsAsync(portal, "SELECT file_name, '', content FROM correction_attachments ORDER BY id"));
        Assert.Empty(await RowsAsync(portal, $"SELECT id FROM outbox WHERE recipient = '{TestApi.Requester}'"));
        Assert.NotEmpty(await RowsAsync(portal, "SELECT id FROM outbox WHERE recipient = 'wangwu@example.com'"));

        portal.Clock.Advance(TimeSpan.FromDays(10)); // a year after the lapse
        Assert.Equal(1, (await eraser.RunAsync(CancellationToken.None)).Corrections);
        Assert.Equal(["", "", "王五"], (await RowsAsync(portal, "SELECT name FROM corrections ORDER BY id")));

        // The requests, their answers and the audit history are all still there; staff and the status page still show them.
        Assert.Equal(requests, await RowsAsync(portal, Kept));
        Assert.Equal(history, await RowsAsync(portal, "SELECT correction_id, at, status, actor, reply, reason FROM correction_history ORDER BY id"));
        var view = await staff.GetFromJsonAsync<JsonElement>($"/api/admin/corrections/{first}");
        Assert.Equal("refused", view.GetProperty("status").GetString());
        Assert.Equal(2, view.GetProperty("attachments").GetArrayLength());
        using var download = await staff.GetAsync(view.GetProperty("attachments")[0].GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.Gone, download.StatusCode);
    }

    [Fact]
    public async Task The_database_still_refuses_any_other_change_to_a_request_or_an_attachment()
    {
        await using var portal = new TestApi();
        await portal.SubmitConfirmedAsync();
        await using var connection = await portal.Factory.Services.GetRequiredService<Database>().OpenAsync();
        await Assert.ThrowsAnyAsync<DbException>(() => connection.ExecuteAsync("UPDATE corrections SET name = '赵六'"));
        await Assert.ThrowsAnyAsync<DbException>(() => connection.ExecuteAsync("UPDATE corrections SET name = '', email = '', phone = NULL"));
        await Assert.ThrowsAnyAsync<DbException>(() => connection.ExecuteAsync(
            "UPDATE corrections SET name = '', email = '', phone = NULL, description = 'x', personal_erased_at = 'now'"));
        await Assert.ThrowsAnyAsync<DbException>(() => connection.ExecuteAsync("DELETE FROM corrections"));
        await Assert.ThrowsAnyAsync<DbException>(() => connection.ExecuteAsync("UPDATE correction_history SET reply = ''"));
        Assert.Equal(["张三"], await connection.QueryAsync("SELECT name FROM corrections", r => r.GetString(0)));
    }
}
