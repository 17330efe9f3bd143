using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text;

namespace Enforcement.Cli;

/// <summary>
/// How the portal's programs read their command lines (System.CommandLine underneath). A mistake prints one
/// message, in Chinese with English in brackets, then the usage, and exits 2; <c>--help</c> prints the same
/// usage and exits 0. The usage is written from the options themselves, so it cannot fall behind them.
/// Shared as source by the site program and the sample generator (linked into tools/SampleGenerator).
/// </summary>
internal static class CliRunner
{
    public const int UsageError = 2;

    public static int Run(Command command, IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var parsed = Parse(command, args);
        var target = parsed.CommandResult.Command;
        if (parsed.Action is HelpAction)
        {
            output.WriteLine(Usage(target));
            return 0;
        }
        if (Problem(parsed) is { } problem)
        {
            error.WriteLine(problem);
            error.WriteLine(Usage(target));
            return UsageError;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    /// <summary>Response files (<c>@file</c>) are off: a path is never read as a list of arguments.</summary>
    public static ParseResult Parse(Command command, IReadOnlyList<string> args) =>
        command.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });

    /// <summary>The first thing wrong with the command line, naming the option, or null when there is none.</summary>
    public static string? Problem(ParseResult parsed)
    {
        if (parsed.UnmatchedTokens.Count > 0)
            return $"未知参数 '{parsed.UnmatchedTokens[0]}' (unknown argument)";
        var command = parsed.CommandResult.Command;
        if (command.Subcommands.Count > 0 && command.Action is null && parsed.Action is null or ParseErrorAction)
            return "缺少命令 (missing command)";
        foreach (var option in command.Options.Where(o => o is not HelpOption and not VersionOption))
        {
            // Not on the command line (a default value still has a result, without an identifier token).
            if (parsed.GetResult(option) is not { IdentifierToken: not null } result)
            {
                if (option.Required) return $"缺少 {option.Name} (required)";
                continue;
            }
            if (result.Tokens.Count == 0 && option.Arity.MinimumNumberOfValues > 0)
                return $"{option.Name} 缺少取值 (missing value)";
            if (result.Tokens.Count > option.Arity.MaximumNumberOfValues)
                return $"{option.Name} 只能给一次 (given more than once)";
            if (parsed.Errors.FirstOrDefault(e => e.SymbolResult == result || e.SymbolResult?.Parent == result) is { } bad)
                return bad.Message;
        }
        // What is left are the command's own checks, which speak Chinese already.
        return parsed.Errors.FirstOrDefault()?.Message;
    }

    /// <summary>"用法 (usage):" with one line per command and, for a single command, a line per option.</summary>
    public static string Usage(Command command)
    {
        var text = new StringBuilder("用法 (usage):");
        if (command.Subcommands.Count > 0)
        {
            foreach (var sub in command.Subcommands) text.Append("\n  ").Append(Synopsis(sub));
            text.Append("\n  <命令> --help 查看各命令的参数 (options of each command)");
            return text.ToString();
        }
        text.Append(' ').Append(Synopsis(command));
        var options = command.Options.Where(o => o is not HelpOption and not VersionOption).ToList();
        var width = options.Max(o => Label(o).Length);
        foreach (var option in options)
            text.Append("\n  ").Append(Label(option).PadRight(width + 2)).Append(option.Description);
        return text.ToString();
    }

    private static string Synopsis(Command command) =>
        string.Join(' ', [command.Name, .. command.Options.Where(o => o is not HelpOption and not VersionOption)
            .Select(o => o.Required ? Label(o) : $"[{Label(o)}]")]);

    private static string Label(Option option) =>
        option.Arity.MaximumNumberOfValues == 0 || option.ValueType == typeof(bool) ? option.Name : $"{option.Name} {option.HelpName}";

    /// <summary>A day written YYYY-MM-DD, defaulting to <paramref name="byDefault"/> when given.</summary>
    public static Option<DateOnly> Date(string name, string description, Func<DateOnly>? byDefault = null)
    {
        var option = new Option<DateOnly>(name)
        {
            Description = description,
            HelpName = "YYYY-MM-DD",
            CustomParser = r =>
            {
                var value = r.Tokens.Single().Value;
                if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
                r.AddError($"{name} 应为 YYYY-MM-DD 格式的日期，而不是 '{value}' (bad date)");
                return default;
            },
        };
        if (byDefault is not null) option.DefaultValueFactory = _ => byDefault();
        return option;
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>; a sign only where negatives are allowed.</summary>
    public static Option<int> WholeNumber(string name, string helpName, string description, int min, int max = int.MaxValue, int? byDefault = null, bool required = false)
    {
        var styles = min < 0 ? NumberStyles.AllowLeadingSign : NumberStyles.None;
        var option = new Option<int>(name)
        {
            Description = description,
            Required = required,
            HelpName = helpName,
            CustomParser = r =>
            {
                var value = r.Tokens.Single().Value;
                if (int.TryParse(value, styles, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
                var range = (min, max) switch
                {
                    (int.MinValue, int.MaxValue) => "整数 (an integer)",
                    (0, int.MaxValue) => "非负整数 (a whole number ≥ 0)",
                    (_, int.MaxValue) => $" {min} 或更大的整数 (a whole number ≥ {min})",
                    _ => $" {min} 到 {max} 之间的整数 (a whole number from {min} to {max})",
                };
                r.AddError($"{name} 应为{range}，而不是 '{value}'");
                return default;
            },
        };
        if (byDefault is { } n) option.DefaultValueFactory = _ => n;
        return option;
    }

    /// <summary>True when <paramref name="path"/> lies inside <paramref name="folder"/> (both made absolute).</summary>
    public static bool IsInside(string path, string folder) =>
        Path.GetFullPath(path).StartsWith(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
