using BenchmarkDotNet.Running;

// dotnet run --project bench -c Release -- --filter '*'   (see BENCHMARKS.md for each benchmark's command)
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
