using System.CommandLine;
using Enforcement.Cli;
using Enforcement.Loading;
using Enforcement.Publicity;
using Enforcement.Redaction;
using Enforcement.Time;

namespace Enforcement.Site.Cli;

/// <summary>
/// <c>expiring</c>: what comes down within the next N days, decisions and 双随机 results
/// (the day, 文书号 or path, the title as published, and why), so staff are not surprised by a record going missing.
/// </summary>
internal static class ExpiringCommand
{
    private static readonly Option<string> Content = new("--content")
    { Description = "内容目录 (the content folder)", HelpName = "DIR", Required = true };

    private static readonly Option<int> Days = CliRunner.WholeNumber("--days", "N", "往后看的天数，默认 30 (how many days ahead)", 1, 3660, byDefault: 30);

    private static readonly Option<DateOnly> Today = CliRunner.Date("--today",
        "从此日算起，默认中国标准时间今天 (count from this day)", () => ChinaTime.Today(TimeProvider.System));

    public static readonly Command Command = Create();

    private static Command Create()
    {
        var command = new Command("expiring", "列出即将撤下的决定书和抽查结果 (what comes down soon)") { Content, Days, Today };
        command.Validators.Add(r =>
        {
            if (r.GetValue(Content) is { } content && !Directory.Exists(content))
                r.AddError($"内容目录 '{content}' 不存在 (content folder not found)");
        });
        command.SetAction(p => Run(p.GetValue(Content)!, p.GetValue(Days), p.GetValue(Today),
            p.InvocationConfiguration.Output, p.InvocationConfiguration.Error));
        return command;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error) => CliRunner.Run(Command, args, output, error);

    private static int Run(string content, int days, DateOnly today, TextWriter output, TextWriter error)
    {
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
            .ToList();

        // 双随机 tasks come down too (published + retention.inspections); they have no 文书号, so their path names them.
        var tasks = load.Content.Inspections
            .Where(t => InspectionPublicity.StateOn(t, site.InspectionRetention, today) is PublicityState.Public or PublicityState.NotYet)
            .Select(t => (Task: t, End: InspectionPublicity.EndOf(t, site.InspectionRetention)))
            .Where(x => x.End > today && x.End <= last)
            .ToList();

        var span = $"今天 {today:yyyy-MM-dd}，{days} 天内（至 {last:yyyy-MM-dd}）";
        if (coming.Count == 0 && tasks.Count == 0)
        {
            output.WriteLine($"{span}没有要撤下的决定书或抽查结果。");
            return 0;
        }
        var what = string.Join("、", new[] { (coming.Count, "件决定书"), (tasks.Count, "项双随机抽查结果") }.Where(x => x.Item1 > 0).Select(x => $"{x.Item1} {x.Item2}"));
        output.WriteLine($"{span}将撤下 {what}：");
        output.WriteLine("撤下日期\t文书号\t原因\t标题");
        // Staff may forward this list: titles are shown as the portal shows them, masked.
        var rows = coming.Select(x =>
            {
                var pd = Redactor.Redact(x.Decision, site, today).Decision;
                var reason = x.End.Reason == EndReason.Withdrawn && pd.Withdrawn is { } w ? $"{x.End.Label}（{w.Reason}）" : x.End.Label;
                return (On: x.End.On, Key: x.Decision.Number, Line: $"{x.End.On:yyyy-MM-dd}\t{x.Decision.Number}\t{reason}\t{pd.Title}");
            })
            .Concat(tasks.Select(x =>
            {
                var path = $"inspections/{x.Task.Year}/{x.Task.Slug}";
                var title = Redactor.RedactText(x.Task.Title, PublicData.FromSite(site));
                return (On: x.End, Key: path, Line: $"{x.End:yyyy-MM-dd}\t{path}\t期满\t{title}");
            }));
        foreach (var row in rows.OrderBy(r => r.On).ThenBy(r => r.Key, StringComparer.Ordinal)) output.WriteLine(row.Line);
        return 0;
    }
}
