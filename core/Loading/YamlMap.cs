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
        Error(key, $"取值 '{text}' 无效，应为 {ValueList(names)} (unknown value)", Node(key));
        return fallback ?? default;
    }

    /// <summary>in-force（有效、生效）| revoked（已撤销、撤销）: each value as the contract writes it, then the words also read as it.</summary>
    private static string ValueList<T>(IReadOnlyDictionary<string, T> names) where T : struct => string.Join(" | ",
        names.GroupBy(n => n.Value).Select(g => g.Skip(1).Any()
            ? $"{g.First().Key}（{string.Join("、", g.Skip(1).Select(n => n.Key))}）"
            : g.First().Key));

    public IReadOnlyList<string> StringList(string key, bool required = false)
    {
        var n = Node(key);
        if (n is null)
        {
            if (required) Error(key, "缺少必填项 (required key is missing)");
            return [];
        }
        if (n is not YamlSequenceNode seq) { Error(key, ListExpected(n), n); return []; }
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
        if (n is not YamlSequenceNode seq) { Error(key, ListExpected(n), n); return []; }
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
    /// (redcat: for redact: would publish the names it lists). Returns the map, to read on.
    /// </summary>
    public YamlMap RejectUnknownKeys(params string[] known)
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
        return this;
    }

    /// <summary>Edits between two keys, two swapped neighbours counting as one edit (uint for unit is one slip, not two).</summary>
    private static int EditDistance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }

    /// <summary>
    /// 应为列表, and why when the cause is the usual one: items typed with the input method's full-width hyphen
    /// (－ 负责…), which YAML reads as one line of text.
    /// </summary>
    private static string ListExpected(YamlNode n) =>
        n is YamlScalarNode { Value: { } text } && text.TrimStart() is { Length: > 0 } t && "－—–―".Contains(t[0])
            ? $"应为列表：每项以半角减号加空格 '- ' 开头，这里用了全角的 '{t[0]}'，整段被读成了一行文字 (expected a list)"
            : "应为列表 (expected a list)";

    private static bool IsNull(YamlNode n) =>
        n is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } s && (s.Value is null or "" or "~" or "null");
}
