using System.Diagnostics;
using System.Globalization;
using Enforcement.Site.Build;
using Enforcement.Site.Pages.Shared;

namespace Enforcement.Site.Cli;

/// <summary>build --content content --out out [--today YYYY-MM-DD] [--report FILE]</summary>
internal static class BuildCommand
{
    public static Task<int> RunAsync(string[] args) => Task.FromResult(Run(args, Console.Out, Console.Error));

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (!TryParse(args, out var content, out var output, out var today, out var report, out var problem))
        {
            stderr.WriteLine(problem);
            stderr.WriteLine("用法 (usage): build --content content --out out [--today YYYY-MM-DD] [--report FILE]");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var result = SiteBuilder.Run(new BuildOptions(content, output, today, report));
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
        return 0;
    }

    internal static bool TryParse(string[] args, out string content, out string output, out DateOnly today, out string? report, out string problem)
    {
        content = "content";
        output = "out";
        today = ChinaClock.Today(DateTimeOffset.UtcNow);
        report = null;
        problem = "";
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            if (value is null) { problem = $"{args[i]} 缺少取值 (missing value)"; return false; }
            switch (args[i])
            {
                case "--content": content = value; break;
                case "--out": output = value; break;
                case "--report": report = value; break;
                case "--today":
                    if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out today))
                    { problem = $"--today 日期格式错误 (expected YYYY-MM-DD, got '{value}')"; return false; }
                    break;
                default:
                    problem = $"未知参数 (unknown option) {args[i]}";
                    return false;
            }
            i++;
        }
        // The report is for staff: it must not end up published, nor be swept away by the swap.
        if (report is not null && IsInside(Path.GetFullPath(report), Path.GetFullPath(output)))
        { problem = "--report 不能写在 --out 目录内 (the report must not be inside the output folder)"; return false; }
        return true;
    }

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
