using Enforcement.Content;
using Enforcement.Registry;

namespace Enforcement.Api.Feedback;

/// <summary>The answer the officer page gives first: may this certificate be used today?</summary>
public enum OfficerStanding { Valid, Suspended, Revoked, Expired, Unknown }

public static class OfficerStandings
{
    /// <summary>Revoked outranks suspended, which outranks an ended validity date.</summary>
    public static OfficerStanding Of(RegistryOfficer? officer, DateOnly today) => officer switch
    {
        null => OfficerStanding.Unknown,
        { Status: OfficerStatus.Revoked } => OfficerStanding.Revoked,
        { Status: OfficerStatus.Suspended } => OfficerStanding.Suspended,
        { ValidUntil: { } until } when today > until => OfficerStanding.Expired,
        _ => OfficerStanding.Valid,
    };

    public static string Label(this OfficerStanding standing) => standing switch
    {
        OfficerStanding.Valid => "有效",
        OfficerStanding.Suspended => "暂停执法",
        OfficerStanding.Revoked => "已吊销",
        OfficerStanding.Expired => "已过期",
        _ => "查无此人",
    };

    /// <summary>
    /// What to do when the certificate may not be used today, for a place that shows the standing in passing (the
    /// search's officer box): the person may be at the door. It ends where the supervision phone follows (a link
    /// to tap). Null when it is valid.
    /// </summary>
    public static string? Advice(this OfficerStanding standing, SupervisionOffice office) => standing == OfficerStanding.Valid ? null
        : $"此证件目前不得用于执法。如对方仍在执法，请要求其出示有效证件，并拨打{office.Name}监督电话反映：";

    /// <summary>Why a rating for this certificate is refused, for the "certificate" field; null when it may be rated.</summary>
    public static string? RefusalReason(this OfficerStanding standing) => standing switch
    {
        OfficerStanding.Valid => null,
        OfficerStanding.Suspended => "该执法证已暂停执法，不能评价。如该人员仍在执法，请拨打监督电话反映。",
        OfficerStanding.Revoked => "该执法证已吊销，不能评价。如该人员仍在执法，请拨打监督电话反映。",
        OfficerStanding.Expired => "该执法证已过有效期，不能评价。如该人员仍在执法，请拨打监督电话反映。",
        _ => "查无此执法证号，请核对监督卡上的执法证号。",
    };
}
