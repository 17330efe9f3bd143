using Enforcement.Registry;
using Enforcement.Search;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Search;

/// <summary>An open index and the body names to show with its hits.</summary>
public sealed record OpenIndex(DecisionSearcher Searcher, IReadOnlyDictionary<string, string> BodyNames)
{
    public string BodyName(string slug, string fallback) => BodyNames.GetValueOrDefault(slug, fallback);
}

/// <summary>
/// The one searcher the API shares, over {Portal:Data}/index. A missing or unreadable index does not stop
/// the API: search answers 503 and the index is looked for again now and then, so an API started before
/// the first build begins searching once the build has run.
/// </summary>
internal sealed class SearchService(IOptions<PortalOptions> options, TimeProvider time, ILogger<SearchService> log) : IDisposable
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(10);
    private readonly Lock gate = new();
    private OpenIndex? current;
    private DateTimeOffset nextTry = DateTimeOffset.MinValue;

    public string DataDir => options.Value.Data;

    /// <summary>The open index, or null while there is none.</summary>
    public OpenIndex? Index
    {
        get
        {
            if (Volatile.Read(ref current) is { } open) return open;
            lock (gate)
            {
                if (current is null && time.GetUtcNow() >= nextTry)
                {
                    current = TryOpen();
                    nextTry = time.GetUtcNow() + RetryAfter;
                }
                return current;
            }
        }
    }

    private OpenIndex? TryOpen()
    {
        var dir = Path.Combine(DataDir, SearchIndexBuilder.FolderName);
        try
        {
            var searcher = DecisionSearcher.Open(dir, time);
            log.LogInformation("Search index opened: {Dir}, {Count} decisions", dir, searcher.IndexedCount);
            return new OpenIndex(searcher, LoadBodyNames());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Lucene.Net.Index.IndexNotFoundException or DirectoryNotFoundException)
        {
            log.LogWarning("Search index not available at {Dir}: {Message}", dir, e.Message);
            return null;
        }
    }

    private Dictionary<string, string> LoadBodyNames()
    {
        try
        {
            return PortalRegistry.Load(DataDir).Bodies.ToDictionary(b => b.Slug, b => b.Name);
        }
        catch (Exception e) when (e is IOException or System.Text.Json.JsonException or InvalidDataException)
        {
            // Names are also stored in the index; the registry only has the latest spelling.
            log.LogWarning("Body names not read from {File}: {Message}", PortalRegistry.FileName, e.Message);
            return [];
        }
    }

    public void Dispose() => current?.Searcher.Dispose();
}
