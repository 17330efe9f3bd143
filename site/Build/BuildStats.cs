using System.Diagnostics;

namespace Enforcement.Site.Build;

/// <summary>
/// One stage of a build: its wall time, and the processor time the whole process spent meanwhile (all threads);
/// none for a stage that ran beside others, whose processor time cannot be told apart.
/// </summary>
internal sealed record StageTime(string Stage, TimeSpan Wall, TimeSpan? Cpu);

/// <summary>
/// How long each stage of one build took (<c>build --stats</c>), in the order they ran. Processor time beside wall
/// time shows which stages use both cores and which run on one.
/// </summary>
internal sealed class BuildStats
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly List<StageTime> stages = [];

    public IReadOnlyList<StageTime> Stages => stages;

    public T Time<T>(string stage, Func<T> work)
    {
        var start = clock.Elapsed;
        var cpu = Environment.CpuUsage.TotalTime;
        var result = work();
        stages.Add(new StageTime(stage, clock.Elapsed - start, Environment.CpuUsage.TotalTime - cpu));
        return result;
    }

    public void Time(string stage, Action work) => Time(stage, () => { work(); return 0; });

    /// <summary>Starts a stage on the thread pool, beside the stages that follow; <see cref="Wait"/> records it.</summary>
    public Task<StageTime> Start(string stage, Action work) => Task.Run(() =>
    {
        var start = clock.Elapsed;
        work();
        return new StageTime(stage, clock.Elapsed - start, null);
    });

    /// <summary>Waits for a stage <see cref="Start"/> began (its failure is thrown here) and records it.</summary>
    public void Wait(Task<StageTime> stage) => stages.Add(stage.GetAwaiter().GetResult());
}
