using Enforcement.Redaction;
using Enforcement.Validation;

namespace Enforcement.Site.Build;

/// <summary>What a build wrote: pages, decisions by publicity state, and what redaction masked.</summary>
internal sealed record BuildSummary(
    int Pages,
    int Files,
    int Public,
    int Withdrawn,
    int Ended,
    int NotYet,
    IReadOnlyList<(string Kind, int Count)> Masked)
{
    /// <summary>Each stage's wall and processor time, in the order they ran (<c>build --stats</c>).</summary>
    public IReadOnlyList<StageTime> Stages { get; init; } = [];

    /// <summary>Pages taken unrendered from the last build, their parameters unchanged (<see cref="PageCache"/>).</summary>
    public int PagesReused { get; init; }
}

/// <summary>The outcome of a build: a summary when it succeeded, else the content errors or the leaks that stopped it.</summary>
internal sealed record BuildResult(BuildSummary? Summary, IReadOnlyList<ContentError> Errors, IReadOnlyList<Leak> Leaks)
{
    public bool Succeeded => Summary is not null;

    public static BuildResult Invalid(IReadOnlyList<ContentError> errors) => new(null, errors, []);

    public static BuildResult Leaked(IReadOnlyList<Leak> leaks) => new(null, [], leaks);

    public static BuildResult Done(BuildSummary summary) => new(summary, [], []);
}
