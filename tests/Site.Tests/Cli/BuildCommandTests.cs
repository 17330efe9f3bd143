using Enforcement.Site.Cli;

namespace Enforcement.Site.Tests.Cli;

public sealed class BuildCommandTests : IDisposable
{
    private readonly string _root = Scratch.NewFolder();

    public void Dispose() => Scratch.Delete(_root);

    [Fact]
    public void Parses_the_options_of_the_interface()
    {
        Assert.True(BuildCommand.TryParse(["--content", "c", "--out", "o", "--today", "2026-03-01", "--report", "r.csv"],
            out var content, out var output, out var today, out var report, out _));
        Assert.Equal(("c", "o", new DateOnly(2026, 3, 1), "r.csv"), (content, output, today, report));
    }

    [Theory]
    [InlineData("--today", "2026-3-1")]
    [InlineData("--today", "2026-02-30")]
    [InlineData("--colour", "red")]
    [InlineData("--out")]
    public void Refuses_bad_options(params string[] args)
    {
        Assert.False(BuildCommand.TryParse(args, out _, out _, out _, out _, out var problem));
        Assert.NotEmpty(problem);
    }

    [Fact]
    public void Refuses_a_report_inside_the_output_folder()
    {
        Assert.False(BuildCommand.TryParse(["--out", "out", "--report", "out/site/report.csv"], out _, out _, out _, out _, out var problem));
        Assert.Contains("--report", problem);
    }

    [Fact]
    public void Bad_content_exits_non_zero_printing_file_line_and_key()
    {
        var content = Scratch.CopyOfFixture(_root);
        File.WriteAllText(Path.Combine(content, "processes", "five-separation.yml"), """
            title: 五分离执法流程图
            steps:
              - {id: filing, label: 立案, kind: start, next: [nowhere]}
            """);
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = BuildCommand.Run(["--content", content, "--out", Path.Combine(_root, "out"), "--today", "2026-03-01"], stdout, stderr);

        Assert.Equal(1, code);
        Assert.Contains("processes/five-separation.yml", stderr.ToString());
        Assert.Contains("steps[0].next[0]", stderr.ToString());
        Assert.False(Directory.Exists(Path.Combine(_root, "out")));
    }

    [Fact]
    public void A_good_build_prints_pages_and_decisions_by_state()
    {
        var stdout = new StringWriter();
        var code = BuildCommand.Run(["--content", TestSite.FixtureContent, "--out", Path.Combine(_root, "out"), "--today", "2026-03-01"], stdout, new StringWriter());
        Assert.Equal(0, code);
        Assert.Contains("公示中 4，已撤下 1，公示期满 1，未到公示日期 1", stdout.ToString());
    }

    [Fact]
    public void Stats_print_every_stage_with_its_wall_and_processor_time()
    {
        var stdout = new StringWriter();
        var code = BuildCommand.Run(["--content", TestSite.FixtureContent, "--out", Path.Combine(_root, "out"), "--today", "2026-03-01", "--stats"],
            stdout, new StringWriter());

        Assert.Equal(0, code);
        var lines = stdout.ToString().Split('\n', StringSplitOptions.TrimEntries);
        Assert.Contains(lines, l => l.EndsWith("启动 (runtime start-up, before the build)", StringComparison.Ordinal));
        foreach (var stage in new[] { "load and validate content", "redact, publicity", "render pages", "leak gate", "swap in" })
        {
            var line = Assert.Single(lines, l => l.EndsWith($"({stage})", StringComparison.Ordinal));
            Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(line, @"\d+\.\d\d 秒").Count);
        }
        // The index is written beside the pages and the gate: its own wall time only.
        var index = Assert.Single(lines, l => l.EndsWith("(search index, alongside pages and the gate)", StringComparison.Ordinal));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(index, @"\d+\.\d\d 秒"));
    }

    [Fact]
    public void Without_stats_no_stage_is_printed()
    {
        var stdout = new StringWriter();
        BuildCommand.Run(["--content", TestSite.FixtureContent, "--out", Path.Combine(_root, "out"), "--today", "2026-03-01"], stdout, new StringWriter());
        Assert.DoesNotContain("leak gate", stdout.ToString());
    }

    [Fact]
    public void The_cache_lies_beside_the_output_and_clean_starts_without_it()
    {
        var output = Path.Combine(_root, "out");
        var cache = output + ".cache";
        string[] args = ["--content", TestSite.FixtureContent, "--out", output, "--today", "2026-03-01"];
        Assert.Equal(0, BuildCommand.Run(args, new StringWriter(), new StringWriter()));
        Assert.NotEmpty(Directory.GetDirectories(Path.Combine(cache, "index")));
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(output, "*", SearchOption.AllDirectories), p => p.Contains(".cache", StringComparison.Ordinal));

        var marker = Path.Combine(cache, "marker");
        File.WriteAllText(marker, "");
        Assert.Equal(0, BuildCommand.Run(args, new StringWriter(), new StringWriter()));
        Assert.True(File.Exists(marker), "a build keeps the cache");
        Assert.Equal(0, BuildCommand.Run([.. args, "--clean"], new StringWriter(), new StringWriter()));
        Assert.False(File.Exists(marker), "--clean starts without it");
        Assert.NotEmpty(Directory.GetDirectories(Path.Combine(cache, "index")));
    }
}
