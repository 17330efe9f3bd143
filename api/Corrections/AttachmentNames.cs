using System.Globalization;
using System.Text;
using Enforcement.Corrections;

namespace Enforcement.Api.Corrections;

/// <summary>
/// The name an attachment is kept and downloaded under. Its type was told by its content, so its extension
/// follows the content (a PDF that is also valid HTML, named evil.html, downloads as evil.pdf), and characters
/// that make a name read other than it is (bidi overrides as in invoice\u202Efdp.exe, other format and control
/// characters, line separators) are removed.
/// </summary>
internal static class AttachmentNames
{
    public const int MaxLength = 120;

    /// <summary>The file's own name without folders or invisible characters; null when nothing is left.</summary>
    public static string? Clean(string? fileName)
    {
        var visible = new StringBuilder();
        foreach (var rune in Path.GetFileName((fileName ?? "").Replace('\\', '/')).EnumerateRunes())
            if (Visible(rune)) visible.Append(rune.ToString());
        var name = visible.ToString().Trim().TrimStart('.');
        return name.Length == 0 ? null : name.Length > MaxLength ? name[..MaxLength] : name;
    }

    /// <summary>The cleaned name with the extension of <paramref name="kind"/>; "附件{number}" with it when the name is empty.</summary>
    public static string For(string? fileName, AttachmentKind kind, int number)
    {
        var name = Clean(fileName);
        if (name is null) return $"附件{number}{kind.Extension()}";
        var extension = Path.GetExtension(name);
        if (Matches(extension, kind)) return name;
        var stem = Path.GetFileNameWithoutExtension(name).TrimEnd('.', ' ');
        return (stem.Length == 0 ? $"附件{number}" : stem) + kind.Extension();
    }

    /// <summary>The name to download a stored attachment under (names stored before this rule get it too).</summary>
    public static string ForDownload(AttachmentInfo info)
    {
        foreach (var kind in Enum.GetValues<AttachmentKind>())
            if (kind.ContentType() == info.ContentType) return For(info.FileName, kind, 1);
        return Clean(info.FileName) ?? "附件";
    }

    private static bool Matches(string extension, AttachmentKind kind) =>
        extension.Equals(kind.Extension(), StringComparison.OrdinalIgnoreCase)
        || (kind == AttachmentKind.Jpeg && extension.Equals(".jpeg", StringComparison.OrdinalIgnoreCase));

    /// <summary>Invalid UTF-16 comes out of EnumerateRunes as U+FFFD, which goes too.</summary>
    private static bool Visible(Rune rune) => rune != Rune.ReplacementChar && Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.Control
        or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse);
}
