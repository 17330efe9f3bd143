using Enforcement.Api.Staff;

namespace Enforcement.Api.Tests.Staff;

/// <summary>
/// Which start of the API is the staff command: settings given before <c>staff</c> (as the published dll is run on
/// a server) still make the account rather than start a web server on :5000.
/// </summary>
public sealed class StaffCommandArgumentsTests
{
    [Theory]
    [InlineData("staff add --name zhangjing --body yichun-amr", "staff add --name zhangjing --body yichun-amr")]
    [InlineData("--Portal:Database=/var/lib/zfgs/portal.db staff add --name zhangjing", "staff add --name zhangjing")]
    [InlineData("--Portal:Database /var/lib/zfgs/portal.db --Portal:Data=/srv/out/data staff list", "staff list")]
    [InlineData("/Portal:Database=/tmp/p.db staff disable --name a", "staff disable --name a")]
    public void The_command_is_found_after_any_settings(string line, string command) =>
        Assert.Equal(command.Split(' '), StaffCommand.Arguments(line.Split(' ')));

    [Theory]
    [InlineData("")]
    [InlineData("--urls http://127.0.0.1:5000")]
    [InlineData("--Portal:Database=/tmp/staff")]
    [InlineData("--Portal:Site out/site --Portal:Data out/data")]
    public void Without_it_the_API_serves(string line) =>
        Assert.Null(StaffCommand.Arguments(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
}
