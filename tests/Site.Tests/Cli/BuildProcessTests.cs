using System.Diagnostics;
using Enforcement.Site.Tests.Build;

namespace Enforcement.Site.Tests.Cli;

/// <summary>
/// The build as staff run it, in its own process. Two processes, not two calls in one: string hashes and
/// the clock differ between processes, so this is what catches output that depends on either.
/// </summary>
public sealed class BuildProcessTests : IDisposable
{
    private readonly string _root = Scratch.NewFolder();

    public void Dispose() => Scratch.Delete(_root);

    private async Task<(int Code, string Out, string Err)> Run(string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _root };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Enforcement.Site.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        // Even with the variable a deployment once needed, the build must not use a card key.
        start.Environment["PORTAL_CARD_KEY"] = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    private string[] BuildArgs(string outName) =>
        ["build", "--content", TestSite.FixtureContent, "--out", Path.Combine(_root, outName), "--today", "2026-03-01"];

    [Fact]
    public async Task Two_builds_of_the_same_content_and_day_are_byte_identical()
    {
        var first = await Run(BuildArgs("a"));
        var second = await Run(BuildArgs("b"));
        Assert.True(first.Code == 0, first.Err);
        Assert.True(second.Code == 0, second.Err);
        Assert.Contains("公示中 4", first.Out);
        Assert.DoesNotContain("开发密钥", first.Err);

        var a = SiteBuilderTests.Snapshot(Path.Combine(_root, "a"));
        var b = SiteBuilderTests.Snapshot(Path.Combine(_root, "b"));
        // Lucene writes segment metadata with timestamps, so data/index/ is not compared byte for byte
        // (its query results are: search orders every tie by URL). Everything published is.
        // build.json lists the index files' hashes, so it differs with them.
        static bool Compared(string file) => !file.StartsWith("data/index/", StringComparison.Ordinal) && file != "data/build.json";
        Assert.Equal(a.Keys.Where(Compared).Order(StringComparer.Ordinal), b.Keys.Where(Compared).Order(StringComparer.Ordinal));
        foreach (var (file, bytes) in a.Where(f => Compared(f.Key)))
            Assert.True(bytes.AsSpan().SequenceEqual(b[file]), $"{file} differs between two builds");
    }

    [Fact]
    public async Task The_build_neither_reads_nor_makes_a_card_key_and_publishes_no_card()
    {
        var (code, _, err) = await Run(BuildArgs("out"));
        Assert.True(code == 0, err);
        Assert.DoesNotContain("密钥", err);
        Assert.False(Directory.Exists(Path.Combine(_root, ".portal")), "the build made a development card key");
        var files = Directory.EnumerateFiles(Path.Combine(_root, "out"), "*", SearchOption.AllDirectories).ToList();
        Assert.DoesNotContain(files, f => f.Replace('\\', '/') is var p && (p.Contains("/card/", StringComparison.Ordinal) || p.Contains("/cards/", StringComparison.Ordinal)));
        Assert.All(files, f => Assert.DoesNotMatch(Enforcement.Cards.CardToken.InLink(), File.ReadAllText(f, System.Text.Encoding.Latin1)));
    }

    [Fact]
    public async Task Bad_arguments_exit_with_usage()
    {
        var (code, _, err) = await Run(["build", "--today", "tomorrow"]);
        Assert.Equal(2, code);
        Assert.Contains("YYYY-MM-DD", err);
    }
}
