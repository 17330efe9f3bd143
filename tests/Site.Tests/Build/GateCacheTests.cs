using Enforcement.Redaction;
using Enforcement.Site.Build;

namespace Enforcement.Site.Tests.Build;

/// <summary>The leak gate skips an output only if it found exactly that output clean under exactly this content.</summary>
public sealed class GateCacheTests : IDisposable
{
    private readonly string _root = Scratch.NewFolder();
    private readonly string _content;
    private readonly string _cache;

    public GateCacheTests()
    {
        _content = Path.Combine(_root, "content");
        Directory.CreateDirectory(Path.Combine(_content, "decisions"));
        File.WriteAllText(Path.Combine(_content, "decisions", "a.md"), "甲");
        _cache = Path.Combine(_root, "out.cache", "gate");
    }

    public void Dispose() => Scratch.Delete(_root);

    private static readonly PublishedText[] Outputs =
    [
        new("site/a/index.html", "<p>一</p>"),
        new("site/b/index.html", "<p>二</p>"),
    ];

    private List<string> ToScan(params PublishedText[] outputs) => GateCache.Open(_cache, _content).ToScan(outputs).Select(o => o.Path).ToList();

    private void PublishClean()
    {
        var cache = GateCache.Open(_cache, _content);
        _ = cache.ToScan(Outputs).ToList();
        cache.RememberAllClean();
    }

    [Fact]
    public void An_output_found_clean_before_is_not_scanned_again_but_a_changed_one_is()
    {
        Assert.Equal(["site/a/index.html", "site/b/index.html"], ToScan(Outputs));
        PublishClean();
        Assert.Empty(ToScan(Outputs));
        Assert.Equal(["site/b/index.html"], ToScan(Outputs[0], Outputs[1] with { Text = "<p>二，改</p>" }));
        Assert.Equal(["site/c/index.html"], ToScan(Outputs[0] with { Path = "site/c/index.html" }));
    }

    [Fact]
    public void Any_change_to_the_content_folder_means_scanning_everything_again()
    {
        PublishClean();
        File.WriteAllText(Path.Combine(_content, "decisions", "b.md"), "乙");
        Assert.Equal(2, ToScan(Outputs).Count);
    }

    [Fact]
    public void Nothing_is_remembered_when_the_build_did_not_publish_or_the_content_changed_meanwhile()
    {
        var cache = GateCache.Open(_cache, _content);
        _ = cache.ToScan(Outputs).ToList();
        // A build that found a leak never calls RememberAllClean.
        Assert.Equal(2, ToScan(Outputs).Count);

        var during = GateCache.Open(_cache, _content);
        _ = during.ToScan(Outputs).ToList();
        File.WriteAllText(Path.Combine(_content, "decisions", "a.md"), "甲，改");
        during.RememberAllClean();
        Assert.Equal(2, ToScan(Outputs).Count);
    }

    [Fact]
    public void A_file_is_taken_as_read_only_while_its_size_and_time_are_those_the_gate_saw_clean()
    {
        var site = Path.Combine(_root, "staging");
        Directory.CreateDirectory(Path.Combine(site, "site"));
        var page = Path.Combine(site, "site", "a.html");
        File.WriteAllText(page, "<p>一</p>");

        var first = GateCache.Open(_cache, _content);
        Assert.False(first.Unchanged(site, "site/a.html"));
        first.RememberAllClean();
        Assert.True(GateCache.Open(_cache, _content).Unchanged(site, "site/a.html"));

        // Written again, the same size (as a page rendered anew is, seconds later): read and scanned again.
        var seen = File.GetLastWriteTimeUtc(page);
        File.WriteAllText(page, "<p>二</p>");
        File.SetLastWriteTimeUtc(page, seen.AddSeconds(2));
        Assert.False(GateCache.Open(_cache, _content).Unchanged(site, "site/a.html"));

        // The same file, but the content it was judged against has changed.
        var again = GateCache.Open(_cache, _content);
        Assert.False(again.Unchanged(site, "site/a.html"));
        again.RememberAllClean();
        File.WriteAllText(Path.Combine(_content, "decisions", "b.md"), "乙");
        Assert.False(GateCache.Open(_cache, _content).Unchanged(site, "site/a.html"));
    }
}
