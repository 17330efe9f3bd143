using System.CommandLine;
using Enforcement.Cli;
using Enforcement.Site.Cli;

// The static site generator's command line; see README.md and docs/INTERFACES.md.
var root = new RootCommand("执法公示平台网站生成器 (the portal's static site generator)")
{
    BuildCommand.Command,
    ExpiringCommand.Command,
};
return CliRunner.Run(root, args, Console.Out, Console.Error);
