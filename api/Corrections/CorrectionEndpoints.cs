using Enforcement.Api.Corrections.Pages;
using Enforcement.Contacts;
using Enforcement.Corrections;
using Enforcement.Api.Infrastructure.Data;
using Enforcement.Api.Infrastructure.Forms;
using System.Globalization;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Infrastructure.Limits;
using Enforcement.Api.Infrastructure.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http.HttpResults;
using Enforcement.Time;
using Enforcement.Ui.Corrections;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Corrections;

/// <summary>
/// The public side: file a request (JSON, or a form with attachments), follow it with its private token, and
/// confirm it. A plain form post gets a page in the site's look; JSON (or a fetch asking for JSON) gets JSON.
/// </summary>
/// <summary>What a submission answers with: the ticket, and the token that opens its status (view only).</summary>
internal sealed record SubmittedTicket(string Ticket, string Token);

/// <summary>What a lost-link request answers with, the same for every address.</summary>
internal sealed record LinksAnswer(string Detail);

internal static class CorrectionEndpoints
{
    /// <summary>Three 5 MB attachments and the text around them.</summary>
    public const long MaxBodyBytes = 16L * 1024 * 1024;

    private const string FormTitle = "申请更正";
    private const string RefusedTitle = "申请更正（尚未提交）";

    /// <summary>Where the forms the API renders post: the proxied address, as on the site's page.</summary>
    private const string FormAction = "/api/corrections";

    /// <summary>A record's number from a link is far shorter (文书号 up to 100); anything longer is not put into the form.</summary>
    private const int MaxLinkedValue = 200;

    private const string NotFoundTitle = "未找到该申请";
    private const string NotFoundDetail = "请核对申请编号和查询码，或直接打开确认邮件中的链接。";

    public static WebApplication MapCorrections(this WebApplication app)
    {
        var corrections = app.MapGroup("/api/corrections").WithTags("Corrections").AnswersBrokenBodies();
        corrections.MapPost("", SubmitAsync).RequireRateLimiting(RateLimits.Submit).WithBodySizeLimit(MaxBodyBytes);
        // /corrections/?decision= (or ?certificate=), the "申请更正" link, as the proxies pass it on: the form filled in.
        corrections.MapPage("/form", FormPageAsync);
        corrections.MapPage("/status/page", StatusPageAsync);
        corrections.MapGet("/links", LinksPageAsync);
        corrections.MapGet("/{ticket}", StatusAsync);
        corrections.MapPost("/{ticket}/confirm", ConfirmAsync).WithBodySizeLimit(16 * 1024);
        corrections.MapPost("/links", ResendLinksAsync).RequireRateLimiting(RateLimits.Submit).WithBodySizeLimit(16 * 1024);
        app.MapCorrectionAdmin();
        return app;
    }

