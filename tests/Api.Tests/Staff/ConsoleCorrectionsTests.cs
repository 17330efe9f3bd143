using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enforcement.Api.Staff;
using Enforcement.Api.Tests.Corrections;
using Enforcement.Corrections;

namespace Enforcement.Api.Tests.Staff;

/// <summary>Correction requests answered from the console: the queue, a request's page, its attachments, its next steps.</summary>
public class ConsoleCorrectionsTests
{
    [Fact]
    public async Task A_bodys_staff_see_their_own_requests_only_and_the_supervision_office_sees_all()
    {
        await using var app = new TestApi();
        var ours = await app.SubmitConfirmedAsync();
        var theirs = await app.SubmitConfirmedAsync(TestApi.ValidRequest(TestApi.OtherBodyDecision));

        var unconfirmed = (await app.SubmitAsync()).Ticket;

        var staff = await app.SignedInAsync("zhangjing", "yichun-amr");
        var queue = await Html.ReadAsync(await staff.GetAsync("/staff/corrections"));
        Assert.Equal([ours], queue.QuerySelectorAll("table.queue tbody th a").Select(a => a.TextContent));
        // 全部 is the body's work: a request its requester has not confirmed is counted apart, one click away.
        var status = queue.QuerySelector("[role=status]")!;
        Assert.Contains("另有 1 件申请人尚未确认", status.TextContent);
        var pending = await Html.ReadAsync(await staff.GetAsync(status.QuerySelector("a")!.GetAttribute("href")!));
        Assert.Equal([unconfirmed], pending.QuerySelectorAll("table.queue tbody th a").Select(a => a.TextContent));
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/staff/corrections/{theirs}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/staff/corrections/{theirs}/attachments/1")).StatusCode);
        Assert.Empty((await Html.ReadAsync(await staff.GetAsync("/staff/corrections?body=yuanzhou-amr"))).QuerySelectorAll("table.queue tbody tr"));

        var office = await app.SignedInAsync("jdk", "*");
        var all = await Html.ReadAsync(await office.GetAsync("/staff/corrections"));
        Assert.Equal(2, all.QuerySelectorAll("table.queue tbody tr").Length);
        // On a phone each request is a card (cards-on-phone), every value named: 状态 and 剩余工作日 were scrolled off-screen.
        Assert.NotNull(all.QuerySelector("table.queue.cards-on-phone"));
        Assert.Equal(["收到", "执法主体", "涉及", "状态", "剩余工作日"],
            all.QuerySelectorAll("table.queue tbody tr:first-child td").Select(td => td.GetAttribute("data-label")));
        var filtered = await Html.ReadAsync(await office.GetAsync("/staff/corrections?body=yuanzhou-amr"));
        Assert.Equal([theirs], filtered.QuerySelectorAll("table.queue tbody th a").Select(a => a.TextContent));
        // A bad filter is said, as the ratings list says it: from=abc listed everything, from after to said 共 0 件.
        foreach (var (query, says) in ((string, string)[])[("from=abc", "收到日期（从）应为日期"), ("from=2026-12-31&to=2026-12-01", "晚于收到日期（至）"),
                     ("state=bogus", "不是可选的状态"), ("body=nowhere", "没有名为“nowhere”的执法主体")])
        {
            var refused = await office.GetAsync("/staff/corrections?" + query);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var page = await Html.ReadAsync(refused);
            Assert.Contains(says, page.QuerySelector("[role=alert]")?.TextContent);
            // In the form's words, as the ratings list says it: no address parameter (参数 from) a person never typed.
            Assert.DoesNotContain("参数", page.QuerySelector("[role=alert]")?.TextContent);
            Assert.Null(page.QuerySelector("table.queue"));
        }
        // A date typed as people write it filters.
        Assert.Equal(HttpStatusCode.OK, (await office.GetAsync("/staff/corrections?from=" + Uri.EscapeDataString("2020年1月1日"))).StatusCode);
        // The office may answer a body's request; the page says whose name the requester will read the reply under.
        var request = await Html.ReadAsync(await office.GetAsync($"/staff/corrections/{theirs}"));
        var body = request.QuerySelector("dl.facts dd:nth-of-type(3)")!.TextContent;
        Assert.EndsWith("局", body);
        // 收到 is written as 答复期限 beside it is (…年…月…日), not 2026-03-09 10:00.
        Assert.DoesNotMatch(@"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", request.QuerySelector("main")!.TextContent);
        Assert.Equal($"给申请人的答复（以{body}的名义通过邮件发送，并显示在进度页面上）", request.QuerySelector("label[for=reply]")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await app.Client().GetAsync("/staff/corrections")).StatusCode);
    }

    [Fact]
    public async Task The_queue_names_the_officer_a_request_is_about_beside_the_certificate_and_a_decision_by_its_number()
    {
        await using var app = new TestApi();
        var about = TestApi.ValidRequest();
        about.Remove("decision");
        about["certificate"] = TestApi.Certificate;
        var officer = await app.SubmitConfirmedAsync(about);
        var decision = await app.SubmitConfirmedAsync();
        var staff = await app.SignedInAsync("zhangjing", "yichun-amr");

        var rows = (await Html.ReadAsync(await staff.GetAsync("/staff/corrections"))).QuerySelectorAll("table.queue tbody tr");
        string Concerns(string ticket) => rows.Single(r => r.QuerySelector("th")!.TextContent == ticket).QuerySelector("td[data-label=涉及]")!.TextContent;
        // It said 36090012345 alone, as if staff knew their colleagues by their certificates.
        Assert.Equal($"李明（执法证号 {TestApi.Certificate}）", Concerns(officer));
        Assert.Equal(TestApi.Decision, Concerns(decision));
    }

    [Fact]
    public async Task A_requests_number_in_its_pages_heading_is_kept_whole_for_a_phone()
    {
        await using var app = new TestApi();
        var ticket = await app.SubmitConfirmedAsync();
        var staff = await app.SignedInAsync("zhangjing", "yichun-amr");

        var page = await Html.ReadAsync(await staff.GetAsync($"/staff/corrections/{ticket}"));
        // At 390 px the heading broke at the number's dashes (GZ-2026- / 000001): it is in a span site.css keeps whole.
        Assert.Equal($"更正申请 {ticket}", page.Text("h1"));
        Assert.Equal(ticket, page.Text("h1 span.unbroken"));
        // The window's title stays text.
        Assert.StartsWith($"更正申请 {ticket} - ", page.Title);
        Assert.DoesNotContain("span", page.Head!.InnerHtml);
        // So on the requester's status page, whose longer heading is where it broke (更正申请进度 GZ-2026- / 000001).
        var status = await Html.ReadAsync(await app.Client().GetAsync(
            $"/api/corrections/status/page?ticket={ticket}&token={Uri.EscapeDataString(app.MailedToken(ticket))}"));
        Assert.Equal(ticket, status.Text("h1 span.unbroken"));
    }

    [Fact]
    public async Task The_record_a_request_is_about_opens_on_the_sites_address_since_the_console_is_read_on_the_APIs()
    {
        // deploy/zfgs-api.service sets no Portal:Site: the decision's own path on the API's address was a bare 404.
        await using var app = new TestApi();
        var ticket = await app.SubmitConfirmedAsync();
        var staff = await app.SignedInAsync("zhangjing", "yichun-amr");
        var page = await Html.ReadAsync(await staff.GetAsync($"/staff/corrections/{ticket}"));
        var link = page.QuerySelectorAll("dl.facts a").Single(a => a.TextContent.Contains(TestApi.Decision));
        Assert.Matches("^https://zfgs\\.example\\.gov\\.cn/decisions/", link.GetAttribute("href"));
    }

    [Fact]
    public async Task A_request_is_answered_from_its_page_the_history_names_the_person_and_the_requester_is_mailed()
    {
        await using var app = new TestApi();
        var ticket = await app.SubmitConfirmedAsync();
        var staff = await app.SignedInAsync("zhangjing", "yichun-amr");
        var page = await Html.ReadAsync(await staff.GetAsync($"/staff/corrections/{ticket}"));
        Assert.Contains("公示的罚款金额为 50000 元", page.QuerySelector("p.asked")!.TextContent);
        Assert.Contains(TestApi.Decision, page.QuerySelector("dl.facts")!.TextContent);
        var buttons = page.QuerySelectorAll("form.move button").Select(b => b.GetAttribute("value")).ToList();
        Assert.Equal(CorrectionWorkflow.StaffMovesFrom(CorrectionStatus.Accepted).Select(s => s.Code()), buttons);

        var token = page.QuerySelector($"input[name={StaffConsole.FormToken}]")!.GetAttribute("value")!;
        var refused = await staff.PostAsync($"/staff/corrections/{ticket}/move", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [StaffConsole.FormToken] = token, ["status"] = "refused", ["reply"] = "经核实，公示内容与原件一致。",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("必须填写理由", (await Html.ReadAsync(refused)).QuerySelector("[role=alert]")!.TextContent);

        var moved = await staff.PostAsync($"/staff/corrections/{ticket}/move", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [StaffConsole.FormToken] = token, ["status"] = "verifying", ["reply"] = "我们正在调取决定书原件核实。",
        }));
        Assert.Equal(HttpStatusCode.SeeOther, moved.StatusCode);
        var after = await Html.ReadAsync(await staff.GetAsync(moved.Headers.Location!.OriginalString));
        Assert.Contains("已变更为“核实中”", after.QuerySelector("[role=status]")!.TextContent);
        Assert.Contains("zhangjing：核实中。答复：我们正在调取决定书原件核实。", after.QuerySelector("ol.history")!.TextContent);

        await app.DrainMailAsync();
        Assert.Contains(app.Mails(), m => m.To.ToString().Contains(TestApi.Requester) && (m.TextBody ?? "").Contains("我们正在调取决定书原件核实"));
        var status = await app.Client().GetFromJsonAsync<JsonElement>($"/api/corrections/{ticket}?token={app.MailedToken(ticket)}");
        Assert.Equal("verifying", status.GetProperty("status").GetString());

        var forged = await staff.PostAsync($"/staff/corrections/{ticket}/move", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["status"] = "corrected", ["reply"] = "x",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task A_reply_sent_after_the_session_ended_is_shown_back_beside_the_sign_in_form_to_copy()
    {
        await using var app = new TestApi();
        var ticket = await app.SubmitConfirmedAsync();
        var staff = await app.SignedInAsync("zhangjing", "yichun-amr");
        var page = await Html.ReadAsync(await staff.GetAsync($"/staff/corrections/{ticket}"));
        var token = page.QuerySelector($"input[name={StaffConsole.FormToken}]")!.GetAttribute("value")!;
        // Signed out in another tab while the reply was being written.
        await staff.PostAsync("/staff/logout", new FormUrlEncodedContent(new Dictionary<string, string> { [StaffConsole.FormToken] = token }));

        const string reply = "经核实，公示的罚款金额有误，\n已于今日更正为 5000 元。";
        using var late = new HttpRequestMessage(HttpMethod.Post, $"/staff/corrections/{ticket}/move")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { [StaffConsole.FormToken] = token, ["status"] = "verifying", ["reply"] = reply }),
        };
        late.Headers.Referrer = new Uri($"http://localhost/staff/corrections/{ticket}");
        var answer = await staff.SendAsync(late);

        Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
        var login = await Html.ReadAsync(answer);
        Assert.NotNull(login.QuerySelector("form.staff-login"));
        Assert.Equal($"/staff/corrections/{ticket}", login.QuerySelector("input[name=returnUrl]")?.GetAttribute("value"));
        Assert.Equal(reply, login.QuerySelector(".unsent textarea")!.TextContent);
        Assert.Equal("答复内容", login.QuerySelector(".unsent label")!.TextContent);
        var status = await app.Client().GetFromJsonAsync<JsonElement>($"/api/corrections/{ticket}?token={app.MailedToken(ticket)}");
        Assert.Equal("accepted", status.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Closing_a_request_is_confirmed_first_and_going_back_keeps_the_text_and_changes_nothing()
    {
        await using var app = new TestApi();
        var ticket = await app.SubmitConfirmedAsync();
        var staff = await app.SignedInAsync("zhangjing", "yichun-amr");
        var accepted = await Html.ReadAsync(await staff.GetAsync($"/staff/corrections/{ticket}"));
        // Only 核实中 is open from 已受理: no box for a refusal's reason.
        Assert.Null(accepted.QuerySelector("textarea#reason"));
        string Token(AngleSharp.Dom.IDocument page) => page.QuerySelector($"input[name={StaffConsole.FormToken}]")!.GetAttribute("value")!;
        await staff.PostAsync($"/staff/corrections/{ticket}/move", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [StaffConsole.FormToken] = Token(accepted), ["status"] = "verifying", ["reply"] = "正在核实。",
        }));
        var verifying = await Html.ReadAsync(await staff.GetAsync($"/staff/corrections/{ticket}"));
        Assert.NotNull(verifying.QuerySelector("textarea#reason"));

        var asked = await Html.ReadAsync(await staff.PostAsync($"/staff/corrections/{ticket}/move", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [StaffConsole.FormToken] = Token(verifying), ["status"] = "corrected", ["reply"] = "已将罚款金额更正为 5000 元。",
        })));
        var fields = asked.QuerySelectorAll(".confirm-move form input").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        fields["confirm"] = "edit";
        var back = await staff.PostAsync($"/staff/corrections/{ticket}/move", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        var form = await Html.ReadAsync(back);
        Assert.Equal("已将罚款金额更正为 5000 元。", form.QuerySelector("textarea#reply")!.TextContent);
        Assert.Null(form.QuerySelector(".confirm-move"));
        var status = await app.Client().GetFromJsonAsync<JsonElement>($"/api/corrections/{ticket}?token={app.MailedToken(ticket)}");
        Assert.Equal("verifying", status.GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_pages_a_step_answers_with_stand_for_the_requests_page_so_Back_and_Reload_post_nothing_again()
    {
        await using var app = new TestApi();
        var ticket = await app.SubmitConfirmedAsync();
        var staff = await app.SignedInAsync("zhangjing", "yichun-amr");
        var page = await Html.ReadAsync(await staff.GetAsync($"/staff/corrections/{ticket}"));
        // The request's own page is no post's answer: nothing to replace.
        Assert.Null(page.QuerySelector("script[data-address]"));
        string Token(AngleSharp.Dom.IDocument p) => p.QuerySelector($"input[name={StaffConsole.FormToken}]")!.GetAttribute("value")!;
        Task<HttpResponseMessage> MoveAsync(AngleSharp.Dom.IDocument from, string status, string reply) =>
            staff.PostAsync($"/staff/corrections/{ticket}/move", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                [StaffConsole.FormToken] = Token(from), ["status"] = status, ["reply"] = reply,
            }));

        // A refused step (已受理 cannot go straight to 已更正) and the confirmation of a closing one: each is the request's
        // page in the browser's history, not the /move address, which no page has.
        var refused = await Html.ReadAsync(await MoveAsync(page, "corrected", "已更正。"));
        var verifying = await Html.ReadAsync(await staff.GetAsync($"/staff/corrections/{ticket}"));
        Assert.Equal(HttpStatusCode.SeeOther, (await MoveAsync(verifying, "verifying", "正在核实。")).StatusCode);
        var confirming = await Html.ReadAsync(await MoveAsync(await Html.ReadAsync(await staff.GetAsync($"/staff/corrections/{ticket}")),
            "corrected", "已将罚款金额更正为 5000 元。"));
        Assert.NotNull(confirming.QuerySelector(".confirm-move"));
        foreach (var answer in new[] { refused, confirming })
        {
            var script = answer.QuerySelector("script[data-address]");
            Assert.NotNull(script);
            Assert.Equal("/assets/forget-post.js", script.GetAttribute("src"));
            Assert.Equal($"/staff/corrections/{ticket}", script.GetAttribute("data-address"));
        }
        var forgetPost = File.ReadAllText(Path.Combine(Feedback.OfficerPageTests.RepoRoot(), "site", "Assets", "forget-post.js"));
        Assert.Contains("history.replaceState(history.state, '', address)", forgetPost);

        // Confirmed, the address Back returns to is the request as it is now: closed, with no step left to post.
        var fields = confirming.QuerySelectorAll(".confirm-move form input").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        fields["confirm"] = "1";
        Assert.Equal(HttpStatusCode.SeeOther, (await staff.PostAsync($"/staff/corrections/{ticket}/move", new FormUrlEncodedContent(fields))).StatusCode);
        var backTo = await Html.ReadAsync(await staff.GetAsync(confirming.QuerySelector("script[data-address]")!.GetAttribute("data-address")));
        Assert.Equal("已更正", backTo.QuerySelectorAll("dl.facts dt").Single(dt => dt.TextContent == "状态").NextElementSibling!.TextContent);
        Assert.Null(backTo.QuerySelector("form.move"));
    }

    [Theory]
    [InlineData(new[] { "verifying", "corrected" }, "已更正")]
    [InlineData(new[] { "verifying", "refused" }, "不予更正")]
    public async Task Every_next_step_open_to_staff_can_be_taken_from_the_console(string[] steps, string finalLabel)
    {
        await using var app = new TestApi();
        var ticket = await app.SubmitConfirmedAsync();
        var staff = await app.SignedInAsync("zhangjing", "yichun-amr");
        foreach (var step in steps)
        {
            var page = await Html.ReadAsync(await staff.GetAsync($"/staff/corrections/{ticket}"));
            Assert.Contains(step, page.QuerySelectorAll("form.move button").Select(b => b.GetAttribute("value")));
            var moved = await staff.PostAsync($"/staff/corrections/{ticket}/move", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                [StaffConsole.FormToken] = page.QuerySelector($"input[name={StaffConsole.FormToken}]")!.GetAttribute("value")!,
                ["status"] = step, ["reply"] = $"答复：{step}。", ["reason"] = step == "refused" ? "原件与公示内容一致。" : "",
            }));
            if (step != "verifying")
            {
                // Closing the request is confirmed on a second page that shows what the requester will be sent.
                Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
                var confirm = await Html.ReadAsync(moved);
                Assert.Contains($"确认办结为“{finalLabel}”", confirm.QuerySelector(".confirm-move h2")!.TextContent);
                Assert.Contains($"答复：{step}。", confirm.QuerySelector(".confirm-move dl")!.TextContent);
                // 已更正 answers the requester; the record itself is changed in content/ and published by a build.
                Assert.Equal(step == "corrected", confirm.QuerySelector(".confirm-move .confirm-record")?.TextContent.Contains("重新构建并发布网站") == true);
                var fields = confirm.QuerySelectorAll(".confirm-move form input").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
                fields["confirm"] = "1";
                moved = await staff.PostAsync($"/staff/corrections/{ticket}/move", new FormUrlEncodedContent(fields));
            }
            Assert.Equal(HttpStatusCode.SeeOther, moved.StatusCode);
        }
        var done = await Html.ReadAsync(await staff.GetAsync($"/staff/corrections/{ticket}"));
        Assert.Contains(finalLabel, done.QuerySelector("dl.facts")!.TextContent);
        Assert.Empty(done.QuerySelectorAll("form.move button")); // closed: no step left
        Assert.DoesNotContain("。。", done.QuerySelector("ol.history")!.TextContent); // a reply ending in 。 then 。理由
        // Nor working days left to count in the queue.
        var row = (await Html.ReadAsync(await staff.GetAsync("/staff/corrections?state=" + steps[^1]))).QuerySelector("table.queue tbody tr")!;
        Assert.Equal("—", row.QuerySelectorAll("td").Last().TextContent);
    }

    [Fact]
    public async Task A_closed_requests_page_says_the_day_it_was_closed_in_China_time()
    {
        await using var app = new TestApi();
        var ticket = await app.SubmitConfirmedAsync();
        var key = app.StaffClient(TestApi.KeyBody);
        (await key.PostAsJsonAsync($"/api/admin/corrections/{ticket}/transitions", new { status = "verifying", reply = "正在核实。" })).EnsureSuccessStatusCode();
        var open = await key.GetFromJsonAsync<JsonElement>($"/api/admin/corrections/{ticket}");
        Assert.Equal(JsonValueKind.Null, open.GetProperty("closed").ValueKind);

        // 00:10 on 9 March in China is 8 March in UTC.
        app.Clock.Set("2026-03-09 00:10");
        (await key.PostAsJsonAsync($"/api/admin/corrections/{ticket}/transitions",
            new { status = "refused", reply = "经核实，公示内容与原件一致。", reason = "原件第 2 页载明罚款 50000 元。" })).EnsureSuccessStatusCode();
        app.Clock.Set("2026-04-01 10:00");

        var staff = await app.SignedInAsync("zhangjing", "yichun-amr");
        var page = await Html.ReadAsync(await staff.GetAsync($"/staff/corrections/{ticket}"));
        var closed = page.QuerySelectorAll("dl.facts dt").Single(dt => dt.TextContent == "办结日期").NextElementSibling!;
        Assert.Equal("2026年3月9日", closed.TextContent.Trim());
        Assert.Equal("2026-03-09", closed.QuerySelector("time")!.GetAttribute("datetime"));
        // The deadline beside it is written the same way, not as 2026-03-20.
        var deadline = page.QuerySelectorAll("dl.facts dt").Single(dt => dt.TextContent == "答复期限").NextElementSibling!;
        Assert.Matches("^2026年3月[0-9]{1,2}日$", deadline.TextContent.Trim());
        var view = await key.GetFromJsonAsync<JsonElement>($"/api/admin/corrections/{ticket}");
        Assert.Equal("2026-03-09", view.GetProperty("closed").GetString());
    }

    [Fact]
    public async Task A_step_the_workflow_does_not_allow_is_refused_with_the_reason_on_the_page()
    {
        await using var app = new TestApi();
        var ticket = await app.SubmitConfirmedAsync();
        var staff = await app.SignedInAsync("zhangjing", "yichun-amr");
        var token = await TestApi.FormTokenAsync(staff, $"/staff/corrections/{ticket}");
        var skipped = await staff.PostAsync($"/staff/corrections/{ticket}/move", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [StaffConsole.FormToken] = token, ["status"] = "corrected", ["reply"] = "已更正。",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, skipped.StatusCode);
        Assert.Contains("只能变更为「核实中」", (await Html.ReadAsync(skipped)).QuerySelector("[role=alert]")!.TextContent);
    }

    [Fact]
    public async Task Attachments_open_as_sent_an_image_inline_in_a_sandbox()
    {
        await using var app = new TestApi();
        var (ticket, _) = await app.SubmitWithAttachmentsAsync(("决定书.pdf", SubmitTests.Pdf), ("照片.png", SubmitTests.Png));

        var staff = await app.SignedInAsync("zhangjing", "yichun-amr");
        var page = await Html.ReadAsync(await staff.GetAsync($"/staff/corrections/{ticket}"));
        var links = page.QuerySelectorAll("ul.attachments a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(2, links.Count);
        using var png = await staff.GetAsync(links[1]);
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", png.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", png.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("sandbox", png.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal(SubmitTests.Png, await png.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public void Working_days_left_count_only_working_days_and_go_negative_when_overdue()
    {
        var calendar = WorkingCalendar.WeekdaysOnly;
        var friday = new DateOnly(2026, 3, 13);
        Assert.Equal(1, QueueFilter.WorkingDaysLeft(calendar, friday, new DateOnly(2026, 3, 16)));   // over the weekend: Monday
        Assert.Equal(0, QueueFilter.WorkingDaysLeft(calendar, friday, friday));
        Assert.Equal(-2, QueueFilter.WorkingDaysLeft(calendar, new DateOnly(2026, 3, 17), friday)); // Mon, Tue past
        Assert.Null(QueueFilter.WorkingDaysLeft(calendar, friday, null));
    }
}
