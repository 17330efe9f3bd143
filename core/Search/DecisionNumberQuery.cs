using System.Text.RegularExpressions;

namespace Enforcement.Search;

/// <summary>
/// A query that is a 文书号 as typed from the paper copy: in any brackets (<see cref="DecisionNumberKey.Loose"/>), alone or
/// beside other words, or copied with its label (文书号：宜市监处罚〔2025〕12号).
/// </summary>
public static partial class DecisionNumberQuery
{
    /// <summary>The numbers the query may hold (its label aside), each with its tolerant key.</summary>
    public static IEnumerable<(string Typed, string Loose)> Numbers(string query) => Numbers(UserQuery.Parse(WithoutLabel(query)));

    /// <summary>The query with the label it was copied with (文书号：, 决定书文号) taken off its start.</summary>
    public static string WithoutLabel(string query) => Label().Replace(query.Trim(), "");

    /// <summary>The numbers a parsed query may hold, each with its tolerant key: all its words run together, then each alone.</summary>
    public static IEnumerable<(string Typed, string Loose)> Numbers(UserQuery input)
    {
        foreach (var typed in input.Parts.Prepend(string.Concat(input.Parts)))
            if (DecisionNumberKey.Loose(typed) is { } loose) yield return (typed, loose);
    }

    /// <summary>
    /// Whether the whole query, its label aside, is one 文书号 that says it is one: brackets, 第 or 号 typed, or a
    /// prefix ending in 罚 (宜市监处罚2025-12), not an amount (罚款20000).
    /// </summary>
    public static bool Looks(string query)
    {
        var text = WithoutLabel(query);
        if (DecisionNumberKey.Loose(text) is not { } loose) return false;
        var key = DecisionNumberKey.Normalize(text);
        return key.Contains('[') || key.Contains('号') || key.Contains('第') || loose[..loose.IndexOf('|')].EndsWith('罚');
    }

    /// <summary>文书号：…, 决定书文号 …: copied with the number from the paper, the label is not part of it.</summary>
    [GeneratedRegex(@"^(?:(?:行政)?处罚)?(?:决定书?)?(?:文书号|文号|编号)?\s*[：:]?\s*")]
    private static partial Regex Label();
}
