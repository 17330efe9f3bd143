namespace Enforcement.Api.Retention;

/// <summary>
/// When personal data has served its purpose. The privacy page (content/pages/privacy.md) states the defaults;
/// RetentionOptions changes them.
/// </summary>
public static class RetentionRules
{
    /// <summary>
    /// A rater's contact is there so staff can follow the rating up: it is kept for the period after the rating
    /// arrived, and a follow-up starts the period again, since the follow-up may still need the rater.
    /// </summary>
    public static DateTimeOffset RaterDataDue(DateTimeOffset received, DateTimeOffset? lastFollowUp, RetentionOptions options) =>
        Later(received, lastFollowUp).AddDays(options.RaterDays);

    /// <summary>
    /// A requester's details are there to answer them and for the time a dispute about the answer may follow: the
    /// period runs from the day the request was closed or lapsed. An open request keeps them (null: not due).
    /// </summary>
    public static DateTimeOffset? RequesterDataDue(DateTimeOffset? closed, RetentionOptions options) =>
        closed?.AddDays(options.RequesterDays);

    public static bool IsDue(DateTimeOffset? due, DateTimeOffset now) => due is { } at && at <= now;

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset? b) => b is { } other && other > a ? other : a;
}
