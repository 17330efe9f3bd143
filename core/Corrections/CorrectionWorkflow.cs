namespace Enforcement.Corrections;

/// <summary>
/// The state machine. The requester moves 待确认 → 已受理 by confirming; time moves 待确认 → 已失效; staff
/// move 已受理 → 核实中 → 已更正 / 不予更正, always with a reply, and with reasons when they refuse.
/// </summary>
public static class CorrectionWorkflow
{
    /// <summary>The states staff may move a request to from <paramref name="from"/>.</summary>
    public static IReadOnlyList<CorrectionStatus> StaffMovesFrom(CorrectionStatus from) => from switch
    {
        CorrectionStatus.Accepted => [CorrectionStatus.Verifying],
        CorrectionStatus.Verifying => [CorrectionStatus.Corrected, CorrectionStatus.Refused],
        _ => [],
    };

    /// <summary>Null when staff may make the move; otherwise why not, in Chinese.</summary>
    public static string? RefuseStaffMove(CorrectionStatus from, CorrectionStatus to)
    {
        var allowed = StaffMovesFrom(from);
        if (allowed.Contains(to)) return null;
        if (allowed.Count == 0)
            return from switch
            {
                CorrectionStatus.Pending => "申请人尚未确认该申请，暂不能办理。",
                CorrectionStatus.Lapsed => "该申请未经申请人确认，已失效，不能办理。",
                _ => $"该申请已办结（{from.Label()}），状态不能再变更。",
            };
        return $"当前状态为「{from.Label()}」，只能变更为{string.Join("或", allowed.Select(s => $"「{s.Label()}」"))}，不能变更为「{to.Label()}」。";
    }

    /// <summary>When an unconfirmed request lapses.</summary>
    public static DateTimeOffset LapsesAt(DateTimeOffset submitted, int confirmDays) => submitted.AddDays(confirmDays);

    /// <summary>The status as it stands at <paramref name="now"/>: an unconfirmed request past its window has lapsed
    /// even if the background job has not recorded that yet.</summary>
    public static CorrectionStatus Effective(CorrectionStatus stored, DateTimeOffset submitted, DateTimeOffset now, int confirmDays) =>
        stored == CorrectionStatus.Pending && now >= LapsesAt(submitted, confirmDays) ? CorrectionStatus.Lapsed : stored;

    /// <summary>Overdue: still open after its deadline day has passed.</summary>
    public static bool IsOverdue(CorrectionStatus status, DateOnly? deadline, DateOnly today) =>
        status.IsOpen() && deadline is { } d && today > d;
}
