using System.Globalization;

namespace Enforcement.Api.Infrastructure.Forms;

/// <summary>
/// What shows nothing in typed text: white space, format characters (zero-width space, joiners, word joiner, BOM; pasted
/// from chat apps and Word), and the fillers that are letters to Unicode but draw as blanks (Hangul fillers, the blank
/// braille pattern). A public form's fields and the console's replies and notes are trimmed of it alike, and a field made
/// only of it is empty.
/// </summary>
public static class BlankText
{
    public static bool ShowsNothing(char c) =>
        char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format
        || c is '\u115F' or '\u1160' or '\u3164' or '\uFFA0' or '\u2800';

    /// <summary>True when <paramref name="text"/> shows nothing a reader could see.</summary>
    public static bool IsBlank([System.Diagnostics.CodeAnalysis.NotNullWhen(false)] string? text) => text is null || text.All(ShowsNothing);

    /// <summary>The text without what shows nothing at either end.</summary>
    public static string Trim(string text)
    {
        var (start, end) = (0, text.Length);
        while (start < end && ShowsNothing(text[start])) start++;
        while (end > start && ShowsNothing(text[end - 1])) end--;
        return start == 0 && end == text.Length ? text : text[start..end];
    }
}
