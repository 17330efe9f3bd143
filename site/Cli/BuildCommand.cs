using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Enforcement.Cli;
using Enforcement.Site.Build;
using Enforcement.Site.Pages.Shared;
using Enforcement.Time;

namespace Enforcement.Site.Cli;

/// <summary>
/// <c>build</c>: the whole site from the content folder into OUT/site (and OUT/data for the API), all or
/// nothing; see docs/INTERFACES.md.
/// </summary>
internal static class BuildCommand
{
    private static readonly Option<string> Content = new("--content")
    { Description = "内容目录，默认 content (the content folder)", HelpName = "DIR", DefaultValueFactory = _ => "content" };

    private static readonly Option<string> Out = new("--out")
    { Description = "输出目录，网站写入 OUT/site，默认 out (the site goes to OUT/site)", HelpName = "OUT", DefaultValueFactory = _ => "out" };

    private static readonly Option<DateOnly> Today = CliRunner.Date("--today",
        "按此日判断公示状态，默认中国标准时间今天 (the day publicity is judged on; fixes the output)", () => ChinaTime.Today(TimeProvider.System));

    private static readonly Option<string?> Report = new("--report")
    { Description = "逐件遮盖情况 (CSV) 写入此文件，须在 OUT 之外 (per-decision redaction report for staff, outside OUT)", HelpName = "FILE" };

    private static readonly Option<bool> Stats = new("--stats") { Description = "逐阶段用时 (print each stage's wall and processor time)" };

    private static readonly Option<bool> Clean = new("--clean")
    { Description = "不用上次构建的缓存 OUT.cache，全部重做 (ignore the last build's cache beside OUT: build everything anew)" };

    public static readonly Command Command = Create();

    private static Command Create()
    {
        var command = new Command("build", "生成网站 (build the site)") { Content, Out, Today, Report, Stats, Clean };
        // The report is for staff: it must not end up published, nor be swept away by the swap.
        command.Validators.Add(r =>
        {
            if (r.GetValue(Report) is { } report && CliRunner.IsInside(report, r.GetValue(Out)!))
                r.AddError("--report 不能写在 --out 目录内 (the report must not be inside the output folder)");
        });
        command.SetAction(p => Run(new BuildOptions(p.GetValue(Content)!, p.GetValue(Out)!, p.GetValue(Today), p.GetValue(Report), p.GetValue(Clean)), p.GetValue(Stats),
            p.InvocationConfiguration.Output, p.InvocationConfiguration.Error));
        return command;
    }

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => CliRunner.Run(Command, args, stdout, stderr);

    internal static bool TryParse(string[] args, out string content, out string output, out DateOnly today, out string? report, out string problem)
    {
        var parsed = CliRunner.Parse(Command, args);
        problem = CliRunner.Problem(parsed) ?? "";
        var ok = problem.Length == 0;
        content = ok ? parsed.GetValue(Content)! : "";
        output = ok ? parsed.GetValue(Out)! : "";
        today = ok ? parsed.GetValue(Today) : default;
        report = ok ? parsed.GetValue(Report) : null;
        return ok;
    }

    private static int Run(BuildOptions options, bool stats, TextWriter stdout, TextWriter stderr)
    {
        var (output, today, report) = (options.OutDir, options.Today, options.ReportPath);
        var clock = Stopwatch.StartNew();
        var result = SiteBuilder.Run(options);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) stderr.WriteLine(error);
            foreach (var leak in result.Leaks) stderr.WriteLine($"{leak.Path}: 发现个人信息 ({leak.Kind})");
            stderr.WriteLine(result.Errors.Count > 0
                ? $"构建失败：内容有 {result.Errors.Count} 处错误，未生成任何文件。 (build failed: {result.Errors.Count} content errors)"
                : $"构建失败：输出中发现 {result.Leaks.Count} 处个人信息，未发布，原有 {output} 保持不变。 (build failed: {result.Leaks.Count} leaks)");
            return 1;
        }

        var s = result.Summary!;
        var seconds = clock.Elapsed.TotalSeconds;
        stdout.WriteLine($"已生成 {Format.Count(s.Pages)} 个页面，共 {Format.Count(s.Files)} 个文件 → {Path.Combine(output, "site")}（{seconds.ToString("0.00", CultureInfo.InvariantCulture)} 秒，{(s.Pages / Math.Max(seconds, 0.001)).ToString("#,0", CultureInfo.InvariantCulture)} 页/秒）");
        stdout.WriteLine($"处罚决定：公示中 {s.Public}，已撤下 {s.Withdrawn}，公示期满 {s.Ended}，未到公示日期 {s.NotYet}（以 {Format.IsoDate(today)} 计）");
        stdout.WriteLine(s.Masked.Count == 0
            ? "技术处理：公示中的决定未遮盖任何内容"
            : "技术处理（公示中的决定）：" + string.Join("，", s.Masked.Select(m => $"{m.Kind} {m.Count}")));
        if (report is not null) stdout.WriteLine($"逐件遮盖情况已写入 {report}");
        if (stats)
        {
            // Before the first stage: the runtime starting and the program's code being compiled for it.
            var started = DateTime.Now - Process.GetCurrentProcess().StartTime - clock.Elapsed;
            stdout.WriteLine($"  墙钟 {Seconds(started),6} 秒                   启动 (runtime start-up, before the build)");
            foreach (var stage in s.Stages)
                stdout.WriteLine(stage.Cpu is { } cpu
                    ? $"  墙钟 {Seconds(stage.Wall),6} 秒  处理器 {Seconds(cpu),6} 秒  {stage.Stage}"
                    : $"  墙钟 {Seconds(stage.Wall),6} 秒                   {stage.Stage}");
            stdout.WriteLine($"  沿用上次构建的页面 {Format.Count(s.PagesReused)} / {Format.Count(s.Pages)} (pages unchanged since the last build, not rendered again)");
        }
        return 0;
    }
}
