using Enforcement.Api.Search;
using Enforcement.Registry;
using Enforcement.Search;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Infrastructure.Data;

/// <summary>
/// The build's out/data as the API serves it (registry.json and the search index), taken up again when a new
/// build arrives, without a restart. A build is recognised by out/data/build.json (DataManifest): the new one is
/// checked file by file and only then swapped in, in one step; a data folder that fails the check (half copied,
/// altered, unreadable) is logged and ignored, and the previous build keeps serving. Searches already running
/// finish on the build they started with: a replaced index is closed only after <see cref="RetireAfter"/>.
/// A data folder without build.json (older builds, hand-made test data) is read as it is, as before.
/// </summary>
public sealed class PortalData(IOptions<PortalOptions> options, TimeProvider time, ILogger<PortalData> logger) : IDisposable
{
    public static readonly TimeSpan RetireAfter = TimeSpan.FromMinutes(1);

    private readonly Lock gate = new();
    private DataGeneration? current;
    private (DateTime Manifest, DateTime Registry, DateTime Index)? lastLook;

    public string Folder => Path.GetFullPath(options.Value.Data);

    /// <summary>The build being served, or null when there is none yet.</summary>
    public DataGeneration? Current
    {
        get
        {
            Refresh();
            return Volatile.Read(ref current);
        }
    }

    /// <summary>The registry, or null when no build output is there yet.</summary>
    public PortalRegistry? Registry => Current?.Registry;

    /// <summary>The officer with this 执法证号, as written or as people type it (3609 0012 389, full-width digits).</summary>
    public RegistryOfficer? Officer(string certificate) =>
        Current is { } c && (c.Officers.TryGetValue(certificate, out var o) || c.Officers.TryGetValue(CertificateText.Normalize(certificate), out o)) ? o : null;

    public RegistryDecision? Decision(string number) =>
        Current is { } c && c.Decisions.TryGetValue(number.Trim(), out var d) ? d : null;

    public RegistryBody? Body(string slug) => Registry?.Bodies.FirstOrDefault(b => b.Slug == slug);

    /// <summary>
    /// Looks whether the data folder changed (three file times: cheap enough for every request) and takes up a
    /// new build if so. One request does the taking up; the others go on with the build being served.
    /// </summary>
    public void Refresh()
    {
        var look = Look();
        if (look == lastLook && Volatile.Read(ref current) is not null) return;
        // With nothing served yet every request waits for the first load; after that only one looks.
        if (Volatile.Read(ref current) is null) gate.Enter();
        else if (!gate.TryEnter()) return;
        try
        {
            if (look == lastLook && current is not null) return;
            lastLook = look;
            TakeUp();
        }
        finally { gate.Exit(); }
    }

    private (DateTime, DateTime, DateTime) Look() => (
        File.GetLastWriteTimeUtc(Path.Combine(Folder, DataManifest.FileName)),
        File.GetLastWriteTimeUtc(Path.Combine(Folder, PortalRegistry.FileName)),
        Directory.GetLastWriteTimeUtc(Path.Combine(Folder, SearchIndexBuilder.FolderName)));

    private void TakeUp()
    {
        var serving = current;
        string id;
        if (DataManifest.PeekId(Folder) is { } buildId)
        {
            if (buildId == serving?.Id) return;
            var (_, problem) = DataManifest.Check(Folder);
            if (problem is not null)
            {
                logger.LogError("Data folder {Folder} not taken up: {Problem}; still serving {Current}", Folder, problem, serving?.Id ?? "nothing");
                return;
            }
            id = buildId;
        }
        else if (File.Exists(Path.Combine(Folder, DataManifest.FileName)))
        {
            logger.LogError("Data folder {Folder} not taken up: {File} is unreadable; still serving {Current}", Folder, DataManifest.FileName, serving?.Id ?? "nothing");
            return;
        }
        else if (serving is { IsVersioned: true })
        {
            logger.LogError("Data folder {Folder} has no {File} (being copied?); still serving build {Current}", Folder, DataManifest.FileName, serving.Id);
            return;
        }
        else if (!File.Exists(Path.Combine(Folder, PortalRegistry.FileName)) && !Directory.Exists(Path.Combine(Folder, SearchIndexBuilder.FolderName)))
        {
            return; // no build here yet
        }
        else
        {
            id = DataGeneration.Unversioned + lastLook!.Value.GetHashCode().ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
        }

        if (Load(id, versioned: !id.StartsWith(DataGeneration.Unversioned, StringComparison.Ordinal)) is not { } next) return;
        Volatile.Write(ref current, next);
        logger.LogInformation("Serving data {Id} from {Folder}: {Officers} officers, {Decisions} decisions, search {Search}",
            next.Id, Folder, next.Officers.Count, next.Decisions.Count, next.Index is null ? "unavailable" : "ready");
        if (serving is not null) Retire(serving);
    }

    private DataGeneration? Load(string id, bool versioned)
    {
        PortalRegistry? registry = null;
        try
        {
            if (versioned || File.Exists(Path.Combine(Folder, PortalRegistry.FileName))) registry = PortalRegistry.Load(Folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or InvalidDataException)
        {
            logger.LogError(e, "Could not read {File} in {Folder}; still serving {Current}", PortalRegistry.FileName, Folder, current?.Id ?? "nothing");
            return null;
        }
        var indexDir = Path.Combine(Folder, SearchIndexBuilder.FolderName);
        try
        {
            var searcher = DecisionSearcher.Open(indexDir, time);
            // Names are also stored in the index; the registry only has the latest spelling.
            return new DataGeneration(id, registry, new OpenIndex(searcher, (registry?.Bodies ?? []).ToDictionary(b => b.Slug, b => b.Name)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Lucene.Net.Index.IndexNotFoundException)
        {
            if (versioned)
            {
                logger.LogError(e, "Search index in {Folder} unreadable; still serving {Current}", indexDir, current?.Id ?? "nothing");
                return null;
            }
            logger.LogWarning("Search index not available at {Dir}: {Message}", indexDir, e.Message);
            return new DataGeneration(id, registry, null);
        }
    }

    /// <summary>Closes a replaced build's index once the searches that started on it are long done.</summary>
    private void Retire(DataGeneration old) =>
        _ = Task.Delay(RetireAfter, time).ContinueWith(_ => old.Dispose(), TaskScheduler.Default);

    public void Dispose() => current?.Dispose();
}
