using System.Globalization;
using Enforcement.Validation;
using YamlDotNet.RepresentationModel;

namespace Enforcement.Loading;

/// <summary>
/// Reads typed values out of one YAML mapping and records every problem (file, key path, line)
/// instead of throwing, so a single build reports all of them.
/// </summary>
internal sealed class YamlMap(YamlMappingNode node, string file, string path, List<ContentError> errors)
{
    public string File => file;

    public List<ContentError> Errors => errors;

    public int Line => (int)node.Start.Line;

    public string KeyPath(string key) => path.Length == 0 ? key : $"{path}.{key}";

    public void Error(string key, string message, YamlNode? at = null) =>
        errors.Add(new ContentError(file, KeyPath(key), message, (int)(at ?? node).Start.Line));

    public YamlNode? Node(string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && !IsNull(value) ? value : null;

    public bool Has(string key) => Node(key) is not null;

    /// <summary>The mapping's keys as written, in file order.</summary>
    public IEnumerable<string> Keys => node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    /// <summary>The line of <paramref name="key"/>'s value, or of the mapping when the key is absent.</summary>
    public int LineOf(string key) => (int)(Node(key) ?? node).Start.Line;

    public int? OptionalInt(string key, int min = 0)
    {
        var text = Optional(key);
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min) return n;
        Error(key, $"应为不小于 {min} 的整数 (bad whole number '{text}')", Node(key));
        return null;
    }

    public string Required(string key)
    {
        var value = Optional(key);
        if (value is null && Node(key) is null) Error(key, "缺少必填项 (required key is missing)");
        else if (string.IsNullOrWhiteSpace(value)) Error(key, "不能为空 (must not be empty)");
        return value ?? "";
    }

    public string? Optional(string key)
    {
        var n = Node(key);
        if (n is null) return null;
        if (n is YamlScalarNode s) return s.Value?.Trim();
        Error(key, "应为文本 (expected a single value)", n);
        return null;
    }

    public DateOnly RequiredDate(string key)
    {
        if (Node(key) is null) { Error(key, "缺少必填项 (required key is missing)"); return default; }
        return OptionalDate(key) ?? default;
    }

    public DateOnly? OptionalDate(string key)
    {
        var text = Optional(key);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return d;
        Error(key, $"日期格式错误 (bad date '{text}', expected YYYY-MM-DD)", Node(key));
        return null;
    }

    public decimal? OptionalDecimal(string key)
    {
        var text = Optional(key);
        if (text is null) return null;
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) && d >= 0) return d;
        Error(key, $"金额应为非负数 (bad amount '{text}')", Node(key));
        return null;
    }

    public bool? OptionalBool(string key)
    {
        var text = Optional(key);
        if (text is null) return null;
        if (bool.TryParse(text, out var b)) return b;
        Error(key, $"应为 true 或 false (bad boolean '{text}')", Node(key));
        return null;
    }

    public T RequiredEnum<T>(string key, IReadOnlyDictionary<string, T> names, T? fallback = null) where T : struct
    {
        var text = fallback is null ? Required(key) : Optional(key);
        if (string.IsNullOrEmpty(text)) return fallback ?? default;
        if (names.TryGetValue(text, out var value)) return value;
        Error(key, $"取值 '{text}' 无效，应为 {string.Join(" | ", names.Keys)} (unknown value)", Node(key));
        return fallback ?? default;
    }

    public IReadOnlyList<string> StringList(string key, bool required = false)
    {
        var n = Node(key);
        if (n is null)
        {
            if (required) Error(key, "缺少必填项 (required key is missing)");
            return [];
        }
        if (n is not YamlSequenceNode seq) { Error(key, "应为列表 (expected a list)", n); return []; }
        var list = new List<string>();
        var i = 0;
        foreach (var item in seq)
        {
            if (item is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v)) list.Add(v.Trim());
            else Error($"{key}[{i}]", "应为非空文本 (expected a non-empty value)", item);
            i++;
        }
        return list;
    }

    public YamlMap? Map(string key, bool required = false)
    {
        var n = Node(key);
        if (n is null)
        {
            if (required) Error(key, "缺少必填项 (required key is missing)");
            return null;
        }
        if (n is YamlMappingNode m) return new YamlMap(m, file, KeyPath(key), errors);
        Error(key, "应为键值映射 (expected a mapping)", n);
        return null;
    }

    public IReadOnlyList<YamlMap> MapList(string key, bool required = false)
    {
        var n = Node(key);
        if (n is null)
        {
            if (required) Error(key, "缺少必填项 (required key is missing)");
            return [];
        }
        if (n is not YamlSequenceNode seq) { Error(key, "应为列表 (expected a list)", n); return []; }
        var list = new List<YamlMap>();
        var i = 0;
        foreach (var item in seq)
        {
            if (item is YamlMappingNode m) list.Add(new YamlMap(m, file, $"{KeyPath(key)}[{i}]", errors));
            else errors.Add(new ContentError(file, $"{KeyPath(key)}[{i}]", "应为键值映射 (expected a mapping)", (int)item.Start.Line));
            i++;
        }
        return list;
    }

    private static bool IsNull(YamlNode n) =>
        n is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } s && (s.Value is null or "" or "~" or "null");
}
