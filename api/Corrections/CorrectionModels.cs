using Enforcement.Corrections;

namespace Enforcement.Api.Corrections;

/// <summary>The published record a request is about: a decision (by 文书号) or an officer (by 执法证号).</summary>
internal sealed record CorrectionSubject(string Kind, string Reference, string Title, string? Url, string BodySlug, string BodyName)
{
    public const string Decision = "decision";
    public const string Certificate = "certificate";

    public string KindLabel => Kind == Decision ? "文书号" : "执法证号";
}

internal sealed record NewAttachment(string FileName, AttachmentKind Kind, byte[] Content);

/// <summary>A validated request, ready to be filed.</summary>
internal sealed record CorrectionRequest(
    CorrectionSubject Subject, string Description, string Correction, string? Evidence,
    string Name, string Email, string? Phone, IReadOnlyList<NewAttachment> Attachments);

/// <summary>One line of the audit history. Actor: "requester", "system" or "staff:{key name}".</summary>
internal sealed record HistoryEntry(DateTimeOffset At, CorrectionStatus Status, string Actor, string? Reply, string? Reason)
{
    public const string Requester = "requester";
    public const string System = "system";
    public static string Staff(string name) => "staff:" + name;
}

internal sealed record AttachmentInfo(long Id, string FileName, string ContentType, long Size);

/// <summary>A filed request as stored, with its history and the list (not the content) of its attachments.</summary>
internal sealed record StoredCorrection(
    long Id, string Ticket, CorrectionSubject Subject, string Description, string Correction, string? Evidence,
    string Name, string Email, string? Phone, CorrectionStatus Status, DateTimeOffset Submitted,
    DateOnly? AcceptedOn, DateOnly? Deadline, IReadOnlyList<HistoryEntry> History, IReadOnlyList<AttachmentInfo> Attachments);

/// <summary>What a presented token allows: the e-mailed token also confirms; the one returned on submission only views.</summary>
internal enum TokenAccess { None, View, Confirm }
