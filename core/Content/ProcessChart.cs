namespace Enforcement.Content;

public enum StepKind { Start, Step, Decision, End }

/// <summary>content/processes/&lt;slug&gt;.yml: one 执法流程图.</summary>
public sealed record ProcessChart(string Slug, string Title, string Basis, IReadOnlyList<ProcessStep> Steps);

public sealed record ProcessStep(
    string Id,
    string Label,
    StepKind Kind,
    string? TimeLimit,
    string? Basis,
    IReadOnlyList<ProcessTransition> Next);

public sealed record ProcessTransition(string To, string? Label);
