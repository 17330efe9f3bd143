using Enforcement.Content;

namespace Enforcement.Loading;

/// <summary>
/// site.yml caseLeadLimits: <c>初级: 5000</c>, <c>中级: 10000</c>. Without the key, seed 004's limits apply;
/// with it, exactly what it lists, and a level it does not list may lead a case of any value.
/// </summary>
internal static class CaseLeadLimitsReader
{
    public static CaseLeadLimits Read(YamlMap? map)
    {
        if (map is null) return CaseLeadLimits.Default;
        var limits = new Dictionary<CaseLeadLevel, decimal>();
        foreach (var key in map.Keys)
        {
            if (!CaseLeadLimits.Names.TryGetValue(key, out var level))
            {
                map.Error(key, $"案件主办人级别 '{key}' 无效，应为 {string.Join(" | ", CaseLeadLimits.Names.Keys)} (unknown level)", map.Node(key));
                continue;
            }
            if (map.OptionalDecimal(key) is { } limit) limits[level] = limit;
        }
        return new CaseLeadLimits(limits);
    }
}
