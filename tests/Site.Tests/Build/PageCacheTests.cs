extern alias SampleTool;

using Enforcement.Site.Build;
using SampleTool::Enforcement.Sample;

namespace Enforcement.Site.Tests.Build;

/// <summary>
/// A rebuild takes unchanged pages from the last build instead of rendering them; what it writes must be
/// byte for byte what a clean build writes.
/// </summary>
public sealed class PageCacheTests : IDisposable
{
    private static readonly DateOnly Day = new(2026, 11, 23);
    private readonly string _root = Scratch.NewFolder();
    private readonly string _content;

    public PageCacheTests()
    {
        _content = Path.Combine(_root, "content");
        SampleGenerator.Write(_content, 300, seed: 11, anchor: Day);
    }

    public void Dispose() => Scratch.Delete(_root);

    private BuildSummary Build(string outDir, DateOnly today, bool clean = false)
    {
        var result = SiteBuilder.Run(new BuildOptions(_content, outDir, today) { Clean = clean });
        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => e.ToString()).Concat(result.Leaks.Select(l => l.ToString()))));
        return result.Summary!;
    }

    /// <summary>
    /// Every published file but the index's segments and build.json's hashes of them: Lucene stamps each segment
    /// with the time it was written (SearchIndexBuilderTests compares the index itself, posting by posting).
    /// </summary>
    private static Dictionary<string, byte[]> Published(string outDir)
    {
        var files = SiteBuilderTests.Snapshot(outDir);
        foreach (var path in files.Keys.Where(p => p.StartsWith("data/index/", StringComparison.Ordinal) && !p.EndsWith(".json", StringComparison.Ordinal)))
            files[path] = [];
        files["data/build.json"] = System.Text.Encoding.UTF8.GetBytes(string.Join('\n',
            System.Text.Json.JsonDocument.Parse(files["data/build.json"]).RootElement.GetProperty("files").EnumerateArray()
                .Select(f => f.GetProperty("path").GetString())));
        return files;
    }

    private static void AssertSameFiles(Dictionary<string, byte[]> expected, Dictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in expected)
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs from a clean build's");
    }

    /// <summary>Adds a sentence to a decision shown in full on the site (decisions/Y/N.md is /decisions/Y/N/).</summary>
    private string EditOnePublishedDecision(string outDir)
    {
        var file = Directory.EnumerateFiles(Path.Combine(_content, "decisions"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .First(f => File.ReadAllText(f).Contains("status: in-force", StringComparison.Ordinal)
                        && File.Exists(Path.Combine(outDir, "site", Path.ChangeExtension(Path.GetRelativePath(_content, f), null), "index.html")));
        File.AppendAllText(file, "\n当事人已于次日缴清罚款。\n");
        return file;
    }

    [Fact]
    public void The_next_days_rebuild_with_one_decision_edited_writes_exactly_what_a_clean_build_writes()
    {
        var daily = Path.Combine(_root, "out");
        var first = Build(daily, Day);
        Assert.Equal(0, first.PagesReused);

        // A day later decisions come down and go up, lists shift; staff have corrected one decision and taken
        // out one of 2025 (so every year's list shows a new count for 2025 in its year menu).
        var edited = EditOnePublishedDecision(daily);
        File.Delete(Directory.EnumerateFiles(Path.Combine(_content, "decisions", "2025"), "*.md").Order(StringComparer.Ordinal)
            .First(f => File.ReadAllText(f).Contains("status: in-force", StringComparison.Ordinal)));
        var next = Day.AddDays(1);
        var rebuilt = Build(daily, next);
        var clean = Build(Path.Combine(_root, "clean"), next, clean: true);

        Assert.Equal(0, clean.PagesReused);
        Assert.InRange(rebuilt.PagesReused, rebuilt.Pages / 2, rebuilt.Pages - 2);
        AssertSameFiles(Published(Path.Combine(_root, "clean")), Published(daily));
        Assert.Contains("当事人已于次日缴清罚款", File.ReadAllText(Path.Combine(daily, "site", Path.ChangeExtension(Path.GetRelativePath(_content, edited), null), "index.html")));

        // A year on, most states have changed: still the same as a clean build.
        var later = Day.AddYears(1);
        Build(daily, later);
        Build(Path.Combine(_root, "clean"), later, clean: true);
        AssertSameFiles(Published(Path.Combine(_root, "clean")), Published(daily));
    }

    [Fact]
    public void Nothing_changed_means_nothing_rendered_and_the_same_files()
    {
        var daily = Path.Combine(_root, "out");
        Build(daily, Day);
        var before = Published(daily);

        var again = Build(daily, Day);

        Assert.Equal(again.Pages, again.PagesReused);
        AssertSameFiles(before, Published(daily));
    }

    [Fact]
    public void A_page_changed_by_hand_since_the_last_build_is_rendered_again()
    {
        var daily = Path.Combine(_root, "out");
        Build(daily, Day);
        var before = Published(daily);
        var page = Path.Combine(daily, "site", "about", "index.html");
        File.AppendAllText(page, "<!-- 手工修改 -->");

        var again = Build(daily, Day);

        Assert.Equal(again.Pages - 1, again.PagesReused);
        AssertSameFiles(before, Published(daily));
    }

    [Fact]
    public void A_clean_build_and_a_build_after_a_failed_one_reuse_only_what_was_published()
    {
        var daily = Path.Combine(_root, "out");
        Build(daily, Day);
        Assert.Equal(0, Build(daily, Day, clean: true).PagesReused);

        // A build that fails leaves the last published out/ and its list: the next one still reuses them.
        var source = Directory.EnumerateFiles(Path.Combine(_content, "decisions"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var broken = Path.Combine(Path.GetDirectoryName(source)!, "broken.md");
        File.WriteAllLines(broken, File.ReadAllLines(source).Select(l => l.StartsWith("body:", StringComparison.Ordinal) ? "body: no-such-body" : l));
        Assert.False(SiteBuilder.Run(new BuildOptions(_content, daily, Day)).Succeeded);
        File.Delete(broken);
        var after = Build(daily, Day);
        Assert.Equal(after.Pages, after.PagesReused);
    }

    [Fact]
    public void Every_page_of_the_fixture_content_is_taken_from_the_last_build_when_nothing_changed()
    {
        var outDir = Path.Combine(_root, "fixture-out");
        SiteBuilder.Run(new BuildOptions(TestSite.FixtureContent, outDir, TestSite.Today));
        var again = SiteBuilder.Run(new BuildOptions(TestSite.FixtureContent, outDir, TestSite.Today)).Summary!;
        Assert.Equal(again.Pages, again.PagesReused);
    }
}
