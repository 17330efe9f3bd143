using Enforcement.Registry;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Infrastructure.Data;

/// <summary>
/// The build's registry (out/data/registry.json): officers, bodies and published decisions. Re-read when a
/// new build replaces the file, so a deploy needs no restart.
/// </summary>
public sealed class PortalData(IOptions<PortalOptions> options, ILogger<PortalData> logger)
{
    private readonly Lock gate = new();
    private (DateTime Stamp, PortalRegistry Registry, Dictionary<string, RegistryOfficer> Officers, Dictionary<string, RegistryDecision> Decisions)? loaded;

    public string Folder => Path.GetFullPath(options.Value.Data);

    /// <summary>The registry, or null when no build output is there yet.</summary>
    public PortalRegistry? Registry => Current()?.Registry;

    public RegistryOfficer? Officer(string certificate) =>
        Current() is { } c && c.Officers.TryGetValue(certificate, out var o) ? o : null;

    public RegistryDecision? Decision(string number) =>
        Current() is { } c && c.Decisions.TryGetValue(number.Trim(), out var d) ? d : null;

    public RegistryBody? Body(string slug) => Registry?.Bodies.FirstOrDefault(b => b.Slug == slug);

    private (DateTime Stamp, PortalRegistry Registry, Dictionary<string, RegistryOfficer> Officers, Dictionary<string, RegistryDecision> Decisions)? Current()
    {
        var file = Path.Combine(Folder, PortalRegistry.FileName);
        var stamp = File.Exists(file) ? File.GetLastWriteTimeUtc(file) : DateTime.MinValue;
        lock (gate)
        {
            if (loaded is { } l && l.Stamp == stamp) return l;
            if (stamp == DateTime.MinValue) return loaded = null;
            try
            {
                var registry = PortalRegistry.Load(Folder);
                loaded = (stamp, registry,
                    registry.Officers.ToDictionary(o => o.Certificate, StringComparer.Ordinal),
                    registry.Decisions.ToDictionary(d => d.Number, StringComparer.Ordinal));
            }
            catch (Exception e) when (e is IOException or System.Text.Json.JsonException or InvalidDataException)
            {
                logger.LogError(e, "Could not read {File}; keeping the previous registry", file);
            }
            return loaded;
        }
    }
}
