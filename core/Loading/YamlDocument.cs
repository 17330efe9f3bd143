using Enforcement.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Enforcement.Loading;

/// <summary>Parses YAML text into its root node, turning syntax errors into content errors.</summary>
internal static class YamlDocument
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
            errors.Add(new ContentError(file, "", $"YAML 语法错误 (syntax error): {Inner(e).Message}", (int)e.Start.Line + lineOffset));
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

    public static YamlMap? ParseMap(string text, string file, List<ContentError> errors, int lineOffset = 0)
    {
        var root = Parse(text, file, errors, lineOffset);
        if (root is null) return null;
        if (root is YamlMappingNode m) return new YamlMap(m, file, "", errors);
        errors.Add(new ContentError(file, "", "顶层应为键值映射 (top level must be a mapping)"));
        return null;
    }

    private static Exception Inner(Exception e) => e.InnerException is YamlException inner ? Inner(inner) : e;
}
