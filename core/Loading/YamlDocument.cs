using System.Text.RegularExpressions;
using Enforcement.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Enforcement.Loading;

/// <summary>Parses YAML text into its root node, turning syntax errors into content errors.</summary>
internal static partial class YamlDocument
{
    public static YamlNode? Parse(string text, string file, List<ContentError> errors, int lineOffset = 0)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0) { errors.Add(new ContentError(file, "", "文件为空 (file is empty)")); return null; }
            return stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            errors.Add(CommonSlip(text) is var (line, message)
                ? new ContentError(file, "", $"YAML 语法错误 (syntax error): {message}", line + lineOffset)
                : new ContentError(file, "", $"YAML 语法错误，多为这一行或上一行的缩进未对齐、冒号或引号不全 (syntax error): {Inner(e).Message}", (int)e.Start.Line + lineOffset));
            return null;
        }
        // YamlDotNet's scanner throws this instead of a YamlException on some unclosed flow collections ("[a, b").
        catch (InvalidOperationException)
        {
            errors.Add(new ContentError(file, "", "YAML 语法错误 (syntax error): 括号或引号未闭合 (unclosed bracket or quote)", LastReadableLine(text) + lineOffset));
            return null;
        }
    }

    // The line of the last token the scanner could read before it failed: where the unclosed construct is.
    private static int LastReadableLine(string text)
    {
        var scanner = new Scanner(new StringReader(text));
        var line = 1;
        try
        {
            while (scanner.MoveNext()) line = (int)scanner.Current!.Start.Line;
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException) { }
        return line;
    }

    /// <summary>A content file's YAML root (<see cref="ContentText.Read"/>: UTF-8 or an error), or null with the errors recorded.</summary>
    public static YamlNode? Read(string path, string file, List<ContentError> errors) =>
        ContentText.Read(path, file, errors) is { } text ? Parse(text, file, errors) : null;

    /// <summary>A content file whose top level is a mapping, or null with the errors recorded.</summary>
    public static YamlMap? ReadMap(string path, string file, List<ContentError> errors) =>
        ContentText.Read(path, file, errors) is { } text ? ParseMap(text, file, errors) : null;

    public static YamlMap? ParseMap(string text, string file, List<ContentError> errors, int lineOffset = 0)
    {
        var root = Parse(text, file, errors, lineOffset);
        if (root is null) return null;
        if (root is YamlMappingNode m) return new YamlMap(m, file, "", errors, lineOffset);
        errors.Add(new ContentError(file, "", "顶层应为键值映射 (top level must be a mapping)"));
        return null;
    }

    // title：… (a full-width colon, as a Chinese input method types it), title:… (no space), a line indented with a
    // tab or a full-width space: the slips staff make most, which YAML reports in English, some lines off.
    [GeneratedRegex(@"^[ \t]*(?:-[ \t]*)?([A-Za-z][A-Za-z0-9_]*)[ \t]*(：|:(?=[^\s]))|^ *([\t\u3000])", RegexOptions.Multiline)]
    private static partial Regex KeySlip();

    private static (int Line, string Message)? CommonSlip(string text)
    {
        if (KeySlip().Match(text) is not { Success: true } m) return null;
        var line = 1 + text.AsSpan(0, m.Index).Count('\n');
        var key = m.Groups[1].Value;
        return m.Groups[3].Value switch
        {
            "\t" => (line, "这一行用 Tab 缩进，YAML 只能用空格缩进 (tab used for indentation)"),
            "\u3000" => (line, "这一行用全角空格缩进，应为半角空格 (full-width space used for indentation)"),
            _ when m.Groups[2].Value == "：" => (line, $"键 '{key}' 后面是全角冒号“：”，应为半角冒号“:”再加一个空格 (full-width colon after a key)"),
            _ => (line, $"键 '{key}' 的冒号后缺少空格，应写作“{key}: …” (no space after the colon)"),
        };
    }

    private static Exception Inner(Exception e) => e.InnerException is YamlException inner ? Inner(inner) : e;
}
