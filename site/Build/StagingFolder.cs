namespace Enforcement.Site.Build;

/// <summary>
/// A fresh folder next to out/ that the build writes into, swapped in only when the build succeeds. Until
/// then the old out/ is untouched; disposing an unswapped staging folder deletes it.
/// </summary>
internal sealed class StagingFolder : IDisposable
{
    private bool _swapped;

    private StagingFolder(string outDir, string root)
    {
        OutDir = outDir;
        Root = root;
        Directory.CreateDirectory(SiteDir);
        Directory.CreateDirectory(DataDir);
    }

    public string OutDir { get; }
    public string Root { get; }
    public string SiteDir => Path.Combine(Root, "site");
    public string DataDir => Path.Combine(Root, "data");

    public static StagingFolder Create(string outDir)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outDir));
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return new StagingFolder(full, $"{full}.tmp-{Guid.NewGuid():N}");
    }

    /// <summary>Moves out/ aside, moves this folder into its place, then deletes the old one.</summary>
    public void SwapIn()
    {
        string? old = null;
        if (Directory.Exists(OutDir))
        {
            old = $"{OutDir}.old-{Guid.NewGuid():N}";
            Directory.Move(OutDir, old);
        }
        try
        {
            Directory.Move(Root, OutDir);
        }
        catch
        {
            if (old is not null) Directory.Move(old, OutDir);
            throw;
        }
        _swapped = true;
        if (old is not null) DeleteTree(old);
    }

    public void Dispose()
    {
        if (!_swapped && Directory.Exists(Root)) DeleteTree(Root);
    }

    /// <summary>
    /// Deletes a folder of many small files. Unlinking is bound by the disk's latency, not the CPU, so
    /// several at once is much faster than Directory.Delete's one by one; folders go deepest first after.
    /// </summary>
    internal static void DeleteTree(string path)
    {
        Parallel.ForEach(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories),
            new ParallelOptions { MaxDegreeOfParallelism = 16 }, File.Delete);
        foreach (var level in Directory.GetDirectories(path, "*", SearchOption.AllDirectories)
                     .GroupBy(d => d.Count(c => c == Path.DirectorySeparatorChar)).OrderByDescending(g => g.Key))
            Parallel.ForEach(level, new ParallelOptions { MaxDegreeOfParallelism = 16 }, d => Directory.Delete(d));
        Directory.Delete(path);
    }
}
