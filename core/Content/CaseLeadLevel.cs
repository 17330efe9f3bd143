namespace Enforcement.Content;

/// <summary>案件主办人分级: the level of case an officer may lead.</summary>
public enum CaseLeadLevel { Junior, Intermediate, Senior }

/// <summary>
/// site.yml caseLeadLimits: the highest case value (元) each level may lead. A level without a limit
/// (高级 by default) may lead any case.
/// </summary>
public sealed record CaseLeadLimits(IReadOnlyDictionary<CaseLeadLevel, decimal> Highest)
{
    /// <summary>Seed 004: 初级 up to 5,000 元, 中级 up to 10,000 元, 高级 above.</summary>
    public static readonly CaseLeadLimits Default = new(new Dictionary<CaseLeadLevel, decimal>
    {
        [CaseLeadLevel.Junior] = 5_000m,
        [CaseLeadLevel.Intermediate] = 10_000m,
    });

    public decimal? LimitFor(CaseLeadLevel level) => Highest.TryGetValue(level, out var limit) ? limit : null;

    public static readonly IReadOnlyDictionary<string, CaseLeadLevel> Names = new Dictionary<string, CaseLeadLevel>
    {
        ["初级"] = CaseLeadLevel.Junior,
        ["中级"] = CaseLeadLevel.Intermediate,
        ["高级"] = CaseLeadLevel.Senior,
    };

    public static string Name(CaseLeadLevel level) => level switch
    {
        CaseLeadLevel.Junior => "初级",
        CaseLeadLevel.Intermediate => "中级",
        _ => "高级",
    };
}
