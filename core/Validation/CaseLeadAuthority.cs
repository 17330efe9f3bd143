using System.Globalization;
using Enforcement.Content;

namespace Enforcement.Validation;

/// <summary>
/// 案件主办人分级 (seed 004): a decision that names its 案件主办人 must name an officer of the same body who held
/// a case-lead level on the day of the decision, high enough for the case's value under site.yml
/// caseLeadLimits. The agency checks this before it publishes; a violation stops the build.
/// </summary>
public static class CaseLeadAuthority
{
    public static IEnumerable<ContentError> Check(PortalContent content)
    {
        var officers = content.Officers.GroupBy(o => o.Certificate, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var bodies = content.Bodies.Select(b => b.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var d in content.Decisions)
        {
            // A decision of an unknown body is reported for its body (CrossReferences), not again for its lead.
            if (d.CaseLead is not { Length: > 0 } certificate || !bodies.Contains(d.BodySlug)) continue;
            if (Problem(d, certificate, officers, content.Site.CaseLeadLimits) is { } message)
                yield return new ContentError(d.SourcePath, "caseLead", message, d.KeyLines.GetValueOrDefault("caseLead"));
        }
    }

    /// <summary>What is wrong with <paramref name="d"/>'s lead, or null when the lead may lead it.</summary>
    public static string? Problem(Decision d, string certificate, IReadOnlyDictionary<string, Officer> officers, CaseLeadLimits limits)
    {
        if (!officers.TryGetValue(certificate, out var lead))
            return $"案件主办人执法证号 {certificate} 不在任何执法人员清单中 (unknown certificate)";
        if (lead.BodySlug != d.BodySlug)
            return $"案件主办人 {lead.Name}（{certificate}）不属于作出决定的执法主体 (officer of another body)";
        if (lead.CaseLead is not { } level)
            return $"{lead.Name}（{certificate}）未取得案件主办人资格 (officer has no case-lead level)";
        if (lead.CaseLeadSince is { } since && d.Decided != default && d.Decided < since)
            return $"{lead.Name} 自 {since:yyyy-MM-dd} 起才是{CaseLeadLimits.Name(level)}案件主办人，决定日期为 {d.Decided:yyyy-MM-dd} (level not yet held on the decision date)";
        if (limits.LimitFor(level) is { } limit && d.ValueOfCase > limit)
            return $"案值 {Yuan(d.ValueOfCase)} 元超出{CaseLeadLimits.Name(level)}案件主办人 {lead.Name} 的权限（不超过 {Yuan(limit)} 元）(case value above the lead's level)";
        return null;
    }

    private static string Yuan(decimal amount) => amount.ToString("#,0.##", CultureInfo.InvariantCulture);
}
