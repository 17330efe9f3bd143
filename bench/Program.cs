using BenchmarkDotNet.Running;
using Enforcement.Benchmarks.Search;

namespace Enforcement.Benchmarks;

// dotnet run --project bench -c Release -- --filter '*'   (see BENCHMARKS.md for each benchmark's command)
// dotnet run --project bench -c Release -- search-report --decisions 100000   (bench/Search/RESULTS.md)
// dotnet run --project bench -c Release -- search-analyzers   (core/Search/README.md: Analyzer)
internal static class BenchmarkProgram
{
    public static void Main(string[] args)
    {
        if (args.FirstOrDefault() == "search-report")
        {
            Environment.ExitCode = SearchReport.Run(args[1..]);
            return;
        }
        if (args.FirstOrDefault() == "search-analyzers")
        {
            Environment.ExitCode = AnalyzerComparison.Run();
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
    }
}
