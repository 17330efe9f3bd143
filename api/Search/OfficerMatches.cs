using System.Text;
using Enforcement.Api.Feedback;
using Enforcement.Api.Infrastructure.Data;
using Enforcement.Registry;
using Enforcement.Time;

namespace Enforcement.Api.Search;

/// <summary>
/// An officer a search named: their 执法证号, body, standing today (有效, 暂停执法 …) and page; when the certificate
/// may not be used today, what to do (<see cref="OfficerStandings.Advice"/>).
/// </summary>
public sealed record OfficerMatch(string Name, string Certificate, string Body, string Standing, string Url, string? Advice);

/// <summary>
/// Someone checking who inspected them types the officer's name or 执法证号 into the search box, which searches
/// decisions: the officers so named are shown above the results. Whole names and whole numbers only, since a
/// part of a name (two characters) would list strangers.
/// </summary>
public static class OfficerMatches
{
    public const int Max = 5;

    public static IReadOnlyList<OfficerMatch> Find(PortalData data, string query, TimeProvider clock)
    {
        if (data.Current is not { Registry: { } registry } current) return [];
        var today = ChinaTime.Today(clock);
        return [.. Find(current.Officers.Values, query)
            .Select(o => (Officer: o, Standing: OfficerStandings.Of(o, today)))
            .Select(x => new OfficerMatch(x.Officer.Name, x.Officer.Certificate, data.Body(x.Officer.BodySlug)?.Name ?? x.Officer.BodySlug,
                x.Standing.Label(), OfficerPage.PathFor(x.Officer.Certificate), x.Standing.Advice(registry.Supervision)))];
    }

    /// <summary>The officers whose name is the query (spaces aside: 李 明), or whose 执法证号 it holds (执法证号：36090012345).</summary>
    public static IEnumerable<RegistryOfficer> Find(IEnumerable<RegistryOfficer> officers, string query)
    {
        var compact = new string(query.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (compact.Length is < 2 or > 40) return [];
        var number = new string(compact.Where(char.IsAsciiLetterOrDigit).ToArray());
        return officers
            .Where(o => string.Equals(o.Name.Replace(" ", ""), compact, StringComparison.Ordinal)
                || number.Length >= 6 && string.Equals(o.Certificate, number, StringComparison.OrdinalIgnoreCase))
            .OrderBy(o => o.Name, StringComparer.Ordinal).ThenBy(o => o.Certificate, StringComparer.Ordinal)
            .Take(Max);
    }
}
