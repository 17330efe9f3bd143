using System.Security.Cryptography;
using System.Text;
using Enforcement.Redaction;

namespace Enforcement.Site.Build;

/// <summary>
/// The leak gate's memory between builds (OUT.cache/gate): which outputs it found clean, each by a hash of its
/// path and text, under one fingerprint of everything the gate judges by (every file of the content folder,
/// and this program's build). An output seen clean under the same fingerprint, with the same path and text,
/// would be found clean again, so it is not scanned again; everything else is. A new fingerprint starts empty.
/// A file of out/ is also known by its size and modification time: one the last build found clean and that
/// this build took over unchanged (a page hard-linked by <see cref="PageCache"/>) is not even read.
/// Only clean outputs are remembered, and only after a build that published.
/// </summary>
internal sealed class GateCache
{
    private const string FileName = "clean.txt";

    private readonly string folder;
    private readonly string contentDir;
    private readonly string fingerprint;
    private readonly HashSet<string> clean;
    private readonly List<string> seen = [];

    private GateCache(string folder, string contentDir, string fingerprint, HashSet<string> clean)
    {
        this.folder = folder;
        this.contentDir = contentDir;
        this.fingerprint = fingerprint;
        this.clean = clean;
    }

    /// <summary>
    /// The cache under <paramref name="folder"/> if it was written under the same fingerprint, else an empty one.
    /// Opened before the content is loaded: see <see cref="RememberAllClean"/>.
    /// </summary>
    public static GateCache Open(string folder, string contentDir)
    {
        var fingerprint = Fingerprint(contentDir);
        var path = Path.Combine(folder, FileName);
        var clean = new HashSet<string>(StringComparer.Ordinal);
        if (File.Exists(path))
        {
            var lines = File.ReadAllLines(path);
            if (lines.Length > 0 && lines[0] == fingerprint) clean.UnionWith(lines.Skip(1));
        }
        return new GateCache(folder, contentDir, fingerprint, clean);
    }

    /// <summary>The outputs the gate must scan: all but those it found clean before, unchanged.</summary>
    public IEnumerable<PublishedText> ToScan(IEnumerable<PublishedText> outputs)
    {
        foreach (var output in outputs)
        {
            var key = Key(output);
            lock (seen) seen.Add(key);
            if (!clean.Contains(key)) yield return output;
        }
    }

    /// <summary>
    /// Whether <paramref name="path"/> under <paramref name="root"/> is the very file the last build found clean
    /// (same size and modification time, as git trusts its index); either way it is remembered as seen.
    /// </summary>
    public bool Unchanged(string root, string path)
    {
        var file = new FileInfo(Path.Combine(root, path));
        var stamp = string.Join('\t', path, file.Length, file.LastWriteTimeUtc.Ticks);
        lock (seen) seen.Add(stamp);
        return clean.Contains(stamp);
    }

    /// <summary>
    /// After a build that published: every output it saw was clean (scanned now, or before). Not if the content
    /// changed while the build ran: what was scanned might then not be what the fingerprint says.
    /// </summary>
    public void RememberAllClean()
    {
        if (Fingerprint(contentDir) != fingerprint) return;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, FileName + ".tmp");
        File.WriteAllLines(temporary, seen.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Prepend(fingerprint));
        File.Move(temporary, Path.Combine(folder, FileName), overwrite: true);
    }

    private static string Key(PublishedText output)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(output.Path + "\u0000"));
        hash.AppendData(Encoding.UTF8.GetBytes(output.Text));
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>Every content file's path and bytes, the build of the code that judges (Core: the gate; Site: what it is given), and the runtime.</summary>
    private static string Fingerprint(string contentDir)
    {
        // No content folder, or one that cannot be read: nothing to reuse (the loader says what is wrong).
        try { return FingerprintOf(contentDir); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return Guid.NewGuid().ToString("N"); }
    }

    private static string FingerprintOf(string contentDir)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // The runtime too: its character classes and regular expressions are part of how the gate reads.
        hash.AppendData(Encoding.UTF8.GetBytes(
            $"{typeof(LeakGate).Assembly.ManifestModule.ModuleVersionId}|{typeof(GateCache).Assembly.ManifestModule.ModuleVersionId}|{Environment.Version}\n"));
        var root = Path.GetFullPath(contentDir);
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                     .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file + "\u0000"));
            hash.AppendData(SHA256.HashData(File.ReadAllBytes(Path.Combine(root, file))));
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
