namespace Enforcement.Site.Cli;

// Placeholder until the command is written.
internal static class SampleCommand
{
    public static int Run(string[] args) => 2;
}
