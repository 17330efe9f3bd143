using System.Diagnostics;

namespace Enforcement.Site.Build;

/// <summary>How long each stage of one build took (<c>build --stats</c>), in the order they ran.</summary>
internal sealed class BuildStats
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly List<(string Stage, TimeSpan Elapsed)> stages = [];

    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages => stages;

    public TimeSpan Total => clock.Elapsed;

    public T Time<T>(string stage, Func<T> work)
    {
        var start = clock.Elapsed;
        var result = work();
        stages.Add((stage, clock.Elapsed - start));
        return result;
    }

    public void Time(string stage, Action work) => Time(stage, () => { work(); return 0; });
}
