using Enforcement.Api.Infrastructure.Data;
using Enforcement.Search;

namespace Enforcement.Api.Search;

/// <summary>An open index and the body names to show with its hits.</summary>
public sealed record OpenIndex(DecisionSearcher Searcher, IReadOnlyDictionary<string, string> BodyNames)
{
    public string BodyName(string slug, string fallback) => BodyNames.GetValueOrDefault(slug, fallback);
}

/// <summary>
/// The search index of the build being served: PortalData takes up a new build's index and registry together
/// (see PortalData), so search needs no state of its own. Null while there is none, and search answers 503.
/// </summary>
internal sealed class SearchService(PortalData data)
{
    public string DataDir => data.Folder;

    /// <summary>The open index, or null while there is none.</summary>
    public OpenIndex? Index => data.Current?.Index;
}
