using Enforcement.Api.Infrastructure.Forms;

namespace Enforcement.Api.Feedback.Pages;

/// <summary>What the rating form shows in its fields: the defaults, or what was sent back with errors.</summary>
public sealed record RatingFormValues(
    string? VisitDate, string? Rating, IReadOnlyList<string> Checks, IReadOnlyList<string> Problems, string? Comment, string? Contact)
{
    public static RatingFormValues Defaults(DateOnly today) =>
        new(RatingStore.Day(today), null, [], [], null, null);

    public static RatingFormValues From(Submission form) =>
        new(form["visitDate"], form["rating"], form.List("checks"), form.List("problems"), form["comment"], form["contact"]);
}
