using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Enforcement.Site.Build;

namespace Enforcement.Site.Tests;

/// <summary>
/// The fixture content (tests/Site.Tests/Fixtures/content) built once into a temporary folder, for a test
/// class to read. The build day is fixed so publicity states do not drift with the calendar.
/// </summary>
public sealed class TestSite : IDisposable
{
    public static readonly DateOnly Today = new(2026, 3, 1);
    public static string FixtureContent => Path.Combine(AppContext.BaseDirectory, "Fixtures", "content");

    public TestSite()
    {
        Root = Scratch.NewFolder();
        OutDir = Path.Combine(Root, "out");
        Result = SiteBuilder.Run(new BuildOptions(FixtureContent, OutDir, Today));
        Assert.True(Result.Succeeded, string.Join("\n", Result.Errors.Select(e => e.ToString()).Concat(Result.Leaks.Select(l => l.ToString()))));
    }

    public string Root { get; }
    public string OutDir { get; }
    public string SiteDir => Path.Combine(OutDir, "site");
    public string DataDir => Path.Combine(OutDir, "data");
    internal BuildResult Result { get; }

    /// <summary>The file that serves <paramref name="url"/>, e.g. /decisions/ → out/site/decisions/index.html.</summary>
    public string PathOf(string url) => Path.Combine(SiteDir, PageJob.ToFilePath(url));

    public bool Exists(string url) => File.Exists(PathOf(url));

    public string Text(string url) => File.ReadAllText(PathOf(url));

    public IDocument Page(string url) => Html.Parse(Text(url));

    public IEnumerable<string> HtmlFiles() =>
        Directory.EnumerateFiles(SiteDir, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public void Dispose() => Scratch.Delete(Root);
}

/// <summary>Temporary folders for tests.</summary>
public static class Scratch
{
    public static string NewFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "site-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    public static void Delete(string path)
    {
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
    }

    /// <summary>Copies the fixture content into a fresh folder that a test may change.</summary>
    public static string CopyOfFixture(string root)
    {
        var target = Path.Combine(root, "content");
        foreach (var file in Directory.EnumerateFiles(TestSite.FixtureContent, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(TestSite.FixtureContent, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
        return target;
    }
}

public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>The visible text of an element with runs of whitespace collapsed.</summary>
    public static string TextOf(IElement? element) =>
        string.Join(" ", (element?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