    private static async Task<Results<Created<SubmittedTicket>, ValidationProblem, ProblemHttpResult, HtmlPage, RedirectHttpResult>> SubmitAsync(
        HttpContext context, PortalData data, CorrectionDesk desk, PageRenderer pages, IOptions<CorrectionOptions> options, TimeProvider clock,
        SubmitAllowance allowance, CancellationToken cancel)
    {
        // The 201 carries the status token.
        context.Response.KeepPrivate();
        // Unreadable forms, broken text and oversized bodies were answered before (BrokenBodies).
        var (form, error) = await Submission.ReadAsync(context.Request, cancel);
        if (form is null) return PortalProblems.UnreadableBody(error);

        var page = WantsPage(context.Request, form);
        if (form.FilledHoneypot)
            return page
                ? await PageAsync<MessagePage>(context, pages, "提交未能完成", StatusCodes.Status400BadRequest,
                    new() { ["Message"] = "提交未能完成，请刷新页面后重新填写。" })
                : TypedResults.Problem(title: "提交未能完成", detail: "提交未能完成，请刷新页面后重新填写。", statusCode: StatusCodes.Status400BadRequest);
        if (data.Registry is null) return PortalProblems.Unavailable();

        var (request, errors) = await CorrectionForm.ReadAsync(form, data, cancel);
        if (request is null)
            return page ? await FormAgainAsync(errors, StatusCodes.Status400BadRequest) : errors.ToProblem();
        if (allowance.Refuse(context) is { } wait)
            // The form again with everything kept, not a page that says only 请求过于频繁 and loses what was typed.
            return page
                ? await FormAgainAsync(FieldErrors.From([new(FieldErrors.WholeForm, RateLimits.TooManyDetail(context, wait))]), StatusCodes.Status429TooManyRequests)
                : RateLimits.TooManyProblem(context, wait);

        var submitted = await desk.SubmitAsync(request, cancel);
        if (submitted is null)
        {
            // Retry-After: China midnight, when the address's count starts again.
            var now = ChinaTime.Now(clock);
            var midnight = ChinaTime.NextMidnight(now);
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling((midnight - now).TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            var detail = $"今天已向这个电子邮箱发送了 {options.Value.ConfirmMailsPerAddressPerDay} 封确认邮件，不能再发送。"
                + "请先查收已发送的确认邮件（也请查看垃圾邮件箱），或明天再提交。";
            return page
                ? await PageAsync<MessagePage>(context, pages, "确认邮件已达今日上限", StatusCodes.Status429TooManyRequests, new() { ["Message"] = detail })
                : TypedResults.Problem(title: "确认邮件已达今日上限", detail: detail, statusCode: StatusCodes.Status429TooManyRequests);
        }
        var (ticket, token) = submitted.Value;
        if (!page) return TypedResults.Created($"/api/corrections/{ticket}", new SubmittedTicket(ticket, token));
        // A browser goes on to the request's status page, which says what to do next: Reload and Back open that page
        // again, where the post's own answer asked to send the form again and filed a second request.
        return TypedResults.Redirect(StatusPath(ticket, token) + "&" + JustSubmitted + "=1");

        Task<HtmlPage> FormAgainAsync(FieldErrors problems, int status) => PageAsync<CorrectionRequestForm>(context, pages, RefusedTitle, status, new()
        {
            ["Action"] = FormAction,
            ["Values"] = CorrectionRequestForm.Labels.Keys.ToDictionary(field => field, field => form[field]),
            ["Errors"] = problems.ToDictionary().AsReadOnly(),
            ["AttachmentsToChooseAgain"] = form.Files.Count(f => f.Length > 0),
        });
    }

    /// <summary>
    /// The form with the record filled in from the link, for browsers without JavaScript (with it, corrections.js
    /// would do the same on the static page). Only the two record fields are taken from the address.
    /// </summary>
    private static Task<HtmlPage> FormPageAsync(HttpRequest request, PortalData data, PageRenderer pages)
    {
        var values = new[] { "decision", "certificate" }
            .Select(field => (field, value: request.Query[field].FirstOrDefault()?.Trim()))
            .Where(f => !string.IsNullOrEmpty(f.value) && f.value.Length <= MaxLinkedValue)
            // A published record's number as published (３６０９ ００１２ ３８９ → 36090012389); another is kept as typed.
            .ToDictionary(f => f.field, f => f.field == "decision"
                ? CorrectionForm.FindDecision(data, f.value!)?.Number ?? f.value
                : data.Officer(f.value!)?.Certificate ?? f.value);
        return pages.PageAsync<CorrectionRequestForm>(FormTitle, new Dictionary<string, object?>
        {
            ["Action"] = FormAction,
            ["Values"] = values.AsReadOnly(),
            ["FilledFromLink"] = values.Count > 0,
        });
    }

    private static async Task<Results<JsonHttpResult<CorrectionStatusView>, ProblemHttpResult>> StatusAsync(string ticket, HttpContext context,
        CorrectionDesk desk, IOptions<CorrectionOptions> options, CancellationToken cancel)
    {
        context.Response.KeepPrivate();
        var (correction, access) = await desk.OpenAsync(ticket, context.Request.Query["token"], cancel);
        return correction is null
            ? NotFound()
            : TypedResults.Json(CorrectionViews.ForRequester(correction, access, desk.Today, options.Value.ConfirmDays), CorrectionViews.Json);
    }

    private static async Task<HtmlPage> StatusPageAsync(HttpContext context, CorrectionDesk desk, PageRenderer pages,
        IOptions<CorrectionOptions> options, CancellationToken cancel)
    {
        string? ticket = context.Request.Query["ticket"], token = context.Request.Query["token"];
        var (correction, access) = await desk.OpenAsync(ticket, token, cancel);
        if (correction is null) return await NotFoundPageAsync(context, pages, ticket, token);
        // Just confirmed (the confirm button's redirect): say so once, above the status.
        var notice = context.Request.Query["confirmed"] == "1" && correction.Deadline is { } deadline ? ConfirmedNotice(correction.Subject.BodyName, deadline) : null;
        // Just filed (the form's redirect), and still waiting for its confirmation: the next step and where its mail went.
        var submittedTo = context.Request.Query[JustSubmitted] == "1" && correction.Status == CorrectionStatus.Pending ? correction.Email : null;
        return await RenderStatusAsync(context, pages, options.Value, desk, correction, access, token!, notice, StatusCodes.Status200OK, submittedTo);
    }

    /// <summary>The mark the form's redirect puts on the status page's address.</summary>
    private const string JustSubmitted = "submitted";

    private static string ConfirmedNotice(string bodyName, DateOnly deadline) =>
        $"申请已确认，已送交{bodyName}办理，答复期限为 {CorrectionMail.FormatDay(deadline)}。";

    /// <summary>
    /// Confirming is a POST (the button on the status page), not the GET of the e-mailed link: mail scanners
    /// open links in e-mails by themselves, and must not confirm a request on the requester's behalf.
    /// </summary>
    private static async Task<Results<JsonHttpResult<CorrectionStatusView>, ProblemHttpResult, HtmlPage, RedirectHttpResult>> ConfirmAsync(string ticket,
        HttpContext context, CorrectionDesk desk, PageRenderer pages, PortalData data, IOptions<CorrectionOptions> options, CancellationToken cancel)
    {
        context.Response.KeepPrivate();
        var (form, _) = await Submission.ReadAsync(context.Request, cancel);
        var token = form?["token"] ?? context.Request.Query["token"].FirstOrDefault();
        var page = form is not null && WantsPage(context.Request, form);
        if (data.Registry is null) return PortalProblems.Unavailable();

        var (result, correction) = await desk.ConfirmAsync(ticket, token, cancel);
        if (correction is null) return page ? await NotFoundPageAsync(context, pages, ticket) : NotFound();
        var view = CorrectionViews.ForRequester(correction, TokenAccess.View, desk.Today, options.Value.ConfirmDays);
        var (status, notice) = result switch
        {
            ConfirmResult.Confirmed => (StatusCodes.Status200OK, ConfirmedNotice(correction.Subject.BodyName, correction.Deadline!.Value)),
            ConfirmResult.AlreadyConfirmed => (StatusCodes.Status200OK, "这份申请已经确认过了。"),
            ConfirmResult.Lapsed => (StatusCodes.Status409Conflict, $"这份申请在提交后 {options.Value.ConfirmDays} 天内未经确认，已失效，不能再确认。"),
            _ => (StatusCodes.Status403Forbidden, "请打开确认邮件中的链接，在那里确认申请。"),
        };
        // A browser goes on to the status page's own address, which can be saved, reopened and reloaded; the
        // confirm address only takes this post.
        if (page && result is ConfirmResult.Confirmed or ConfirmResult.AlreadyConfirmed)
            return TypedResults.Redirect(StatusPath(ticket, token!) + (result == ConfirmResult.Confirmed ? "&confirmed=1" : ""));
        if (page) return await RenderStatusAsync(context, pages, options.Value, desk, correction, TokenAccess.View, token!, notice, status);
        return status == StatusCodes.Status200OK
            ? TypedResults.Json(view, CorrectionViews.Json)
            : TypedResults.Problem(title: status == StatusCodes.Status409Conflict ? "申请已失效" : "不能在这里确认", detail: notice, statusCode: status);
    }

    /// <summary>The answer to a lost-link request, whatever the address: it must not tell who filed a request.</summary>
    private static string LinksSent(CorrectionOptions options) =>
        "如果有以这个邮箱提交的更正申请，我们已把每份申请新的进度链接发到该邮箱，请查收（也请查看垃圾邮件箱）。"
        + $"同一邮箱每天最多发送 {options.LinkMailsPerAddressPerDay} 次；原来邮件中的链接仍然有效。";

    /// <summary>
    /// POST /api/corrections/links (email): someone who lost the confirmation mail gets every request's progress
    /// link again, at the address the requests name. 202 with the same words whether or not any request names it.
    /// </summary>
    private static async Task<Results<Accepted<LinksAnswer>, ValidationProblem, ProblemHttpResult, HtmlPage, RedirectHttpResult>> ResendLinksAsync(
        HttpContext context, PortalData data, CorrectionDesk desk, PageRenderer pages, IOptions<CorrectionOptions> options,
        SubmitAllowance allowance, CancellationToken cancel)
    {
        var (form, error) = await Submission.ReadAsync(context.Request, cancel);
        if (form is null) return PortalProblems.UnreadableBody(error);
        var page = WantsPage(context.Request, form);
        var email = ContactRules.NormalizeEmail(form["email"]);
        if (CorrectionForm.EmailProblem(email, "请填写提交申请时填写的电子邮箱。") is { } message)
            return page
                ? await PageAsync<LostLinkForm>(context, pages, "电子邮箱有误", StatusCodes.Status400BadRequest, new()
                {
                    [nameof(LostLinkForm.Email)] = form["email"] is { Length: <= 320 } typed ? typed : null, [nameof(LostLinkForm.Error)] = message,
                })
                : FieldErrors.From([new("email", message)]).ToProblem();
        if (data.Registry is null) return PortalProblems.Unavailable();
        if (allowance.Refuse(context) is { } wait)
            return page ? RateLimits.TooManyPage(context, wait) : RateLimits.TooManyProblem(context, wait);

        await desk.ResendLinksAsync(email!, cancel);
        // A browser goes on to the answer's own address: a Reload of the post's answer sent another mail, one of the day's few.
        return page
            ? TypedResults.Redirect($"/api/corrections/links?{LinksSentMark}=1")
            : TypedResults.Accepted((string?)null, new LinksAnswer(LinksSent(options.Value)));
    }

    /// <summary>The mark the lost-link form's redirect puts on the address.</summary>
    private const string LinksSentMark = "sent";

    /// <summary>
    /// GET /api/corrections/links: after the lost-link form, its answer (the same words for every address, so the
    /// address tells nobody anything); opened otherwise (a restored tab, a hand-typed address), the form itself, not a
    /// JSON 404 for a ticket called "links".
    /// </summary>
    private static async Task<Results<HtmlPage, RedirectHttpResult>> LinksPageAsync(HttpContext context, PageRenderer pages, IOptions<CorrectionOptions> options) =>
        context.Request.Query[LinksSentMark] == "1"
            ? await PageAsync<MessagePage>(context, pages, "进度链接已发送", StatusCodes.Status200OK, new()
            {
                ["Message"] = LinksSent(options.Value), ["LinkUrl"] = "/corrections/status/", ["LinkText"] = "返回查询办理进度", ["Role"] = "status",
            })
            : TypedResults.Redirect("/corrections/status/#find-links");

    private static Task<HtmlPage> RenderStatusAsync(HttpContext context, PageRenderer pages, CorrectionOptions options, CorrectionDesk desk,
        StoredCorrection correction, TokenAccess access, string token, string? notice, int status, string? submittedTo = null) =>
        PageAsync<StatusPage>(context, pages, submittedTo is null ? $"更正申请进度 {correction.Ticket}" : "申请已提交", status, new()
        {
            ["SubmittedTo"] = submittedTo,
            ["View"] = CorrectionViews.ForRequester(correction, access, desk.Today, options.ConfirmDays),
            ["Token"] = token,
            ["Notice"] = notice,
            ["ConfirmDays"] = options.ConfirmDays,
            ["DeadlineWorkingDays"] = options.DeadlineWorkingDays,
            ["Office"] = desk.Supervision,
        });

    /// <summary>The lookup form again, with what was typed: usually one of the two is mistyped, and the 43-character 查询码 is the one not to retype.</summary>
    private static Task<HtmlPage> NotFoundPageAsync(HttpContext context, PageRenderer pages, string? ticket, string? token = null) =>
        PageAsync<LookupPage>(context, pages, NotFoundTitle, StatusCodes.Status404NotFound, new()
        {
            ["Message"] = $"{NotFoundTitle}。{NotFoundDetail}",
            ["Ticket"] = ticket,
            ["Token"] = token?.Length <= 200 ? token : null,
        });

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(title: NotFoundTitle, detail: NotFoundDetail, statusCode: StatusCodes.Status404NotFound);

    /// <summary>This feature's pages: each was opened with, or hands out, a token, so each is kept private.</summary>
    private static Task<HtmlPage> PageAsync<TComponent>(HttpContext context, PageRenderer pages, string title, int status,
        Dictionary<string, object?> parameters) where TComponent : IComponent
    {
        context.Response.KeepPrivate();
        return pages.PageAsync<TComponent>(title, parameters, status);
    }

    /// <summary>The site-relative status page (proxied to the API), as the e-mailed link but with the viewing token.</summary>
    public static string StatusPath(string ticket, string token) =>
        $"/corrections/status/?ticket={Uri.EscapeDataString(ticket)}&token={Uri.EscapeDataString(token)}";

    /// <summary>A form post wants a page, unless the script that sent it asked for JSON.</summary>
    private static bool WantsPage(HttpRequest request, Submission form) =>
        form.IsForm && !request.AsksForJson();
}
