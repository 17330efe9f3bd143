using Enforcement.Api.Infrastructure;
using Enforcement.Api.Infrastructure.Forms;
using Enforcement.Api.Infrastructure.Limits;
using Enforcement.Api.Infrastructure.Staff;
using Enforcement.Corrections;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Enforcement.Api.Corrections;

/// <summary>
/// /api/admin/corrections: each key sees and moves only its own body's requests ("*" sees all); another body's
/// request answers 404 as if it did not exist. Attachments are served here and nowhere else.
/// </summary>
internal sealed record StaffList(int Total, IReadOnlyList<StaffListItem> Items);

internal static class CorrectionAdminEndpoints
{
    public static void MapCorrectionAdmin(this WebApplication app)
    {
        var staff = app.MapStaffGroup("/corrections").WithTags("Corrections staff");
        staff.MapGet("", ListAsync);
        staff.MapGet("/{ticket}", GetAsync);
        staff.MapGet("/{ticket}/attachments/{id:long}", DownloadAsync);
        staff.MapPost("/{ticket}/transitions", MoveAsync).WithBodySizeLimit(64 * 1024);
    }

    private static async Task<Results<JsonHttpResult<StaffList>, ValidationProblem>> ListAsync(HttpContext context, CorrectionDesk desk, string? status, string? overdue, CancellationToken cancel)
    {
        CorrectionStatus? filter = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!CorrectionStatuses.TryParse(status, out var parsed))
            {
                var errors = new FieldErrors();
                errors.Add("status", $"未知的状态「{status}」。可用：{string.Join("、", Enum.GetValues<CorrectionStatus>().Select(s => $"{s.Code()}（{s.Label()}）"))}。");
                return errors.ToProblem("查询条件有误");
            }
            filter = parsed;
        }
        var overdueOnly = overdue is not null && (overdue.Equals("true", StringComparison.OrdinalIgnoreCase) || overdue == "1");
        var list = await desk.ListAsync(context.Staff(), filter, overdueOnly, cancel);
        var today = desk.Today;
        return TypedResults.Json(new StaffList(list.Count, [.. list.Select(c => CorrectionViews.ListItem(c, today))]), CorrectionViews.Json);
    }

    private static async Task<Results<JsonHttpResult<StaffCorrectionView>, ProblemHttpResult>> GetAsync(string ticket, HttpContext context, CorrectionDesk desk, CancellationToken cancel)
    {
        context.Response.Headers.CacheControl = "no-store";
        return await desk.FindForStaffAsync(ticket, context.Staff(), cancel) is { } c
            ? TypedResults.Json(CorrectionViews.ForStaff(c, desk.Today), CorrectionViews.Json)
            : NotFound();
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(string ticket, long id, HttpContext context, CorrectionDesk desk, CancellationToken cancel)
    {
        if (await desk.AttachmentAsync(ticket, id, context.Staff(), cancel) is not { } file)
            return TypedResults.Problem(title: "未找到该附件", statusCode: StatusCodes.Status404NotFound);
        // Uploads are never empty: an empty, nameless one was erased when its retention period ended (api/Retention).
        if (file.Content.Length == 0 && file.Info.FileName.Length == 0)
            return TypedResults.Problem(title: "附件已删除", detail: "该附件已按个人信息保存期限删除。", statusCode: StatusCodes.Status410Gone);
        // A download, never rendered in the API's origin.
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.ContentSecurityPolicy = "sandbox";
        return TypedResults.File(file.Content, file.Info.ContentType, AttachmentNames.ForDownload(file.Info));
    }

    private static async Task<Results<JsonHttpResult<StaffCorrectionView>, ValidationProblem, ProblemHttpResult>> MoveAsync(string ticket, HttpContext context, CorrectionDesk desk, CancellationToken cancel)
    {
        var (form, error) = await Submission.ReadAsync(context.Request, cancel);
        if (form is null) return PortalProblems.UnreadableBody(error);

        var errors = new FieldErrors();
        var to = default(CorrectionStatus);
        if (form["status"] is not { } statusText) errors.Add("status", "请指定要变更为的状态（verifying 核实中、corrected 已更正 或 refused 不予更正）。");
        else if (!CorrectionStatuses.TryParse(statusText, out to)) errors.Add("status", $"未知的状态「{statusText}」。");
        var reply = form["reply"];
        if (reply is null) errors.Add("reply", "请填写给申请人的答复，它会通过邮件发给申请人，并显示在进度页面上。");
        else if (reply.Length > CorrectionForm.MaxTextLength) errors.Add("reply", $"答复不能超过 {CorrectionForm.MaxTextLength} 字。");
        var reason = form["reason"];
        if (to == CorrectionStatus.Refused && reason is null) errors.Add("reason", "不予更正的，必须说明理由。");
        else if (reason?.Length > CorrectionForm.MaxTextLength) errors.Add("reason", $"理由不能超过 {CorrectionForm.MaxTextLength} 字。");
        if (errors.Any) return errors.ToProblem("变更内容有误");

        var (result, correction, refusal) = await desk.MoveAsync(ticket, context.Staff(), to, reply!, reason, cancel);
        return result switch
        {
            MoveResult.NotFound => NotFound(),
            MoveResult.Refused => TypedResults.Problem(title: "不能变更为该状态", detail: refusal, statusCode: StatusCodes.Status409Conflict),
            _ => TypedResults.Json(CorrectionViews.ForStaff(correction!, desk.Today), CorrectionViews.Json),
        };
    }

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(title: "未找到该申请", detail: "没有这个申请编号，或它不属于您的单位。", statusCode: StatusCodes.Status404NotFound);
}
