using System.CommandLine;
using Enforcement.Cli;
using Enforcement.Site.Cli;

namespace Enforcement.Site.Tests.Cli;

/// <summary>The command-line conventions every program of the portal follows (site and sample generator).</summary>
public sealed class CliRunnerTests
{
    private static (int Code, string Out, string Err) Run(Command command, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliRunner.Run(command, args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static RootCommand Site() => new("site") { BuildCommand.Command, ExpiringCommand.Command };

    [Fact]
    public void Help_shows_every_option_of_build_and_exits_0()
    {
        var (code, output, error) = Run(Site(), "build", "--help");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        foreach (var option in new[] { "--content DIR", "--out OUT", "--today YYYY-MM-DD", "--report FILE" })
            Assert.Contains(option, output);
    }

    [Fact]
    public void Without_a_command_the_usage_lists_both_commands_and_exits_2()
    {
        var (code, output, error) = Run(Site());
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("缺少命令", error);
        Assert.Contains("build [--content DIR]", error);
        Assert.Contains("expiring --content DIR", error);
    }

    [Fact]
    public void An_unknown_command_is_named()
    {
        var (code, _, error) = Run(Site(), "generate-sample", "--decisions", "3");
        Assert.Equal(2, code);
        Assert.Contains("'generate-sample'", error);
    }

    [Fact]
    public void An_option_given_twice_is_refused_in_chinese()
    {
        var (code, _, error) = Run(Site(), "build", "--out", "a", "--out", "b");
        Assert.Equal(2, code);
        Assert.StartsWith("--out 只能给一次", error);
    }

    [Fact]
    public void A_path_starting_with_at_is_a_path_not_a_response_file()
    {
        Assert.True(BuildCommand.TryParse(["--content", "@content", "--out", "o"], out var content, out _, out _, out _, out var problem), problem);
        Assert.Equal("@content", content);
    }

    [Fact]
    public void The_same_option_can_be_written_with_an_equals_sign()
    {
        Assert.True(BuildCommand.TryParse(["--content=c", "--today=2026-03-01"], out var content, out _, out var today, out _, out var problem), problem);
        Assert.Equal(("c", new DateOnly(2026, 3, 1)), (content, today));
    }
}
