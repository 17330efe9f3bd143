namespace Enforcement.Site.Cli;

// Placeholder until the command is written.
internal static class BuildCommand
{
    public static Task<int> RunAsync(string[] args) => Task.FromResult(2);
}
