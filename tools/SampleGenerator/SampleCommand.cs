using System.CommandLine;
using System.CommandLine.Help;
using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Enforcement.Cli;
using Enforcement.Time;

namespace Enforcement.Sample;

/// <summary>The generator's command line: writes a generated content tree (see <see cref="SampleGenerator"/>).</summary>
internal static class SampleCommand
{
    private static readonly Option<int> Decisions = CliRunner.WholeNumber("--decisions", "N", "生成的处罚决定书数量 (number of decisions, 0 or more)", 0, required: true);

    private static readonly Option<string> Out = new("--out")
    { Description = "输出的内容目录，须为新目录或空目录 (content folder to write; new or empty)", HelpName = "DIR", Required = true };

    private static readonly Option<int> Seed = CliRunner.WholeNumber("--seed", "N",
        "随机种子，默认 1；相同种子和基准日生成相同文件 (same seed and anchor, same files)", int.MinValue, byDefault: 1);

    private static readonly Option<DateOnly> Anchor = CliRunner.Date("--anchor",
        "基准日，决定日期分布在此前六年内，默认中国标准时间今天 (decisions fall in the six years before it)", () => ChinaTime.Today(TimeProvider.System));

    private static readonly Option<bool> Force = new("--force") { Description = "覆盖此前生成的内容目录 (replace an earlier generated tree in DIR)" };

    private static readonly Option<string?> Manifest = new("--manifest")
    { Description = "另存埋入的个人信息清单 (JSON) 供测试使用，须在 DIR 之外 (write the planted personal data, outside DIR)", HelpName = "FILE" };

    public static readonly Command Command = Create();

    public static string Usage => CliRunner.Usage(Command);

    private static Command Create()
    {
        var command = new Command("Enforcement.SampleGenerator", "生成样例内容 (writes an invented content tree for tests and benchmarks)")
        {
            Decisions, Out, Seed, Anchor, Force, Manifest, new HelpOption(),
        };
        command.Validators.Add(r =>
        {
            if (r.GetValue(Manifest) is { } manifest && r.GetValue(Out) is { } dir && CliRunner.IsInside(manifest, dir))
                r.AddError("--manifest 不能写在内容目录内：个人信息清单不得进入内容 (the manifest holds the planted personal data; keep it outside DIR)");
        });
        command.SetAction(p => Run(Read(p), p.InvocationConfiguration.Output, p.InvocationConfiguration.Error));
        return command;
    }

    internal sealed record Options(int Decisions, string Out, int Seed, DateOnly Anchor, bool Force, string? Manifest);

    private static Options Read(ParseResult p) =>
        new(p.GetValue(Decisions), p.GetValue(Out)!, p.GetValue(Seed), p.GetValue(Anchor), p.GetValue(Force), p.GetValue(Manifest));

    public static int Run(string[] args) => CliRunner.Run(Command, args, Console.Out, Console.Error);

    internal static bool TryParse(string[] args, out Options options, out string error)
    {
        var parsed = CliRunner.Parse(Command, args);
        error = CliRunner.Problem(parsed) ?? "";
        options = error.Length == 0 ? Read(parsed) : new Options(0, "", 1, default, false, null);
        return error.Length == 0;
    }

    private static int Run(Options options, TextWriter output, TextWriter errors)
    {
        var watch = Stopwatch.StartNew();
        SampleManifest manifest;
        try
        {
            manifest = SampleGenerator.Write(options.Out, options.Decisions, options.Seed, options.Anchor, options.Force);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine($"错误 (error): {e.Message}");
            return CliRunner.UsageError;
        }
        if (options.Manifest is { } file)
        {
            using var stream = File.Create(file);
            JsonSerializer.Serialize(stream, manifest, ManifestJson);
        }
        var secrets = manifest.AllSecrets.Count();
        output.WriteLine($"已生成 {options.Decisions} 件处罚决定书，埋入个人信息 {secrets} 项，用时 {watch.Elapsed.TotalSeconds:F1} 秒 → {options.Out}");
        output.WriteLine($"(wrote {options.Decisions} decisions with {secrets} planted secrets in {watch.Elapsed.TotalSeconds:F1} s, seed {options.Seed}, anchor {options.Anchor:yyyy-MM-dd})");
        return 0;
    }

    private static readonly JsonSerializerOptions ManifestJson = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}
