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
    bool BodyNoted)
{
    /// <summary>
    /// The comment as a reader may see it: as written for the supervision office, which sees the contact too; for the rated
    /// officer's body, with the contacts written into it masked (有事打我电话 138…), as the contact is kept from it.
    /// </summary>
    public string? CommentFor(bool supervisionOffice) => supervisionOffice ? Comment : Enforcement.Redaction.TypedContacts.Masked(Comment);
}

/// <summary>One line of a rating's audit history: who did what, when.</summary>
public sealed record HistoryEntry(DateTimeOffset At, string Actor, string Action, string? Note);
