using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Enforcement.Content;

namespace Enforcement.Registry;

/// <summary>
/// out/data/registry.json: what the API needs to know about the published portal. Written by the build,
/// read by the API; never published (it holds the bodies' internal notify addresses).
/// </summary>
public sealed record PortalRegistry(
    string Title,
    string BaseUrl,
    DateOnly BuiltFor,
    RetentionSettings Retention,
    SupervisionOffice Supervision,
    IReadOnlyList<RegistryBody> Bodies,
    IReadOnlyList<RegistryOfficer> Officers,
    IReadOnlyList<RegistryDecision> Decisions)
{
    public const string FileName = "registry.json";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public void Save(string dataDir) =>
        File.WriteAllText(Path.Combine(dataDir, FileName), JsonSerializer.Serialize(this, Json) + "\n");

    public static PortalRegistry Load(string dataDir) =>
        JsonSerializer.Deserialize<PortalRegistry>(File.ReadAllText(Path.Combine(dataDir, FileName)), Json)
        ?? throw new InvalidDataException($"{FileName} is empty");
}

public sealed record RegistryBody(string Slug, string Name, string Phone, string? Notify);

public sealed record RegistryOfficer(
    string Certificate, string Name, string BodySlug, string Unit, string Position,
    IReadOnlyList<string> Categories, string Region, OfficerStatus Status, DateOnly? ValidUntil);

/// <summary>A decision that is public or withdrawn on BuiltFor; ended ones are not listed.</summary>
public sealed record RegistryDecision(
    string Number, string Title, string Url, string BodySlug, DateOnly Published, DateOnly PublicUntil, bool Withdrawn);
