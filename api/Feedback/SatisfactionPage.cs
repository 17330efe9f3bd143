using Enforcement.Api.Feedback.Pages;
using Enforcement.Api.Feedback.Staff;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Infrastructure.Data;
using Enforcement.Api.Infrastructure.Pages;
using Enforcement.Time;

namespace Enforcement.Api.Feedback;

/// <summary>GET /api/feedback/satisfaction/{body}: a body's published 社会满意度, linked from its page on the site.</summary>
public static class SatisfactionPage
{
    public static async Task<IResult> HandleAsync(string body, PortalData data, RatingQueries queries, TimeProvider clock,
        PageRenderer pages, CancellationToken cancel)
    {
        if (data.Registry is not { } registry) return PortalProblems.Unavailable();
        if (data.Body(body) is not { } found)
            return await pages.PageAsync<SatisfactionNotFound>("未找到该执法主体", new Dictionary<string, object?>(), StatusCodes.Status404NotFound);
        var (bodies, _) = await queries.SatisfactionAsync(new RatingFilter(Body: found.Slug), cancel);
        return await pages.PageAsync<SatisfactionView>($"{found.Name}社会满意度", new Dictionary<string, object?>
        {
            [nameof(SatisfactionView.BodySlug)] = found.Slug,
            [nameof(SatisfactionView.BodyName)] = found.Name,
            [nameof(SatisfactionView.Months)] = PublicSatisfaction.Months(bodies, found.Slug),
            [nameof(SatisfactionView.Office)] = registry.Supervision,
            [nameof(SatisfactionView.Today)] = ChinaTime.Today(clock),
        });
    }
}
