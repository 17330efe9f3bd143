namespace Enforcement.Site.Cli;

// Placeholder until the command is written.
internal static class ExpiringCommand
{
    public static int Run(string[] args) => 2;
}
