using Enforcement.Site.Cli;

// The static site generator's command line; see README.md and shared/INTERFACES.md.
return args.FirstOrDefault() switch
{
    "build" => await BuildCommand.RunAsync(args[1..]),
    "expiring" => ExpiringCommand.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        用法 (usage):
          build --content content --out out [--today YYYY-MM-DD] [--report FILE]
          expiring --content content --days 30 [--today YYYY-MM-DD]
        """);
    return 2;
}
