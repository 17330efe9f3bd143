namespace Enforcement.Api.Feedback;

/// <summary>A rating as kept in the database, for staff.</summary>
public sealed record StoredRating(
    long Id,
    string Reference,
    string Certificate,
    string OfficerName,
    string BodySlug,
    string Unit,
    DateOnly VisitDate,
    int Rating,
    IReadOnlyList<string> Checks,
    IReadOnlyList<string> Problems,
    string? Comment,
    string? Contact,
    DateTimeOffset Received,
    bool FollowedUp,
    bool BodyNoted);

/// <summary>One line of a rating's audit history: who did what, when.</summary>
public sealed record HistoryEntry(DateTimeOffset At, string Actor, string Action, string? Note);
