using Enforcement.Api.Feedback.Staff;
using Enforcement.Api.Infrastructure.Forms;
using Enforcement.Api.Infrastructure.Limits;
using Enforcement.Api.Infrastructure.Pages;
using Enforcement.Api.Infrastructure.Staff;
using Enforcement.Api.Infrastructure.Storage;

namespace Enforcement.Api.Feedback;

/// <summary>码上监督: the officer page a card's QR code opens, visit ratings, and the supervision office's view of them.</summary>
public static class FeedbackEndpoints
{
    public static WebApplicationBuilder AddFeedback(this WebApplicationBuilder builder)
    {
        builder.Services.AddMigrations(FeedbackSchema.Migrations);
        builder.Services.AddSingleton<RatingStore>();
        builder.Services.AddSingleton<RatingQueries>();
        return builder;
    }

    public static WebApplication MapFeedback(this WebApplication app)
    {
        var feedback = app.MapGroup("/api").WithTags("Feedback").AnswersBrokenBodies();
        feedback.MapPost("/feedback", SubmitRating.HandleAsync)
            .RequireRateLimiting(RateLimits.Submit)
            .WithBodySizeLimit(SubmitRating.MaxBodyBytes);
        feedback.MapPage("/feedback/thanks", SubmitRating.ThanksAsync);
        feedback.MapPage("/officers/{certificate}/page", OfficerPage.HandleAsync);
        feedback.MapPage("/feedback/satisfaction/{body}", SatisfactionPage.HandleAsync).RequireRateLimiting(RateLimits.Search);
        FeedbackAdminEndpoints.Map(app.MapStaffGroup("/feedback").WithTags("Feedback staff"));
        return app;
    }
}
