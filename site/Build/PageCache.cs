using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Enforcement.Site.Build;

/// <summary>
/// Which page of the last build was made from what (OUT.cache/pages): each file under out/site with its
/// <see cref="PageKey"/>, size and modification time. A page whose key is unchanged is taken from the last
/// build's out/ instead of being rendered again, if that file is still the one written then (same size and
/// time, as git trusts its index); it is hard-linked into the new build, so nothing is read or copied.
/// The list is written only once a build has published, and describes the out/ it swapped in.
/// </summary>
internal sealed class PageCache
{
    private const string FileName = "pages.txt";

    private readonly string folder;
    private readonly string previousSiteDir;
    private readonly IReadOnlyDictionary<string, Entry> previous;
    private readonly ConcurrentDictionary<string, Entry> current = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> takenOver = new(StringComparer.Ordinal);

    private PageCache(string folder, string previousSiteDir, IReadOnlyDictionary<string, Entry> previous)
    {
        this.folder = folder;
        this.previousSiteDir = previousSiteDir;
        this.previous = previous;
    }

    /// <summary>How many pages this build took from the last one.</summary>
    public int Reused => takenOver.Count;

    /// <summary>Whether the page at <paramref name="path"/> (under site/) is the last build's very file, taken over unrendered.</summary>
    public bool TookOver(string path) => takenOver.ContainsKey(path);

    /// <summary>The list under <paramref name="folder"/> for the pages in <paramref name="previousSiteDir"/> (the out/site about to be replaced).</summary>
    public static PageCache Open(string folder, string previousSiteDir)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var path = Path.Combine(folder, FileName);
        if (File.Exists(path))
            foreach (var line in File.ReadLines(path))
                if (Entry.Parse(line) is { } entry) entries[entry.Path] = entry;
        return new PageCache(folder, previousSiteDir, entries);
    }

    /// <summary>
    /// Puts the last build's file for <paramref name="path"/> at <paramref name="target"/> if it was made from
    /// <paramref name="key"/> and is unchanged since; false if the page must be rendered.
    /// </summary>
    public bool TryReuse(string path, string key, string target)
    {
        if (!previous.TryGetValue(path, out var entry) || entry.Key != key) return false;
        var old = Path.Combine(previousSiteDir, path);
        var file = new FileInfo(old);
        if (!file.Exists || file.Length != entry.Size || file.LastWriteTimeUtc.Ticks != entry.Modified) return false;
        // A link is the same file, with the size and time just checked; a copy is a new file, stamped anew.
        if (HardLink(old, target)) current[path] = entry;
        else
        {
            File.Copy(old, target);
            Remember(path, key, target);
        }
        takenOver[path] = true;
        return true;
    }

    /// <summary>Notes that <paramref name="target"/> now holds the page <paramref name="path"/> made from <paramref name="key"/>.</summary>
    public void Remember(string path, string key, string target)
    {
        var file = new FileInfo(target);
        current[path] = new Entry(path, key, file.Length, file.LastWriteTimeUtc.Ticks);
    }

    /// <summary>After the build's out/ is swapped in: its pages are what the next build may reuse.</summary>
    public void Save()
    {
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, FileName + ".tmp");
        File.WriteAllLines(temporary, current.Values.OrderBy(e => e.Path, StringComparer.Ordinal).Select(e => e.ToString()));
        File.Move(temporary, Path.Combine(folder, FileName), overwrite: true);
    }

    private sealed record Entry(string Path, string Key, long Size, long Modified)
    {
        public override string ToString() => string.Join('\t', Key, Size, Modified, Path);

        public static Entry? Parse(string line)
        {
            var parts = line.Split('\t', 4);
            return parts.Length == 4
                   && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var size)
                   && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var modified)
                ? new Entry(parts[3], parts[0], size, modified)
                : null;
        }
    }

    /// <summary>A second name for the same file: no bytes read or written. False where the system offers none.</summary>
    private static bool HardLink(string existing, string link) =>
        !OperatingSystem.IsWindows() && Link(existing, link) == 0;

    [DllImport("libc", EntryPoint = "link")]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string link);
}
