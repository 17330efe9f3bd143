namespace Enforcement.Api.Feedback;

// Placeholder until written.
internal static class FeedbackEndpoints
{
    public static WebApplication MapFeedback(this WebApplication app) => app;
}
