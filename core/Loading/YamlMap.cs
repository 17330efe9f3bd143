using System.Globalization;
using Enforcement.Validation;
using YamlDotNet.RepresentationModel;

namespace Enforcement.Loading;

/// <summary>
/// Reads typed values out of one YAML mapping and records every problem (file, key path, line)
/// instead of throwing, so a single build reports all of them. Lines are the file's: <paramref name="lineOffset"/>
/// is how many lines come before the YAML (a Markdown file's opening ---).
/// </summary>
internal sealed class YamlMap(YamlMappingNode node, string file, string path, List<ContentError> errors, int lineOffset = 0)
{
    public string File => file;

    public List<ContentError> Errors => errors;

    public int LineOffset => lineOffset;

    public int Line => (int)node.Start.Line + lineOffset;

    public string KeyPath(string key) => path.Length == 0 ? key : $"{path}.{key}";

    public void Error(string key, string message, YamlNode? at = null) =>
        errors.Add(new ContentError(file, KeyPath(key), message, (int)(at ?? node).Start.Line + lineOffset));

    public YamlNode? Node(string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && !IsNull(value) ? value : null;

    public bool Has(string key) => Node(key) is not null;

    /// <summary>The mapping's keys as written, in file order.</summary>
    public IEnumerable<string> Keys => node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    /// <summary>The line of <paramref name="key"/>'s value, or of the mapping when the key is absent.</summary>
    public int LineOf(string key) => (int)(Node(key) ?? node).Start.Line + lineOffset;

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
        // 2025/3/3, 2025.3.3, 2025年3月3日: what staff write in a document; the fix is named.
        var meant = DateOnly.TryParseExact(text, ["yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var written)
            ? $"，应写作 {written:yyyy-MM-dd}" : "";
        Error(key, $"日期格式错误{meant} (bad date '{text}', expected YYYY-MM-DD)", Node(key));
        return null;
    }

    public decimal? OptionalDecimal(string key)
    {
        var text = Optional(key);
        if (text is null) return null;
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var d))
        {
            if (d >= 0) return d;
            Error(key, $"金额不能为负数 (negative amount '{text}')", Node(key));
            return null;
        }
        Error(key, $"金额应为以元计的数字，如 50000 或 1200.50，不带“万”“元”等字 (bad amount '{text}')", Node(key));
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
        if (n is YamlMappingNode m) return new YamlMap(m, file, KeyPath(key), errors, lineOffset);
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
            if (item is YamlMappingNode m) list.Add(new YamlMap(m, file, $"{KeyPath(key)}[{i}]", errors, lineOffset));
            else errors.Add(new ContentError(file, $"{KeyPath(key)}[{i}]", "应为键值映射 (expected a mapping)", (int)item.Start.Line + lineOffset));
            i++;
        }
        return list;
    }

    /// <summary>
    /// Reports each key not in <paramref name="known"/>: a misspelt key would otherwise be ignored without a word
    /// (redcat: for redact: would publish the names it lists).
    /// </summary>
    public void RejectUnknownKeys(params string[] known)
    {
        foreach (var keyNode in node.Children.Keys.OfType<YamlScalarNode>())
        {
            var key = keyNode.Value ?? "";
            if (known.Contains(key, StringComparer.Ordinal)) continue;
            // {kind: 罚款, amount: 50,000}: in braces the comma ends the amount, and 000 is read as a key.
            // 　　category: (indented with full-width spaces, which YAML takes as part of the key).
            var hint = key.Trim() != key && known.Contains(key.Trim())
                ? "：键名前后有全角空格，应删去（缩进只用半角空格）"
                : key.All(char.IsAsciiDigit) && known.Contains("amount")
                ? "：大括号里的逗号把金额断开了（amount: 50,000 读作 50 和 000），金额不加千位逗号，写作 50000"
                : known.FirstOrDefault(k => EditDistance(k, key) <= Math.Max(1, (k.Length + 1) / 3)) is { } near
                    ? $"，是否应为 '{near}'？" : $"，可用的键：{string.Join("、", known)}";
            errors.Add(new ContentError(file, KeyPath(key), $"未知的键 '{key}'{hint} (unknown key)", (int)keyNode.Start.Line + lineOffset));
        }
    }

    private static int EditDistance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }

    private static bool IsNull(YamlNode n) =>
        n is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } s && (s.Value is null or "" or "~" or "null");
}
