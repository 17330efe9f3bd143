using Enforcement.Content;

namespace Enforcement.Publicity;

/// <summary>
/// How long 双随机 results stay published: from the task's <c>published</c> day for site.yml
/// retention.inspections, counted like a decision's period (the day of publication is the first day).
/// </summary>
public static class InspectionPublicity
{
    /// <summary>The first day the task and its results are no longer published.</summary>
    public static DateOnly EndOf(InspectionTask task, RetentionPeriod retention) => retention.AddTo(task.Published);

    public static PublicityState StateOn(InspectionTask task, RetentionPeriod retention, DateOnly today) =>
        today < task.Published ? PublicityState.NotYet
        : today >= EndOf(task, retention) ? PublicityState.Ended
        : PublicityState.Public;
}
