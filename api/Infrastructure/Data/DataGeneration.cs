using Enforcement.Api.Search;
using Enforcement.Registry;

namespace Enforcement.Api.Infrastructure.Data;

/// <summary>
/// One build's data as the API serves it: the registry and the open search index, taken up together and
/// replaced together, so no request sees one build's officers with another build's index.
/// </summary>
/// <param name="Id">The build id from build.json, or "unversioned:..." for a data folder without one.</param>
public sealed class DataGeneration(string id, PortalRegistry? registry, OpenIndex? index) : IDisposable
{
    public string Id { get; } = id;
    /// <summary>Null only for a hand-made data folder with an index and no registry (search works, the rest answers 503).</summary>
    public PortalRegistry? Registry { get; } = registry;

    /// <summary>The search index, or null when the folder had none (search answers 503).</summary>
    public OpenIndex? Index { get; } = index;

    public IReadOnlyDictionary<string, RegistryOfficer> Officers { get; } =
        (registry?.Officers ?? []).ToDictionary(o => o.Certificate, StringComparer.Ordinal);
    public IReadOnlyDictionary<string, RegistryDecision> Decisions { get; } =
        (registry?.Decisions ?? []).ToDictionary(d => d.Number, StringComparer.Ordinal);

    /// <summary>
    /// Decisions by their tolerant 文书号 key (<see cref="Enforcement.Search.DecisionNumberKey.Loose"/>: full-width digits,
    /// any brackets, 号 left off), built on first use; a key two decisions share finds neither.
    /// </summary>
    public IReadOnlyDictionary<string, RegistryDecision?> DecisionsByLooseNumber => looseNumbers.Value;

    private readonly Lazy<Dictionary<string, RegistryDecision?>> looseNumbers = new(() =>
    {
        var byKey = new Dictionary<string, RegistryDecision?>(StringComparer.Ordinal);
        foreach (var d in registry?.Decisions ?? [])
            if (Enforcement.Search.DecisionNumberKey.Loose(d.Number) is { } key)
                byKey[key] = byKey.ContainsKey(key) ? null : d;
        return byKey;
    });

    /// <summary>
    /// Officers by their name as typed (spaces aside), by its sound (toneless pinyin) and by 执法证号 in any case, for
    /// a search that names one (<see cref="OfficerMatches"/>); built on first use, so a query reads a list, not every
    /// officer.
    /// </summary>
    public ILookup<string, RegistryOfficer> OfficersByName => officerKeys.Value.ByName;

    public ILookup<string, RegistryOfficer> OfficersBySound => officerKeys.Value.BySound;

    public ILookup<string, RegistryOfficer> OfficersByCertificate => officerKeys.Value.ByCertificate;

    private readonly Lazy<(ILookup<string, RegistryOfficer> ByName, ILookup<string, RegistryOfficer> BySound,
        ILookup<string, RegistryOfficer> ByCertificate)> officerKeys = new(() =>
    (
        (registry?.Officers ?? []).ToLookup(o => OfficerMatches.NameKey(o.Name), StringComparer.Ordinal),
        (registry?.Officers ?? []).ToLookup(o => OfficerMatches.SoundKey(o.Name), StringComparer.Ordinal),
        (registry?.Officers ?? []).ToLookup(o => o.Certificate, StringComparer.OrdinalIgnoreCase)
    ));

    public bool IsVersioned => !Id.StartsWith(Unversioned, StringComparison.Ordinal);

    public const string Unversioned = "unversioned:";

    public void Dispose() => Index?.Searcher.Dispose();
}
