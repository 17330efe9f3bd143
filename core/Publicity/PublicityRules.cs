using Enforcement.Content;

namespace Enforcement.Publicity;

/// <summary>公示期限: when a decision is public, and when it comes down.</summary>
public static class PublicityRules
{
    /// <summary>
    /// The first day the decision is no longer public: the earliest of its explicit expiry, its withdrawal,
    /// and published + the retention for its party kind.
    /// </summary>
    public static DateOnly EndOf(Decision decision, RetentionSettings retention)
    {
        var period = decision.Party.Kind == PartyKind.NaturalPerson ? retention.NaturalPerson : retention.Default;
        var end = period.AddTo(decision.Published);
        if (decision.Expires is { } expires && expires < end) end = expires;
        if (decision.Status != DecisionStatus.InForce && decision.Withdrawn is { } w && w.On < end) end = w.On;
        return end;
    }

    public static PublicityState StateOn(Decision decision, RetentionSettings retention, DateOnly today)
    {
        if (today < decision.Published) return PublicityState.NotYet;
        if (decision.Status != DecisionStatus.InForce && decision.Withdrawn is { } w && today >= w.On)
            return PublicityState.Withdrawn;
        return today < EndOf(decision, retention) ? PublicityState.Public : PublicityState.Ended;
    }
}
