using Enforcement.Content;

namespace Enforcement.Publicity;

/// <summary>Why a decision comes down.</summary>
public enum EndReason
{
    /// <summary>期满: published + the retention for its party kind (5 years, 2 for natural persons).</summary>
    Retention,
    /// <summary>提前届满: the decision's own <c>expires</c> date (e.g. after 信用修复).</summary>
    Expires,
    /// <summary>撤回: revoked, amended or void; a notice stays at its URL.</summary>
    Withdrawn,
}

/// <summary>The first day a decision is no longer shown in full, and why.</summary>
public readonly record struct PublicityEnd(DateOnly On, EndReason Reason)
{
    /// <summary>The reason in the words staff read (期满 / 提前届满 / 撤回).</summary>
    public string Label => Reason switch
    {
        EndReason.Retention => "期满",
        EndReason.Expires => "提前届满",
        _ => "撤回",
    };
}

/// <summary>
/// 公示期限: when a decision is public, and when it comes down. All dates are whole days in China Standard
/// Time. A decision is public from <c>published</c> (inclusive) until the first of: <c>expires</c>,
/// <c>withdrawn.on</c> (any status other than in-force), and published + retention. "公开满5年" counts the
/// day of publication as the first day, so the record is down on the anniversary: published 2025-03-08,
/// last shown 2030-03-07, down 2030-03-08. Where the anniversary does not exist (29 February, the 31st),
/// the period ends on the month's last day (<see cref="RetentionPeriod.AddTo"/>): published 2024-02-29 with
/// 2 years, down 2026-02-28. Of two readings the earlier day is chosen: a day too short harms no one, a day
/// too long breaks the rule.
/// </summary>
public static class PublicityRules
{
    /// <summary>The retention that applies to the decision's party kind.</summary>
    public static RetentionPeriod RetentionFor(Decision decision, RetentionSettings retention) =>
        decision.Party.Kind == PartyKind.NaturalPerson ? retention.NaturalPerson : retention.Default;

    /// <summary>The first day the decision is no longer public in full.</summary>
    public static DateOnly EndOf(Decision decision, RetentionSettings retention) => EndWithReason(decision, retention).On;

    /// <summary>
    /// The first day the decision is no longer public in full, and why. On a tie the period's own end wins
    /// (on that day the record is gone, not withdrawn).
    /// </summary>
    public static PublicityEnd EndWithReason(Decision decision, RetentionSettings retention)
    {
        var end = NaturalEnd(decision, retention);
        return WithdrawalDay(decision) is { } w && w < end.On ? new PublicityEnd(w, EndReason.Withdrawn) : end;
    }

    /// <summary>
    /// The first day the decision's URL answers 410 Gone: the end of its period, which also ends the notice a
    /// withdrawn decision leaves (the notice may not outlive the record). A decision withdrawn before it was
    /// ever published is gone from its publication day.
    /// </summary>
    public static DateOnly GoneFrom(Decision decision, RetentionSettings retention)
    {
        var end = NaturalEnd(decision, retention).On;
        return WithdrawalDay(decision) is { } w && w <= decision.Published && decision.Published < end ? decision.Published : end;
    }

    public static PublicityState StateOn(Decision decision, RetentionSettings retention, DateOnly today)
    {
        if (today < decision.Published) return PublicityState.NotYet;
        if (today >= GoneFrom(decision, retention)) return PublicityState.Ended;
        if (WithdrawalDay(decision) is { } w && today >= w) return PublicityState.Withdrawn;
        return PublicityState.Public;
    }

    /// <summary>Whether the decision is listed anywhere (pages, counts, feed, sitemap, data, search index) on <paramref name="today"/>.</summary>
    public static bool IsPublic(Decision decision, RetentionSettings retention, DateOnly today) =>
        StateOn(decision, retention, today) == PublicityState.Public;

    /// <summary>The end without withdrawal: published + retention, or an earlier <c>expires</c>.</summary>
    private static PublicityEnd NaturalEnd(Decision decision, RetentionSettings retention)
    {
        var end = RetentionFor(decision, retention).AddTo(decision.Published);
        return decision.Expires is { } expires && expires < end
            ? new PublicityEnd(expires, EndReason.Expires)
            : new PublicityEnd(end, EndReason.Retention);
    }

    /// <summary>
    /// When a decision that is no longer in force came down. One marked revoked, amended or void without a
    /// withdrawal date (the loader reports that as an error) is treated as withdrawn from publication.
    /// </summary>
    private static DateOnly? WithdrawalDay(Decision decision) =>
        decision.Status == DecisionStatus.InForce ? null : decision.Withdrawn?.On ?? decision.Published;
}
