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
        if (old is not null) Directory.Delete(old, recursive: true);
    }

    public void Dispose()
    {
        if (!_swapped && Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}
