using System.Text.RegularExpressions;
using Enforcement.Api.Infrastructure.Data;
using Enforcement.Search;

namespace Enforcement.Api.Search;

/// <summary>
/// A withdrawn decision (revoked, amended, void) whose 文书号 the query is. It is not in the index, so the search
/// finds nothing; the person holding its paper copy is told it came down and where its notice says why.
/// </summary>
public sealed partial record WithdrawnMatch(string Number, string Url, DateOnly Since)
{
    /// <summary>
    /// The withdrawn decision the query names by its 文书号, read as the search reads one (any brackets, 号 left off, the
    /// place written out: <see cref="DecisionNumberKey"/>), alone or beside other words; null when none, or when the
    /// number could be two decisions.
    /// </summary>
    public static WithdrawnMatch? Find(DataGeneration? data, string query)
    {
        if (data is null || query.Length == 0) return null;
        var input = UserQuery.Parse(Label().Replace(query.Trim(), ""));
        foreach (var typed in input.Parts.Prepend(string.Concat(input.Parts)))
        {
            if (DecisionNumberKey.Loose(typed) is not { } loose) continue;
            foreach (var key in DecisionNumberKey.NearKeys(typed, loose).Prepend(loose))
                // The first decision the number names is the one meant: one in force is found by the search itself.
                if (data.DecisionsByLooseNumber.TryGetValue(key, out var d))
                    return d is { Withdrawn: true } ? new WithdrawnMatch(d.Number, d.Url, d.PublicUntil) : null;
        }
        return null;
    }

    /// <summary>文书号：…, 决定书文号 …: copied with the number from the paper, the label is not part of it.</summary>
    [GeneratedRegex(@"^(?:(?:行政)?处罚决定书?)?(?:文书号|文号|编号)?\s*[：:]?\s*")]
    private static partial Regex Label();
}
