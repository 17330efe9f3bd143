using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Enforcement.Csv;
using Enforcement.Publicity;
using Enforcement.Redaction;

namespace Enforcement.Site.Build;

/// <summary>
/// How much redaction masked, by kind: summed for the build summary, per decision for staff (--report), with
/// where each mask is (never the value) and every item a decision's keep: list left visible.
/// </summary>
internal static class RedactionReport
{
    /// <summary>Totals by kind over the decisions that are published in full, ordered by kind.</summary>
    public static IReadOnlyList<(string Kind, int Count)> Totals(IEnumerable<RedactedDecision> decisions) => decisions
        .Where(d => d.State == PublicityState.Public)
        .SelectMany(d => d.Result.MaskedByKind)
        .GroupBy(kv => kv.Key, StringComparer.Ordinal)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => (g.Key, g.Sum(kv => kv.Value)))
        .ToList();

    public static string StateName(PublicityState state) => state switch
    {
        PublicityState.Public => "公示中",
        PublicityState.Withdrawn => "已撤下",
        PublicityState.Ended => "公示期满",
        _ => "未到公示日期",
    };

    /// <summary>Writes one row per decision: a .json file as JSON, anything else as CSV that Excel opens (UTF-8 with BOM).</summary>
    public static void Write(string path, IReadOnlyList<RedactedDecision> decisions)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        if (Path.GetExtension(full).Equals(".json", StringComparison.OrdinalIgnoreCase))
            File.WriteAllText(full, Json(decisions), PageRenderer.Utf8);
        else
            File.WriteAllBytes(full, Csv(decisions).ToBytes());
    }

    public static CsvWriter Csv(IReadOnlyList<RedactedDecision> decisions)
    {
        var kinds = decisions.SelectMany(d => d.Result.MaskedByKind.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var csv = new CsvWriter().Row(["文书号", "文件", "状态", "合计", .. kinds, "隐去位置", "保留"]);
        foreach (var d in decisions)
        {
            var masked = d.Result.MaskedByKind;
            csv.Row([d.Source.Number, d.Source.SourcePath, StateName(d.State), masked.Values.Sum().ToString(CultureInfo.InvariantCulture),
                .. kinds.Select(k => (masked.TryGetValue(k, out var n) ? n : 0).ToString(CultureInfo.InvariantCulture)),
                string.Join("；", d.Result.Masked.Select(m => $"{m.Field}第{m.Line}行 {m.Kind}")),
                string.Join("；", Kept(d).Select(k => k.Line > 0 ? $"{k.Field}第{k.Line}行 {k.Kind}：{k.Text}" : k.Text))]);
        }
        return csv;
    }

    public static string Json(IReadOnlyList<RedactedDecision> decisions) => JsonSerializer.Serialize(
        decisions.Select(d => new
        {
            number = d.Source.Number,
            file = d.Source.SourcePath,
            state = StateName(d.State),
            total = d.Result.MaskedByKind.Values.Sum(),
            masked = new SortedDictionary<string, int>(d.Result.MaskedByKind.ToDictionary(), StringComparer.Ordinal),
            // Where each mask is (field, line, kind; never the value), and what keep: left visible on purpose.
            items = d.Result.Masked.Select(m => new { field = m.Field, line = m.Line, kind = m.Kind }),
            kept = Kept(d).Select(k => new { field = k.Field, line = k.Line, kind = k.Kind, text = k.Text }),
        }),
        new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) }) + "\n";

    /// <summary>
    /// What keep: left visible: each item redaction would have masked, and each keep: entry that only the leak
    /// gate would have stopped (no field or line then).
    /// </summary>
    private static IEnumerable<KeptItem> Kept(RedactedDecision d)
    {
        var items = d.Result.Kept;
        var covered = items.Select(k => TextFolding.Key(k.Text)).ToList();
        return items.Concat(d.Source.Keep
            .Where(k => !covered.Any(c => TextFolding.Key(k).Contains(c, StringComparison.Ordinal)))
            .Select(k => new KeptItem("", 0, "", k)));
    }
}
