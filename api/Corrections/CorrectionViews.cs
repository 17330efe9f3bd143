using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Enforcement.Corrections;
using Enforcement.Time;

namespace Enforcement.Api.Corrections;

public sealed record RecordView(string Kind, string Reference, string Title, string? Url);

public sealed record HistoryView(string Status, string Label, DateTimeOffset At, DateOnly Date, string By, string? Reply, string? Reason);

/// <summary>What the requester sees: no contact details, no staff names. Closed: the day (China time) it was 办结.</summary>
public sealed record CorrectionStatusView(
    string Ticket, string Status, string Label, RecordView Record, string Body, DateTimeOffset Submitted,
    DateTimeOffset? ConfirmBy, DateOnly? Accepted, DateOnly? Deadline, DateOnly? Closed, bool Overdue, bool CanConfirm,
    IReadOnlyList<HistoryView> History);

public sealed record StaffListItem(
    string Ticket, string Status, string Label, string Body, string BodyName, RecordView Record, DateTimeOffset Submitted,
    DateOnly? Accepted, DateOnly? Deadline, bool Overdue, string Url);

public sealed record RequesterView(string Name, string Email, string? Phone);

public sealed record AttachmentView(long Id, string FileName, string ContentType, long Size, string Url);

public sealed record NextStatusView(string Status, string Label, bool ReasonRequired);

/// <summary>What staff see: the whole request, its attachments, the moves open to them, and who did what.</summary>
public sealed record StaffCorrectionView(
    string Ticket, string Status, string Label, string Body, string BodyName, RecordView Record, DateTimeOffset Submitted,
    DateOnly? Accepted, DateOnly? Deadline, DateOnly? Closed, bool Overdue, string Description, string Correction, string? Evidence,
    RequesterView Requester, IReadOnlyList<AttachmentView> Attachments, IReadOnlyList<NextStatusView> NextStatuses,
    IReadOnlyList<HistoryView> History);

internal static class CorrectionViews
{
    /// <summary>Chinese as text rather than \u escapes.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private static RecordView Record(StoredCorrection c) => new(c.Subject.Kind, c.Subject.Reference, c.Subject.Title, c.Subject.Url);

    public static CorrectionStatusView ForRequester(StoredCorrection c, TokenAccess access, DateOnly today, int confirmDays) => new(
        c.Ticket, c.Status.Code(), c.Status.Label(), Record(c), c.Subject.BodyName, ChinaTime.At(c.Submitted),
        c.Status == CorrectionStatus.Pending ? ChinaTime.At(CorrectionWorkflow.LapsesAt(c.Submitted, confirmDays)) : null,
        c.AcceptedOn, c.Deadline, ClosedOn(c), CorrectionWorkflow.IsOverdue(c.Status, c.Deadline, today),
        c.Status == CorrectionStatus.Pending && access == TokenAccess.Confirm,
        [.. c.History.Select(h => History(h, PublicActor(h, c.Subject.BodyName)))]);

    public static StaffListItem ListItem(StoredCorrection c, DateOnly today) => new(
        c.Ticket, c.Status.Code(), c.Status.Label(), c.Subject.BodySlug, c.Subject.BodyName, Record(c), ChinaTime.At(c.Submitted),
        c.AcceptedOn, c.Deadline, CorrectionWorkflow.IsOverdue(c.Status, c.Deadline, today), $"/api/admin/corrections/{c.Ticket}");

    public static StaffCorrectionView ForStaff(StoredCorrection c, DateOnly today) => new(
        c.Ticket, c.Status.Code(), c.Status.Label(), c.Subject.BodySlug, c.Subject.BodyName, Record(c), ChinaTime.At(c.Submitted),
        c.AcceptedOn, c.Deadline, ClosedOn(c), CorrectionWorkflow.IsOverdue(c.Status, c.Deadline, today), c.Description, c.Correction, c.Evidence,
        new RequesterView(c.Name, c.Email, c.Phone),
        [.. c.Attachments.Select(a => new AttachmentView(a.Id, a.FileName, a.ContentType, a.Size,
            $"/api/admin/corrections/{c.Ticket}/attachments/{a.Id}"))],
        [.. CorrectionWorkflow.StaffMovesFrom(c.Status).Select(s => new NextStatusView(s.Code(), s.Label(), s == CorrectionStatus.Refused))],
        [.. c.History.Select(h => History(h, StaffActor(h)))]);

    /// <summary>
    /// The day in China the request was closed: the date of its closing step in the history (append-only, so the
    /// closing moment is kept there and needs no column of its own). Null while it is open, unconfirmed or lapsed.
    /// </summary>
    private static DateOnly? ClosedOn(StoredCorrection c) =>
        c.Status.IsClosed() && c.History.LastOrDefault(h => h.Status == c.Status) is { } closing ? ChinaTime.DayOf(closing.At) : null;

    private static HistoryView History(HistoryEntry h, string by) =>
        new(h.Status.Code(), h.Status.Label(), ChinaTime.At(h.At), ChinaTime.DayOf(h.At), by, h.Reply, h.Reason);

    // A request is accepted when its requester confirms it, but 受理 is the portal's act, not the requester's: the
    // requester's own page would otherwise read 已受理 — 申请人.
    private static string PublicActor(HistoryEntry h, string bodyName) => h.Actor switch
    {
        HistoryEntry.Requester when h.Status == CorrectionStatus.Accepted => "系统",
        HistoryEntry.Requester => "申请人",
        HistoryEntry.System => "系统",
        _ => bodyName,
    };

    private static string StaffActor(HistoryEntry h) => h.Actor switch
    {
        HistoryEntry.Requester when h.Status == CorrectionStatus.Accepted => "系统（申请人确认后）",
        HistoryEntry.Requester => "申请人",
        HistoryEntry.System => "系统",
        var actor when actor.StartsWith("staff:", StringComparison.Ordinal) => actor["staff:".Length..],
        var actor => actor,
    };
}
