namespace Enforcement.Site.Build;

/// <summary>site/Assets/** (copied next to the program at compile time): the stylesheets, scripts and icon.</summary>
internal static class SiteAssets
{
    /// <summary>Copies them into <paramref name="target"/> (out/site/assets, and out/data/assets for the API). Returns how many files.</summary>
    public static int CopyTo(string target)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "Assets");
        if (!Directory.Exists(source))
            throw new DirectoryNotFoundException($"静态资源目录不存在 (assets folder not found): {source}");
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
            count++;
        }
        return count;
    }
}
