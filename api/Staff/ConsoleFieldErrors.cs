using Enforcement.Api.Infrastructure.Forms;

namespace Enforcement.Api.Staff;

/// <summary>
/// A console form's problems by field (from, reason…), as the public correction form ties them: the field marked
/// aria-invalid and described by its message beside it, the summary at the top linking to it. The key "form" (or a
/// field the form does not show) is said in the summary only.
/// </summary>
public sealed class ConsoleFieldErrors(IReadOnlyDictionary<string, string[]> errors)
{
    public static readonly ConsoleFieldErrors None = new(new Dictionary<string, string[]>());

    /// <summary>A form's problems as a page says them: without the parameter names scripts need (<see cref="FieldErrors.ForPeople"/>).</summary>
    public static ConsoleFieldErrors From(FieldErrors problems) =>
        new(problems.ToDictionary().ToDictionary(e => e.Key, e => e.Value.Select(FieldErrors.ForPeople).ToArray()));

    public IReadOnlyDictionary<string, string[]> All => errors;

    public bool Any => errors.Count > 0;

    /// <summary>aria-invalid for the field: "true" or nothing.</summary>
    public string? Invalid(string field) => errors.ContainsKey(field) ? "true" : null;

    /// <summary>aria-describedby for the field: its message's id, when it has one.</summary>
    public string? DescribedBy(string field) => errors.ContainsKey(field) ? IdFor(field) : null;

    public string? Message(string field) => errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public static string IdFor(string field) => field + "-error";
}
