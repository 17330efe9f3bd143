namespace Enforcement.Corrections;

/// <summary>Where a correction request (更正申请) stands.</summary>
public enum CorrectionStatus
{
    /// <summary>待确认: submitted; waits for the requester to confirm through the e-mailed link.</summary>
    Pending,
    /// <summary>已失效: never confirmed within the confirmation window.</summary>
    Lapsed,
    /// <summary>已受理: confirmed and sent to the body; the answer deadline runs from here.</summary>
    Accepted,
    /// <summary>核实中: the body is checking the record.</summary>
    Verifying,
    /// <summary>已更正: the record was found wrong and corrected.</summary>
    Corrected,
    /// <summary>不予更正: the record stands; the body gives its reasons.</summary>
    Refused,
}

/// <summary>The codes used in JSON and the labels shown to people.</summary>
public static class CorrectionStatuses
{
    public static string Code(this CorrectionStatus status) => status switch
    {
        CorrectionStatus.Pending => "pending",
        CorrectionStatus.Lapsed => "lapsed",
        CorrectionStatus.Accepted => "accepted",
        CorrectionStatus.Verifying => "verifying",
        CorrectionStatus.Corrected => "corrected",
        CorrectionStatus.Refused => "refused",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static string Label(this CorrectionStatus status) => status switch
    {
        CorrectionStatus.Pending => "待确认",
        CorrectionStatus.Lapsed => "已失效",
        CorrectionStatus.Accepted => "已受理",
        CorrectionStatus.Verifying => "核实中",
        CorrectionStatus.Corrected => "已更正",
        CorrectionStatus.Refused => "不予更正",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>Accepts the code ("verifying") or the Chinese label ("核实中").</summary>
    public static bool TryParse(string? text, out CorrectionStatus status)
    {
        foreach (var candidate in Enum.GetValues<CorrectionStatus>())
            if (string.Equals(text?.Trim(), candidate.Code(), StringComparison.OrdinalIgnoreCase) || text?.Trim() == candidate.Label())
            {
                status = candidate;
                return true;
            }
        status = default;
        return false;
    }

    /// <summary>The body still owes an answer.</summary>
    public static bool IsOpen(this CorrectionStatus status) => status is CorrectionStatus.Accepted or CorrectionStatus.Verifying;

    /// <summary>办结: the body gave its final answer (已更正, 不予更正); nothing more can happen to the request.</summary>
    public static bool IsClosed(this CorrectionStatus status) => status is CorrectionStatus.Corrected or CorrectionStatus.Refused;
}
