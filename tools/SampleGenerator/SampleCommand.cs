using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Enforcement.Time;

namespace Enforcement.Sample;

/// <summary>
/// Enforcement.SampleGenerator --decisions N --out DIR [--seed N] [--anchor YYYY-MM-DD] [--force] [--manifest FILE]:
/// writes a generated content tree (see <see cref="SampleGenerator"/>).
/// </summary>
internal static class SampleCommand
{
    public const string Usage = """
        用法 (usage): Enforcement.SampleGenerator --decisions N --out DIR [--seed N] [--anchor YYYY-MM-DD] [--force] [--manifest FILE]
          --decisions N     生成的处罚决定书数量 (number of decisions, 0 or more)
          --out DIR         输出的内容目录，须为新目录或空目录 (content folder to write; new or empty)
          --seed N          随机种子，默认 1；相同种子和基准日生成相同文件 (same seed and anchor, same files)
          --anchor DATE     基准日，决定日期分布在此前六年内，默认中国标准时间今天 (decisions fall in the six years before it)
          --force           覆盖此前生成的内容目录 (replace an earlier generated tree in DIR)
          --manifest FILE   另存埋入的个人信息清单 (JSON) 供测试使用，须在 DIR 之外 (write the planted personal data, outside DIR)
        """;

    public static int Run(string[] args)
    {
        if (!TryParse(args, out var options, out var error))
        {
            Console.Error.WriteLine($"错误 (error): {error}");
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var watch = Stopwatch.StartNew();
        SampleManifest manifest;
        try
        {
            manifest = SampleGenerator.Write(options.Out, options.Decisions, options.Seed, options.Anchor, options.Force);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"错误 (error): {e.Message}");
            return 2;
        }
        if (options.Manifest is { } file)
        {
            using var stream = File.Create(file);
            JsonSerializer.Serialize(stream, manifest, ManifestJson);
        }
        var secrets = manifest.AllSecrets.Count();
        Console.WriteLine($"已生成 {options.Decisions} 件处罚决定书，埋入个人信息 {secrets} 项，用时 {watch.Elapsed.TotalSeconds:F1} 秒 → {options.Out}");
        Console.WriteLine($"(wrote {options.Decisions} decisions with {secrets} planted secrets in {watch.Elapsed.TotalSeconds:F1} s, seed {options.Seed}, anchor {options.Anchor:yyyy-MM-dd})");
        return 0;
    }

    private static readonly JsonSerializerOptions ManifestJson = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    internal sealed record Options(int Decisions, string Out, int Seed, DateOnly Anchor, bool Force, string? Manifest);

    internal static bool TryParse(string[] args, out Options options, out string error)
    {
        options = new Options(0, "", 1, default, false, null);
        int? decisions = null;
        string? output = null, manifest = null;
        var seed = 1;
        DateOnly? anchor = null;
        var force = false;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name == "--force") { force = true; continue; }
            if (name is not ("--decisions" or "--out" or "--seed" or "--anchor" or "--manifest"))
            {
                error = $"未知参数 '{name}' (unknown argument)";
                return false;
            }
            if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                error = $"{name} 缺少取值 (missing value)";
                return false;
            }
            var value = args[++i];
            switch (name)
            {
                case "--decisions":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                    {
                        error = $"--decisions 应为非负整数，得到 '{value}' (must be a whole number ≥ 0)";
                        return false;
                    }
                    decisions = n;
                    break;
                case "--out":
                    output = value;
                    break;
                case "--seed":
                    if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seed))
                    {
                        error = $"--seed 应为整数，得到 '{value}' (must be an integer)";
                        return false;
                    }
                    break;
                case "--anchor":
                    if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var a))
                    {
                        error = $"--anchor 日期格式应为 YYYY-MM-DD，得到 '{value}' (bad date)";
                        return false;
                    }
                    anchor = a;
                    break;
                case "--manifest":
                    manifest = value;
                    break;
            }
        }
        if (decisions is null) { error = "缺少 --decisions (required)"; return false; }
        if (string.IsNullOrWhiteSpace(output)) { error = "缺少 --out (required)"; return false; }
        if (manifest is not null && IsInside(Path.GetFullPath(manifest), Path.GetFullPath(output)))
        {
            error = "--manifest 不能写在内容目录内：个人信息清单不得进入内容 (the manifest holds the planted personal data; keep it outside DIR)";
            return false;
        }
        options = new Options(decisions.Value, output, seed, anchor ?? ChinaTime.Today(TimeProvider.System), force, manifest);
        error = "";
        return true;
    }

    private static bool IsInside(string path, string dir) =>
        path.StartsWith(dir.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
