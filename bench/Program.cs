using BenchmarkDotNet.Running;

namespace Enforcement.Benchmarks;

// dotnet run --project bench -c Release -- --filter '*'   (see BENCHMARKS.md for each benchmark's command)
internal static class BenchmarkProgram
{
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
