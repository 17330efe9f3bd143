using Enforcement.Content;

namespace Enforcement.Site.Pages.Shared;

/// <summary>What an officer's certificate means on a given day, as the verification page says it.</summary>
internal sealed record CertificateStatus(string Label, string CssClass, bool IsValid, string Explanation)
{
    public static CertificateStatus Of(Officer officer, DateOnly today) => officer.Status switch
    {
        OfficerStatus.Revoked => new("已吊销", "revoked", false, "该执法证件已被吊销，持证人不得从事行政执法活动。"),
        OfficerStatus.Suspended => new("暂停执法", "suspended", false, "该执法人员目前被暂停执法，不得从事行政执法活动。"),
        _ when officer.ValidUntil is { } until && today > until =>
            new("已过期", "expired", false, $"该执法证件已于 {Format.Date(until)} 到期，持证人不得从事行政执法活动。"),
        _ => new("有效", "valid", true, officer.ValidUntil is { } until
            ? $"该执法证件有效，有效期至 {Format.Date(until)}。"
            : "该执法证件有效。"),
    };
}
