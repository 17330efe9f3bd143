using Enforcement.Api.Infrastructure.Forms;

namespace Enforcement.Api.Staff;

/// <summary>
/// A required console field (a reply, a reason, a follow-up note) as staff filled it in: text that shows nothing
/// (<see cref="BlankText"/>) is no text. A note of a lone U+200B was taken, and the rating counted as followed up with the
/// history line "jdk：跟进。".
/// </summary>
public static class ConsoleText
{
    /// <summary>The field trimmed, or "" when it shows nothing, so a required field's check reads it as empty.</summary>
    public static string Required(string? text) => BlankText.IsBlank(text) ? "" : text.Trim();
}
