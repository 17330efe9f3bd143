using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Enforcement.Api.Infrastructure.Forms;
using Enforcement.Api.Feedback;
using Enforcement.Api.Feedback.Staff;
using Enforcement.Api.Infrastructure.Data;
using Enforcement.Api.Infrastructure.Pages;
using Enforcement.Api.Staff.Pages;
using Enforcement.Time;
using Microsoft.AspNetCore.Antiforgery;

namespace Enforcement.Api.Staff;

/// <summary>
/// /staff/feedback: ratings with the admin API's filters, a rating's page with its history and a follow-up form,
/// and the CSV export. A body's staff see their body's ratings only, never the rater's contact, and what they write
/// is the body's note (本单位说明), kept beside the office's follow-up and never making a rating 已跟进; the
/// supervision office ("*") sees all, contacts included, and follows them up.
/// </summary>
internal static class ConsoleFeedback
{
    public static void Map(RouteGroupBuilder console)
    {
        console.MapGet("/feedback", ListAsync);
        console.MapGet("/feedback/export.csv", ExportAsync);
        console.MapGet("/feedback/{reference}", ShowAsync);
        console.MapPost("/feedback/{reference}/follow-ups", FollowUpAsync);
    }

    private static async Task<IResult> ListAsync(HttpContext http, RatingQueries queries, PortalData data, PageRenderer pages, CancellationToken cancel)
    {
        var staff = StaffConsole.Identity(http);
        var (filter, errors) = RatingFilter.Parse(http.Request.Query, staff, data);
        var (page, size) = RatingFilter.Paging(http.Request.Query, errors);
        var (total, items) = errors.Any ? (0L, []) : await queries.ListAsync(filter, page, size, cancel);
        return await pages.PageAsync<RatingList>("评价", new Dictionary<string, object?>
        {
            [nameof(RatingList.Ratings)] = items,
            [nameof(RatingList.Bodies)] = StaffConsole.BodiesToFilter(staff, data),
            [nameof(RatingList.Total)] = total,
            [nameof(RatingList.Page)] = page,
            [nameof(RatingList.Size)] = size,
            [nameof(RatingList.Query)] = http.Request.QueryString.Value ?? "",
            // A date typed as 2026/3/1 filters; the date box shows it as the browser's picker writes it, or it would look empty.
            [nameof(RatingList.Typed)] = (Func<string, string?>)(key => key switch
            {
                "from" when filter.From is { } from => from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                "to" when filter.To is { } to => to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                _ => http.Request.Query[key].FirstOrDefault(),
            }),
            [nameof(RatingList.PageUrl)] = (Func<int, string>)(n => QueryHelpers.AddQueryString("/staff/feedback",
                http.Request.Query.Where(q => q.Key != "page").SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v)))
                    .Append(KeyValuePair.Create("page", (string?)n.ToString(CultureInfo.InvariantCulture))))),
            [nameof(RatingList.Problems)] = ConsoleFieldErrors.From(errors),
            [nameof(RatingList.BodyName)] = (Func<string, string>)(slug => data.Body(slug)?.Name ?? slug),
        }, errors.Any ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
    }

    private static async Task<IResult> ExportAsync(HttpContext http, RatingQueries queries, PortalData data, TimeProvider clock, CancellationToken cancel)
    {
        var staff = StaffConsole.Identity(http);
        var (filter, errors) = RatingFilter.Parse(http.Request.Query, staff, data);
        if (errors.Any) return Results.Problem(title: "查询条件有误", detail: FieldErrors.Sentence(errors.ToDictionary().SelectMany(e => e.Value)), statusCode: StatusCodes.Status400BadRequest);
        var csv = RatingCsv.Write(await queries.AllAsync(filter, cancel), slug => data.Body(slug)?.Name ?? slug, withContact: staff.Body == StaffAccount.AllBodies);
        return Results.File(csv, "text/csv; charset=utf-8", $"feedback-{ChinaTime.Today(clock):yyyyMMdd}.csv");
    }

    private static async Task<IResult> ShowAsync(string reference, HttpContext http, RatingQueries queries, PortalData data, IAntiforgery forms,
        PageRenderer pages, CancellationToken cancel)
    {
        var staff = StaffConsole.Identity(http);
        if (await queries.GetAsync(reference, cancel) is not { } found || !staff.MayActFor(found.Rating.BodySlug))
            return await pages.PageAsync<ConsoleNotFound>("未找到该评价", new Dictionary<string, object?> { [nameof(ConsoleNotFound.What)] = "评价" }, StatusCodes.Status404NotFound);
        return await RatingPageAsync(http, found.Rating, found.History, data, forms, pages, StatusCodes.Status200OK,
            http.Request.Query.ContainsKey("noted") ? staff.IsSupervisionOffice ? "跟进情况已记录。" : "说明已记录，监督机构处理时会看到。" : null, null);
    }

    private static async Task<IResult> FollowUpAsync(string reference, HttpContext http, RatingQueries queries, PortalData data, IAntiforgery forms,
        PageRenderer pages, TimeProvider clock, CancellationToken cancel)
    {
        if (await StaffConsole.RefuseForgedAsync(http, forms, pages, $"/staff/feedback/{Uri.EscapeDataString(reference)}") is { } forged) return forged;
        var staff = StaffConsole.Identity(http);
        if (await queries.GetAsync(reference, cancel) is not { } found || !staff.MayActFor(found.Rating.BodySlug))
            return await pages.PageAsync<ConsoleNotFound>("未找到该评价", new Dictionary<string, object?> { [nameof(ConsoleNotFound.What)] = "评价" }, StatusCodes.Status404NotFound);
        var note = ConsoleText.Required((await http.Request.ReadFormAsync(cancel))["note"].ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
        var what = staff.IsSupervisionOffice ? "跟进情况" : "说明";
        var problem = note.Length == 0 ? $"请填写{what}。"
            : note.Length > FeedbackAdminEndpoints.NoteMaxLength ? $"{what}不能超过 {FeedbackAdminEndpoints.NoteMaxLength} 字。" : null;
        if (problem is not null)
            return await RatingPageAsync(http, found.Rating, found.History, data, forms, pages, StatusCodes.Status400BadRequest, null, problem);
        await queries.AddFollowUpAsync(found.Rating, staff, note, clock.GetUtcNow(), cancel);
        return StaffConsole.SeeOther($"/staff/feedback/{Uri.EscapeDataString(reference)}?noted=1");
    }

    private static async Task<IResult> RatingPageAsync(HttpContext http, StoredRating rating, IReadOnlyList<HistoryEntry> history, PortalData data,
        IAntiforgery forms, PageRenderer pages, int status, string? notice, string? problem) =>
        await pages.PageAsync<RatingPage>($"评价 {rating.Reference}", new Dictionary<string, object?>
        {
            [nameof(RatingPage.Rating)] = rating,
            [nameof(RatingPage.History)] = history,
            [nameof(RatingPage.BodyName)] = data.Body(rating.BodySlug)?.Name ?? rating.BodySlug,
            [nameof(RatingPage.ForOffice)] = StaffConsole.Identity(http).IsSupervisionOffice,
            [nameof(RatingPage.FormToken)] = forms.GetAndStoreTokens(http).RequestToken,
            [nameof(RatingPage.Notice)] = notice,
            [nameof(RatingPage.Problem)] = problem,
        }, status);
}
