using System.Globalization;
using Enforcement.Content;

namespace Enforcement.Site.Pages.Shared;

/// <summary>How values read on the pages: dates, counts, and the names of enum values in Chinese (money: Content.Yuan).</summary>
internal static class Format
{
    public static string Date(DateOnly d) => Enforcement.Time.ChinaTime.Written(d);

    /// <summary>For the datetime attribute of &lt;time&gt;.</summary>
    public static string IsoDate(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string PartyKind(PartyKind kind) => kind switch
    {
        Content.PartyKind.Organization => "法人或其他组织",
        Content.PartyKind.IndividualBusiness => "个体工商户",
        _ => "自然人",
    };

    public static string DecisionStatus(DecisionStatus status) => status switch
    {
        Content.DecisionStatus.Revoked => "已撤销",
        Content.DecisionStatus.Amended => "已变更",
        Content.DecisionStatus.Void => "已确认无效",
        _ => "有效",
    };

    /// <summary>The last day a decision is shown: the day before the first day it is no longer public.</summary>
    public static DateOnly LastPublicDay(DateOnly publicUntil) => publicUntil.AddDays(-1);

    public static string Count(int n) => n.ToString("#,0", CultureInfo.InvariantCulture);
}
