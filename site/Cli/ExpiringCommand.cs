using System.Globalization;
using Enforcement.Loading;
using Enforcement.Publicity;
using Enforcement.Redaction;
using Enforcement.Time;

namespace Enforcement.Site.Cli;

/// <summary>
/// <c>expiring --content content --days 30 [--today YYYY-MM-DD]</c>: what comes down within the next N days
/// (the day, 文书号, the title as published, and why), so staff are not surprised by a record going missing.
/// </summary>
internal static class ExpiringCommand
{
    private const string Usage = "用法 (usage): expiring --content <内容目录> [--days <天数，默认 30>] [--today YYYY-MM-DD]";

    public static int Run(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (!TryParse(args, out var content, out var days, out var today, out var problem))
        {
            error.WriteLine(problem);
            error.WriteLine(Usage);
            return 2;
        }

        var load = ContentLoader.Load(content);
        if (!load.Succeeded)
        {
            error.WriteLine($"内容有 {load.Errors.Count} 处错误 (content errors):");
            foreach (var e in load.Errors) error.WriteLine("  " + e);
            return 1;
        }

        var site = load.Content!.Site;
        var last = today.AddDays(days);
        var coming = load.Content.Decisions
            .Where(d => PublicityRules.StateOn(d, site.Retention, today) is PublicityState.Public or PublicityState.NotYet)
            .Select(d => (Decision: d, End: PublicityRules.EndWithReason(d, site.Retention)))
            .Where(x => x.End.On > today && x.End.On <= last)
            .OrderBy(x => x.End.On).ThenBy(x => x.Decision.Number, StringComparer.Ordinal)
            .ToList();

        var span = $"今天 {today:yyyy-MM-dd}，{days} 天内（至 {last:yyyy-MM-dd}）";
        if (coming.Count == 0)
        {
            output.WriteLine($"{span}没有要撤下的决定书。");
            return 0;
        }
        output.WriteLine($"{span}将撤下 {coming.Count} 件决定书：");
        output.WriteLine("撤下日期\t文书号\t原因\t标题");
        foreach (var (d, end) in coming)
        {
            // Staff may forward this list: the title is shown as the portal shows it, masked.
            var pd = Redactor.Redact(d, site, today).Decision;
            var reason = end.Reason == EndReason.Withdrawn && pd.Withdrawn is { } w ? $"{end.Label}（{w.Reason}）" : end.Label;
            output.WriteLine($"{end.On:yyyy-MM-dd}\t{d.Number}\t{reason}\t{pd.Title}");
        }
        return 0;
    }

    private static bool TryParse(string[] args, out string content, out int days, out DateOnly today, out string problem)
    {
        content = "";
        days = 30;
        today = default;
        problem = "";
        string? todayText = null;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name is not ("--content" or "--days" or "--today"))
            {
                problem = $"未知参数 '{name}' (unknown argument)";
                return false;
            }
            if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                problem = $"参数 {name} 缺少取值 (missing value)";
                return false;
            }
            var value = args[++i];
            switch (name)
            {
                case "--content":
                    content = value;
                    break;
                case "--days":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out days) || days is < 1 or > 3660)
                    {
                        problem = $"--days 应为 1 到 3660 之间的整数，而不是 '{value}' (days must be a whole number of days)";
                        return false;
                    }
                    break;
                default:
                    todayText = value;
                    break;
            }
        }
        if (content.Length == 0)
        {
            problem = "缺少 --content (the content folder is required)";
            return false;
        }
        if (!Directory.Exists(content))
        {
            problem = $"内容目录 '{content}' 不存在 (content folder not found)";
            return false;
        }
        if (todayText is null) today = ChinaTime.Today(TimeProvider.System);
        else if (!DateOnly.TryParseExact(todayText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out today))
        {
            problem = $"--today 应为 YYYY-MM-DD，而不是 '{todayText}' (bad date)";
            return false;
        }
        return true;
    }
}
