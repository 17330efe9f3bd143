namespace Enforcement.Loading;

/// <summary>Splits a Markdown file into its YAML front matter (between --- lines) and its body.</summary>
public static class FrontMatter
{
    public static bool TrySplit(string text, out string yaml, out string body, out int bodyLine)
    {
        yaml = body = "";
        bodyLine = 0;
        text = text.Replace("\r\n", "\n").TrimStart('\uFEFF');
        if (!text.StartsWith("---\n", StringComparison.Ordinal)) return false;
        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        while (end >= 0 && end + 4 < text.Length && text[end + 4] != '\n' && text[end + 4] != '\r' && text[end + 4] != ' ')
            end = text.IndexOf("\n---", end + 4, StringComparison.Ordinal);
        if (end < 0) return false;
        yaml = text[4..(end + 1)];
        var rest = end + 4 < text.Length ? text[(end + 4)..] : "";
        var newline = rest.IndexOf('\n');
        body = newline < 0 ? "" : rest[(newline + 1)..];
        bodyLine = text[..(end + 4)].Count(c => c == '\n') + 2;
        return true;
    }
}
