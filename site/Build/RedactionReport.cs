using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Enforcement.Csv;
using Enforcement.Publicity;

namespace Enforcement.Site.Build;

/// <summary>How much redaction masked, by kind: summed for the build summary, per decision for staff (--report).</summary>
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
        var csv = new CsvWriter().Row(["文书号", "文件", "状态", "合计", .. kinds]);
        foreach (var d in decisions)
        {
            var masked = d.Result.MaskedByKind;
            csv.Row([d.Source.Number, d.Source.SourcePath, StateName(d.State), masked.Values.Sum().ToString(CultureInfo.InvariantCulture),
                .. kinds.Select(k => (masked.TryGetValue(k, out var n) ? n : 0).ToString(CultureInfo.InvariantCulture))]);
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
        }),
        new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) }) + "\n";
}
