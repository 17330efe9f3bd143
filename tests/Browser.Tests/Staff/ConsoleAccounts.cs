using Enforcement.Api.Staff;

namespace Enforcement.Browser.Tests.Staff;

/// <summary>A console account made as staff make one: the API's <c>staff add</c>, the password on standard input.</summary>
internal static class ConsoleAccounts
{
    public const string Password = "correct horse battery";

    public static async Task AddAsync(IServiceProvider services, string name, string body)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        Assert.Equal(0, await StaffCommand.RunAsync(services, ["staff", "add", "--name", name, "--body", body], new StringReader(Password + "\n"), stdout, stderr));
    }
}
