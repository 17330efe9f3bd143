using Enforcement.Api.Infrastructure.Data;
using Enforcement.Search;

namespace Enforcement.Api.Search;

/// <summary>
/// A withdrawn decision (revoked, amended, void) whose 文书号 the query is. It is not in the index, so the search
/// finds nothing; the person holding its paper copy is told it came down and where its notice says why.
/// </summary>
public sealed record WithdrawnMatch(string Number, string Url, DateOnly Since)
{
    /// <summary>
    /// The withdrawn decision the query names by its 文书号, read as the search reads one (any brackets, 号 left off, the
    /// place written out, a 文书号： label: <see cref="DecisionNumberQuery"/>), alone or beside other words; null when none, or when the
    /// number could be two decisions.
    /// </summary>
    public static WithdrawnMatch? Find(DataGeneration? data, string query)
    {
        if (data is null || query.Length == 0) return null;
        foreach (var (typed, loose) in DecisionNumberQuery.Numbers(query))
        foreach (var key in DecisionNumberKey.NearKeys(typed, loose).Prepend(loose))
            // The first decision the number names is the one meant: one in force is found by the search itself.
            if (data.DecisionsByLooseNumber.TryGetValue(key, out var d))
                return d is { Withdrawn: true } ? new WithdrawnMatch(d.Number, d.Url, d.PublicUntil) : null;
        return null;
    }
}
