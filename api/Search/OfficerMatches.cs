using System.Text;
using Enforcement.Api.Feedback;
using Enforcement.Api.Infrastructure.Data;
using Enforcement.Content;
using Enforcement.Registry;
using Enforcement.Search;
using Enforcement.Time;

namespace Enforcement.Api.Search;

/// <summary>
/// An officer a search named: their 执法证号, body, standing today (有效, 暂停执法 …) and page; when the certificate
/// may not be used today, what to do (<see cref="OfficerStandings.Advice"/>). <see cref="SoundsAlike"/> when the
/// name was not typed as registered but sounds the same (张晶 for 张静: a name heard, not read).
/// </summary>
public sealed record OfficerMatch(string Name, string Certificate, string Body, string Standing, string Url, string? Advice)
{
    public bool SoundsAlike { get; init; }

    /// <summary>The supervision phone the advice names, when there is advice, and its link (<see cref="SupervisionOffice.Tel"/>).</summary>
    public string? Phone { get; init; }

    public string? Tel { get; init; }
}

/// <summary>
/// Someone checking who inspected them types the officer's name or 执法证号 into the search box, which searches
/// decisions: the officers so named are shown above the results. Whole names and whole numbers only, since a
/// part of a name (two characters) would list strangers; when no name is the query, the names that sound like it.
/// </summary>
public static class OfficerMatches
{
    public const int Max = 5;

    public static IReadOnlyList<OfficerMatch> Find(PortalData data, string query, TimeProvider clock)
    {
        if (data.Current is not { Registry: { } registry } current) return [];
        var today = ChinaTime.Today(clock);
        return [.. Find(current, query).Select(x =>
        {
            var standing = OfficerStandings.Of(x.Officer, today);
            // Whom to call, only where the advice says to.
            var call = standing == OfficerStanding.Valid ? null : registry.Supervision;
            return new OfficerMatch(x.Officer.Name, x.Officer.Certificate, data.Body(x.Officer.BodySlug)?.Name ?? x.Officer.BodySlug,
                standing.Label(), OfficerPage.PathFor(x.Officer.Certificate), standing.Advice(registry.Supervision))
            {
                SoundsAlike = x.SoundsAlike,
                Phone = call?.Phone,
                Tel = call?.Tel,
            };
        })];
    }

    /// <summary>
    /// The officers whose name is the query (spaces aside: 李 明), or whose 执法证号 it holds (执法证号：36090012345);
    /// failing those, whose name sounds as the query does (2 to 4 Han characters, the same pinyin syllables).
    /// </summary>
    public static IEnumerable<(RegistryOfficer Officer, bool SoundsAlike)> Find(DataGeneration data, string query)
    {
        var compact = NameKey(query.Normalize(NormalizationForm.FormKC));
        if (compact.Length is < 2 or > 40) return [];
        var number = CertificateText.Normalize(compact);
        var named = Ordered(data.OfficersByName[compact]
            .Concat(number.Length >= 6 ? data.OfficersByCertificate[number] : [])
            .Distinct()).ToList();
        if (named.Count > 0 || compact.Length > 4 || !compact.All(QueryText.IsHan)) return named.Select(x => (x, false));
        return Ordered(data.OfficersBySound[SoundKey(compact)]).Select(x => (x, true));
    }

    /// <summary>A name as it is compared: without spaces (李 明, as a card may print it).</summary>
    public static string NameKey(string name) => new(name.Where(c => !char.IsWhiteSpace(c)).ToArray());

    /// <summary>How a name sounds: its toneless pinyin (张晶 and 张静 are both zhang jing).</summary>
    public static string SoundKey(string name) => string.Join(" ", Pinyin.Syllables(NameKey(name)));

    private static IEnumerable<RegistryOfficer> Ordered(IEnumerable<RegistryOfficer> officers) =>
        officers.OrderBy(o => o.Name, StringComparer.Ordinal).ThenBy(o => o.Certificate, StringComparer.Ordinal).Take(Max);
}
