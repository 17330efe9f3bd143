namespace Enforcement.Sample.Tests;

public sealed class SampleCommandTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "sample-command-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }

    [Theory]
    [InlineData(new string[0], "--decisions")]
    [InlineData(new[] { "--decisions", "10" }, "--out")]
    [InlineData(new[] { "--decisions", "ten", "--out", "x" }, "--decisions")]
    [InlineData(new[] { "--decisions", "-3", "--out", "x" }, "--decisions")]
    [InlineData(new[] { "--decisions", "10", "--out" }, "--out")]
    [InlineData(new[] { "--decisions", "10", "--out", "x", "--seed", "abc" }, "--seed")]
    [InlineData(new[] { "--decisions", "10", "--out", "x", "--anchor", "2026/11/23" }, "--anchor")]
    [InlineData(new[] { "--decisions", "10", "--out", "x", "--colour" }, "--colour")]
    [InlineData(new[] { "--decisions", "10", "--out", "x", "--manifest", "x/secrets.json" }, "--manifest")]
    public void Bad_arguments_are_refused_with_a_message_naming_the_argument(string[] args, string named)
    {
        Assert.False(SampleCommand.TryParse(args, out _, out var error));
        Assert.Contains(named, error);
        Assert.Equal(2, SampleCommand.Run(args));
    }

    [Fact]
    public void The_usage_is_in_chinese_and_english() =>
        Assert.Matches("用法.*usage", SampleCommand.Usage);

    [Fact]
    public void A_negative_seed_is_a_seed_not_an_option()
    {
        Assert.True(SampleCommand.TryParse(["--decisions", "3", "--out", "x", "--seed", "-5"], out var options, out var error), error);
        Assert.Equal(-5, options.Seed);
    }

    [Fact]
    public void Defaults_are_seed_1_and_today_in_china()
    {
        Assert.True(SampleCommand.TryParse(["--decisions", "3", "--out", "x"], out var options, out _));
        Assert.Equal(1, options.Seed);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        Assert.InRange(options.Anchor, today.AddDays(-1), today);
    }

    [Fact]
    public void It_writes_a_tree_and_a_manifest_outside_it_and_refuses_a_second_run_into_the_same_folder()
    {
        var dir = Path.Combine(root, "content");
        var manifest = Path.Combine(root, "secrets.json");
        Assert.Equal(0, SampleCommand.Run(["--decisions", "12", "--out", dir, "--seed", "4", "--anchor", "2026-11-23", "--manifest", manifest]));
        Assert.Equal(12, Directory.EnumerateFiles(Path.Combine(dir, "decisions"), "*.md", SearchOption.AllDirectories).Count());
        Assert.Contains("\"canonical\"", File.ReadAllText(manifest));

        Assert.Equal(2, SampleCommand.Run(["--decisions", "12", "--out", dir]));
        Assert.Equal(0, SampleCommand.Run(["--decisions", "3", "--out", dir, "--force"]));
    }
}
