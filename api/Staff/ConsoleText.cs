using System.Globalization;

namespace Enforcement.Api.Staff;

/// <summary>
/// A required console field (a reply, a reason, a follow-up note) as staff filled it in: text made only of spaces and
/// characters that show nothing (zero-width space, joiners, BOM; pasted from chat apps and Word) is no text. A note of a
/// lone U+200B was taken, and the rating counted as followed up with the history line "jdk：跟进。".
/// </summary>
public static class ConsoleText
{
    /// <summary>True when <paramref name="text"/> shows nothing a reader could see.</summary>
    public static bool IsBlank([System.Diagnostics.CodeAnalysis.NotNullWhen(false)] string? text) => text is null || text.All(Invisible);

    /// <summary>The field trimmed, or "" when it shows nothing, so a required field's check reads it as empty.</summary>
    public static string Required(string? text) => IsBlank(text) ? "" : text!.Trim();

    private static bool Invisible(char c) =>
        char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format
        // Fillers that are letters to Unicode but draw as blanks (Hangul fillers, the blank braille pattern).
        || c is '\u115F' or '\u1160' or '\u3164' or '\uFFA0' or '\u2800';
}
