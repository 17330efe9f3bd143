using System.Text.Json.Serialization;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Infrastructure.Data;
using Enforcement.Api.Infrastructure.Forms;
using Enforcement.Api.Infrastructure.Staff;
using Enforcement.Time;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Enforcement.Api.Feedback.Staff;

/// <summary>
/// /api/admin/feedback: ratings for staff. The supervision office (a key for body "*") sees every rating with
/// the rater's contact; a body's key sees only its own body's ratings and never the contact.
/// </summary>
public static class FeedbackAdminEndpoints
{
    public const int NoteMaxLength = 2000;

    public static void Map(RouteGroupBuilder staff)
    {
        staff.MapGet("", ListAsync);
        staff.MapGet("/export.csv", ExportAsync);
        staff.MapGet("/satisfaction", SatisfactionAsync);
        staff.MapGet("/{reference}", GetAsync);
        staff.MapPost("/{reference}/follow-ups", FollowUpAsync);
    }

    private static async Task<IResult> ListAsync(HttpContext context, RatingQueries queries, PortalData data, CancellationToken cancel)
    {
        var staff = context.Staff();
        var (filter, errors) = RatingFilter.Parse(context.Request.Query, staff);
        var (page, size) = RatingFilter.Paging(context.Request.Query, errors);
        if (errors.Any) return Refuse(errors);
        var (total, items) = await queries.ListAsync(filter, page, size, cancel);
        return Results.Ok(new { total, page, size, items = items.Select(r => RatingView.Of(r, data, staff)) });
    }

    private static async Task<IResult> ExportAsync(HttpContext context, RatingQueries queries, PortalData data, TimeProvider clock, CancellationToken cancel)
    {
        var staff = context.Staff();
        var (filter, errors) = RatingFilter.Parse(context.Request.Query, staff);
        if (errors.Any) return Refuse(errors);
        var ratings = await queries.AllAsync(filter, cancel);
        var csv = RatingCsv.Write(ratings, slug => data.Body(slug)?.Name ?? slug, withContact: SeesContact(staff));
        return Results.File(csv, "text/csv; charset=utf-8", $"feedback-{ChinaTime.Today(clock):yyyyMMdd}.csv");
    }

    private static async Task<IResult> SatisfactionAsync(HttpContext context, RatingQueries queries, PortalData data, CancellationToken cancel)
    {
        var staff = context.Staff();
        var (filter, errors) = RatingFilter.Parse(context.Request.Query, staff);
        if (errors.Any) return Refuse(errors);
        var (bodies, officers) = await queries.SatisfactionAsync(filter, cancel);
        // The bodies in the report's scope with no rating that matches, as the console's page lists them (尚无评价).
        var unrated = SatisfactionScope.Bodies(filter.Body, data, bodies).Where(b => bodies.All(r => r.Body != b.Slug));
        return Results.Ok(new
        {
            satisfiedMeans = $"评分 {RatingVocabulary.SatisfiedFrom} 及以上（{RatingVocabulary.Levels[RatingVocabulary.SatisfiedFrom - 1]}、{RatingVocabulary.Levels[^1]}）",
            bodies = bodies.Select(b => new
            {
                b.Month, body = b.Body, bodyName = data.Body(b.Body)?.Name ?? b.Body, b.Count, b.Average, b.Satisfied, b.SatisfiedShare, b.Poor, b.WithProblems,
            }),
            officers = officers.Select(o => new
            {
                o.Month, certificate = o.Certificate, name = o.OfficerName, body = o.Body, o.Count, o.Average, o.Satisfied, o.SatisfiedShare, o.Poor, o.WithProblems,
            }),
            unrated = unrated.Select(b => new { body = b.Slug, bodyName = b.Name }),
        });
    }

    private static async Task<IResult> GetAsync(string reference, HttpContext context, RatingQueries queries, PortalData data, CancellationToken cancel)
    {
        var staff = context.Staff();
        // Another body's rating answers as if it did not exist.
        if (await queries.GetAsync(reference, cancel) is not { } found || !staff.MayActFor(found.Rating.BodySlug)) return NotFound(reference);
        return Results.Ok(new { rating = RatingView.Of(found.Rating, data, staff), history = found.History });
    }

    private static async Task<Results<Created<HistoryEntry>, ValidationProblem, ProblemHttpResult>> FollowUpAsync(string reference, HttpContext context, RatingQueries queries, TimeProvider clock, CancellationToken cancel)
    {
        var staff = context.Staff();
        if (await queries.GetAsync(reference, cancel) is not { } found || !staff.MayActFor(found.Rating.BodySlug)) return NotFound(reference);
        var (submission, error) = await Submission.ReadAsync(context.Request, cancel);
        if (submission is null) return PortalProblems.UnreadableBody(error);
        var errors = new FieldErrors();
        var note = submission["note"]?.Replace("\r\n", "\n", StringComparison.Ordinal);
        // Only a zero-width space (or spaces) is no note: it made the rating 已跟进 with nothing written.
        if (BlankText.IsBlank(note)) errors.Add("note", "请填写跟进情况。");
        else if (note.Length > NoteMaxLength) errors.Add("note", $"跟进情况不能超过 {NoteMaxLength} 字。");
        if (errors.Any) return errors.ToProblem();
        var entry = await queries.AddFollowUpAsync(found.Rating, staff, note!, clock.GetUtcNow(), cancel);
        return TypedResults.Created($"/api/admin/feedback/{Uri.EscapeDataString(reference)}", entry);
    }

    private static bool SeesContact(StaffIdentity staff) => staff.Body == "*";

    private static IResult Refuse(FieldErrors errors) =>
        errors.ToDictionary().ContainsKey("body")
            ? Results.Problem(title: "无权查看", detail: FieldErrors.Sentence(errors.ToDictionary()["body"]), statusCode: StatusCodes.Status403Forbidden)
            : errors.ToProblem("查询条件有误");

    private static ProblemHttpResult NotFound(string reference) =>
        TypedResults.Problem(title: "未找到", detail: $"没有编号为 {reference} 的评价，或此密钥无权查看。", statusCode: StatusCodes.Status404NotFound);

    /// <summary>A rating as staff see it; Contact only for the supervision office, and for the body a comment's contacts masked.</summary>
    private sealed record RatingView(
        string Reference, string Certificate, string Officer, string Body, string BodyName, string Unit, DateOnly VisitDate,
        int Rating, string Level, IReadOnlyList<string> Checks, IReadOnlyList<string> Problems, string? Comment,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Contact,
        DateTimeOffset Received, bool FollowedUp, bool BodyNoted)
    {
        public static RatingView Of(StoredRating r, PortalData data, StaffIdentity staff) => new(
            r.Reference, r.Certificate, r.OfficerName, r.BodySlug, data.Body(r.BodySlug)?.Name ?? r.BodySlug, r.Unit, r.VisitDate,
            r.Rating, RatingVocabulary.LevelOf(r.Rating), r.Checks, r.Problems, r.CommentFor(SeesContact(staff)),
            SeesContact(staff) ? r.Contact : null, r.Received, r.FollowedUp, r.BodyNoted);
    }
}
