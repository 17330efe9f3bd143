using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Enforcement.Registry;

/// <summary>One file of out/data as the build wrote it.</summary>
public sealed record DataFile(string Path, long Size, string Sha256);

/// <summary>
/// out/data/build.json, written last by the build: every other file of out/data with its size and hash, and an
/// id made from them. The API takes up a new out/data only when its build.json checks out, so a data folder
/// that is still being copied (or was copied in part) is never served.
/// </summary>
public sealed record DataManifest(string Id, IReadOnlyList<DataFile> Files)
{
    public const string FileName = "build.json";

    /// <summary>Lists every file under <paramref name="dataDir"/> and writes build.json beside them.</summary>
    public static DataManifest Write(string dataDir)
    {
        var files = Directory.EnumerateFiles(dataDir, "*", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(dataDir, f).Replace('\\', '/'))
            .Where(f => f != FileName)
            .Order(StringComparer.Ordinal)
            .Select(f => Describe(dataDir, f))
            .ToList();
        var manifest = new DataManifest(IdOf(files), files);
        File.WriteAllText(System.IO.Path.Combine(dataDir, FileName), JsonSerializer.Serialize(manifest, PortalRegistry.Json) + "\n");
        return manifest;
    }

    /// <summary>The manifest of <paramref name="dataDir"/>, or why it cannot be trusted: missing, unreadable, or a file absent, short or changed.</summary>
    public static (DataManifest? Manifest, string? Problem) Check(string dataDir)
    {
        var path = System.IO.Path.Combine(dataDir, FileName);
        if (!File.Exists(path)) return (null, $"{FileName} is missing (no build here yet, or it is still being copied)");
        DataManifest? manifest;
        try { manifest = JsonSerializer.Deserialize<DataManifest>(File.ReadAllText(path), PortalRegistry.Json); }
        catch (Exception e) when (e is JsonException or IOException) { return (null, $"{FileName} is unreadable: {e.Message}"); }
        if (manifest is null || manifest.Files is null || manifest.Id != IdOf(manifest.Files)) return (null, $"{FileName} is incomplete");
        foreach (var file in manifest.Files)
        {
            var full = System.IO.Path.Combine(dataDir, file.Path);
            if (!File.Exists(full)) return (null, $"{file.Path} is missing");
            if (new FileInfo(full).Length != file.Size) return (null, $"{file.Path} has {new FileInfo(full).Length} bytes, the build wrote {file.Size}");
            if (Describe(dataDir, file.Path).Sha256 != file.Sha256) return (null, $"{file.Path} differs from what the build wrote");
        }
        return (manifest, null);
    }

    /// <summary>The id alone (cheap: one small file), to notice that a new build has arrived.</summary>
    public static string? PeekId(string dataDir)
    {
        try
        {
            using var stream = File.OpenRead(System.IO.Path.Combine(dataDir, FileName));
            return JsonSerializer.Deserialize<DataManifest>(stream, PortalRegistry.Json)?.Id;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException) { return null; }
    }

    private static DataFile Describe(string dataDir, string relative)
    {
        using var stream = File.OpenRead(System.IO.Path.Combine(dataDir, relative));
        return new DataFile(relative, stream.Length, Convert.ToHexStringLower(SHA256.HashData(stream)));
    }

    private static string IdOf(IEnumerable<DataFile> files) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(files.Select(f => $"{f.Path}\t{f.Size}\t{f.Sha256}\n")))))[..16];
}
