using Enforcement.Api.Corrections;
using Enforcement.Api.Infrastructure.Data;
using Enforcement.Api.Infrastructure.Forms;
using Enforcement.Api.Infrastructure.Pages;
using Enforcement.Api.Staff.Pages;
using Enforcement.Corrections;
using Enforcement.Api.Feedback.Staff;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Staff;

/// <summary>
/// /staff/corrections: the queue with filters, a request's page with its attachments and history, and the
/// next steps as buttons. Transitions and mail go through <see cref="CorrectionDesk"/>, as for machine keys;
/// the history names the person signed in.
/// </summary>
internal static class ConsoleCorrections
{
    public static void Map(RouteGroupBuilder console)
    {
        console.MapGet("/corrections", ListAsync);
        console.MapGet("/corrections/{ticket}", ShowAsync);
        console.MapGet("/corrections/{ticket}/attachments/{id:long}", DownloadAsync);
        console.MapPost("/corrections/{ticket}/move", MoveAsync);
    }

    private static async Task<IResult> ListAsync(HttpContext http, CorrectionDesk desk, PortalData data, IOptions<CorrectionOptions> options,
        PageRenderer pages, CancellationToken cancel)
    {
        var staff = StaffConsole.Identity(http);
        var q = http.Request.Query;
        var bodies = StaffConsole.BodiesToFilter(staff, data);
        // A body's own staff have no body menu; their own body is the one they may name.
        var (filter, problems) = QueueFilter.Read(q["state"], q["body"], q["overdue"], q["from"], q["to"],
            bodies.Count > 0 ? bodies.Select(b => b.Slug).ToList() : [staff.Body], slug => data.Body(slug)?.Name,
            staff.IsSupervisionOffice ? null : data.Body(staff.Body)?.Name ?? staff.Body);
        // Paged as the ratings list is (page=, 50 a page); a page past the last says so.
        var page = RatingFilter.Int(q, "page", 1, int.MaxValue, problems) ?? 1;
        CorrectionStatus? status = filter.State is { } s && CorrectionStatuses.TryParse(s, out var parsed) ? parsed : null;
        var today = desk.Today;
        var rows = problems.Any ? [] : (await desk.ListAsync(staff, status, filter.OverdueOnly, cancel))
            .Select(c => CorrectionViews.ListItem(c, today))
            .Where(filter.Matches)
            // A request answered (已更正, 不予更正) or lapsed has no time left to count: —.
            .Select(i => new QueueRow(i, CorrectionStatuses.TryParse(i.Status, out var st) && st.IsOpen()
                ? QueueFilter.WorkingDaysLeft(options.Value.Calendar(), today, i.Deadline) : null, QueueRow.Concerning(i.Record, data)))
            .OrderByDescending(r => r.Item.Overdue).ThenBy(r => r.DaysLeft ?? int.MaxValue).ThenBy(r => r.Item.Submitted)
            .ToList();
        const int size = CorrectionQueue.QueuePageSize;
        return await pages.PageAsync<CorrectionQueue>("更正申请", new Dictionary<string, object?>
        {
            [nameof(CorrectionQueue.Rows)] = rows.Skip((int)Math.Min(int.MaxValue, (page - 1L) * size)).Take(size).ToList(),
            [nameof(CorrectionQueue.Total)] = rows.Count,
            [nameof(CorrectionQueue.Overdue)] = rows.Count(r => r.Item.Overdue),
            [nameof(CorrectionQueue.Page)] = page,
            [nameof(CorrectionQueue.Typed)] = (Func<string, string?>)(key => q[key].FirstOrDefault()),
            [nameof(CorrectionQueue.PageUrl)] = (Func<int, string>)(n => QueryHelpers.AddQueryString("/staff/corrections",
                q.Where(p => p.Key != "page").SelectMany(p => p.Value.Select(v => KeyValuePair.Create(p.Key, v)))
                    .Append(KeyValuePair.Create("page", (string?)n.ToString(System.Globalization.CultureInfo.InvariantCulture))))),
            [nameof(CorrectionQueue.Filter)] = filter,
            [nameof(CorrectionQueue.Bodies)] = bodies,
            [nameof(CorrectionQueue.Problems)] = ConsoleFieldErrors.From(problems),
            [nameof(CorrectionQueue.Unconfirmed)] = status is null && !filter.OverdueOnly && !problems.Any
                ? (await desk.ListAsync(staff, CorrectionStatus.Pending, false, cancel)).Select(c => CorrectionViews.ListItem(c, today)).Count(filter.Matches)
                : 0,
        }, problems.Any ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
    }

    private static async Task<IResult> ShowAsync(string ticket, HttpContext http, CorrectionDesk desk, IAntiforgery forms, PageRenderer pages,
        CancellationToken cancel)
    {
        http.Response.Headers.CacheControl = "no-store";
        if (await desk.FindForStaffAsync(ticket, StaffConsole.Identity(http), cancel) is not { } c)
            return await pages.PageAsync<ConsoleNotFound>("未找到该申请", new Dictionary<string, object?>(), StatusCodes.Status404NotFound);
        return await pages.PageAsync<CorrectionRequestPage>($"更正申请 {c.Ticket}", new Dictionary<string, object?>
        {
            [nameof(CorrectionRequestPage.View)] = ConsoleLinks(CorrectionViews.ForStaff(c, desk.Today), pages),
            [nameof(CorrectionRequestPage.FormToken)] = forms.GetAndStoreTokens(http).RequestToken,
            [nameof(CorrectionRequestPage.Notice)] = http.Request.Query["moved"].ToString() is { Length: > 0 } moved && CorrectionStatuses.TryParse(moved, out var to)
                ? $"已变更为“{to.Label()}”，答复已发送给申请人。" : null,
        });
    }

    /// <summary>
    /// Attachments open from the console's own path, so the session cookie (path /staff) goes with them; the record
    /// opens on the site (<see cref="PageRenderer.SiteLink"/>).
    /// </summary>
    private static StaffCorrectionView ConsoleLinks(StaffCorrectionView view, PageRenderer pages) => view with
    {
        Attachments = [.. view.Attachments.Select(a => a with { Url = $"/staff/corrections/{view.Ticket}/attachments/{a.Id}" })],
        Record = view.Record with { Url = view.Record.Url is { } url ? pages.SiteLink(url) : null },
    };

    private static async Task<IResult> DownloadAsync(string ticket, long id, HttpContext http, CorrectionDesk desk, CancellationToken cancel)
    {
        if (await desk.AttachmentAsync(ticket, id, StaffConsole.Identity(http), cancel) is not { } file)
            return Results.Problem(title: "未找到该附件", statusCode: StatusCodes.Status404NotFound);
        if (file.Content.Length == 0 && file.Info.FileName.Length == 0)
            return Results.Problem(title: "附件已删除", detail: "该附件已按个人信息保存期限删除。", statusCode: StatusCodes.Status410Gone);
        // An image or a PDF may open in the browser, sandboxed; anything else only downloads.
        var inline = file.Info.ContentType is "application/pdf" or "image/png" or "image/jpeg";
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.ContentSecurityPolicy = "sandbox";
        var name = AttachmentNames.ForDownload(file.Info);
        if (!inline) return Results.File(file.Content, file.Info.ContentType, name);
        http.Response.Headers.ContentDisposition = new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue("inline") { FileNameStar = name }.ToString();
        return Results.File(file.Content, file.Info.ContentType);
    }

    private static async Task<IResult> MoveAsync(string ticket, HttpContext http, CorrectionDesk desk, IAntiforgery forms, PageRenderer pages,
        CancellationToken cancel)
    {
        // The confirmation, 返回修改 and a refusal are this request's page: Back to them after confirming opens it as it is now.
        if (await StaffConsole.RefuseForgedAsync(http, forms, pages, $"/staff/corrections/{Uri.EscapeDataString(ticket)}") is { } forged) return forged;
        var form = await http.Request.ReadFormAsync(cancel);
        var staff = StaffConsole.Identity(http);
        var problems = new FieldErrors();
        if (!CorrectionStatuses.TryParse(form["status"].ToString(), out var to)) problems.Add("status", "请选择下一步。");
        var reply = ConsoleText.Required(form["reply"]);
        var reason = ConsoleText.Required(form["reason"]);
        if (reply.Length == 0) problems.Add("reply", "请填写给申请人的答复（答复：申请人会通过邮件收到，并显示在进度页面上）。");
        else if (reply.Length > CorrectionForm.MaxTextLength) problems.Add("reply", $"答复不能超过 {CorrectionForm.MaxTextLength} 字。");
        if (to == CorrectionStatus.Refused && reason.Length == 0) problems.Add("reason", "不予更正的，必须填写理由。");
        // 已更正 and 不予更正 close the request for good and mail the requester: they are confirmed on a second page
        // (返回修改 comes back to the form with the text kept), as withdrawing a card is.
        var confirm = form["confirm"].ToString();
        var closing = !problems.Any && !to.IsOpen() && confirm != "1";
        // A step the workflow does not allow is refused at once, not after a confirmation.
        var current = closing ? await desk.FindForStaffAsync(ticket, staff, cancel) : null;
        if (current is not null && CorrectionWorkflow.RefuseStaffMove(current.Status, to) is { } notAllowed)
        {
            problems.Add(FieldErrors.WholeForm, notAllowed);
            closing = false;
        }
        if (!problems.Any && !closing)
        {
            var (result, _, refusal) = await desk.MoveAsync(ticket, staff, to, reply, reason.Length == 0 ? null : reason, cancel);
            if (result == MoveResult.Moved) return StaffConsole.SeeOther($"/staff/corrections/{Uri.EscapeDataString(ticket)}?moved={to.Code()}");
            if (result == MoveResult.NotFound)
                return await pages.PageAsync<ConsoleNotFound>("未找到该申请", new Dictionary<string, object?>(), StatusCodes.Status404NotFound);
            problems.Add(FieldErrors.WholeForm, refusal ?? "不能变更为该状态。");
        }
        // Read once: the confirmation page shows the request as it was just checked.
        var c = current ?? await desk.FindForStaffAsync(ticket, staff, cancel);
        if (c is null) return await pages.PageAsync<ConsoleNotFound>("未找到该申请", new Dictionary<string, object?>(), StatusCodes.Status404NotFound);
        return await pages.PageAsync<CorrectionRequestPage>($"更正申请 {c.Ticket}", new Dictionary<string, object?>
        {
            [nameof(CorrectionRequestPage.View)] = ConsoleLinks(CorrectionViews.ForStaff(c, desk.Today), pages),
            [nameof(CorrectionRequestPage.FormToken)] = forms.GetAndStoreTokens(http).RequestToken,
            [nameof(CorrectionRequestPage.Problems)] = ConsoleFieldErrors.From(problems),
            [nameof(CorrectionRequestPage.Reply)] = reply,
            [nameof(CorrectionRequestPage.Reason)] = reason,
            [nameof(CorrectionRequestPage.Confirming)] = closing && confirm != "edit" ? to : null,
        }, closing ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }
}

/// <summary>
/// One row of the queue: the request, the working days left to its deadline (negative: overdue by that many), and what
/// its 涉及 column says.
/// </summary>
public sealed record QueueRow(StaffListItem Item, int? DaysLeft, string About)
{
    /// <summary>
    /// A decision by its 文书号; an officer by name with the 执法证号, as the console names officers elsewhere (a bare
    /// 执法证号 told staff nothing). An officer no longer in the published content keeps the number alone.
    /// </summary>
    public static string Concerning(RecordView record, PortalData data) =>
        record.Kind != CorrectionSubject.Certificate ? record.Reference
            : data.Officer(record.Reference) is { } officer ? $"{officer.Name}（执法证号 {record.Reference}）" : $"执法证号 {record.Reference}";
}

/// <summary>
/// The queue's filters as the form sent them, and what was wrong with them: a bad value was ignored (from=abc listed
/// everything) or matched nothing (from after to: 共 0 件), as if that were the answer; the ratings list refuses the same.
/// </summary>
public sealed record QueueFilter(string? State, string? Body, bool OverdueOnly, DateOnly? From, DateOnly? To)
{
    /// <param name="bodies">The bodies the person may list.</param>
    /// <param name="bodyName">A body's name by its slug (null: not a published body).</param>
    /// <param name="ownName">A body's staff: their body's name; the supervision office: null.</param>
    public static (QueueFilter Filter, FieldErrors Problems) Read(string? state, string? body, string? overdue, string? from, string? to,
        IReadOnlyCollection<string> bodies, Func<string, string?> bodyName, string? ownName)
    {
        var problems = new FieldErrors();
        state = string.IsNullOrWhiteSpace(state) ? null : state.Trim();
        if (state is not null && !CorrectionStatuses.TryParse(state, out _)) problems.Add("state", $"状态“{state}”不是可选的状态。");
        body = string.IsNullOrWhiteSpace(body) ? null : body.Trim();
        if (body is not null && !bodies.Contains(body)) problems.Add("body", BodyChoice.Refusal(body, bodyName(body), ownName, "更正申请"));
        var fromDate = Date(from, "from", "收到日期（从）", problems);
        var toDate = Date(to, "to", "收到日期（至）", problems);
        if (fromDate > toDate) problems.Add("from", $"收到日期（从）{fromDate:yyyy-MM-dd} 晚于收到日期（至）{toDate:yyyy-MM-dd}。");
        return (new QueueFilter(state, body, overdue is "1" or "true" or "on", fromDate, toDate), problems);
    }

    private static DateOnly? Date(string? text, string field, string label, FieldErrors problems)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (ConsoleDates.TryParse(text, out var date)) return date;
        problems.Add(field, $"{label}应为日期，如 2026-03-01。");
        return null;
    }

    public bool Matches(StaffListItem item)
    {
        var received = DateOnly.FromDateTime(item.Submitted.DateTime);
        return (Body is null || item.Body == Body) && (From is not { } f || received >= f) && (To is not { } t || received <= t);
    }

    /// <summary>Working days from today to the deadline: 0 on the day itself, negative once past it; null without one.</summary>
    public static int? WorkingDaysLeft(WorkingCalendar calendar, DateOnly today, DateOnly? deadline)
    {
        if (deadline is not { } end) return null;
        var (from, to, sign) = end >= today ? (today, end, 1) : (end, today, -1);
        var days = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1)) if (calendar.IsWorkingDay(d)) days++;
        return sign * days;
    }
}
