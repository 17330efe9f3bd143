using System.Text.RegularExpressions;
using Enforcement.Api.Infrastructure.Storage;

namespace Enforcement.Api.Staff;

/// <summary>
/// <c>dotnet run --project api -c Release -- staff add --name NAME --body SLUG|* [--Portal:Database=...]</c> (the
/// password from standard input), <c>staff list</c>, <c>staff disable --name NAME</c>: accounts are made where
/// the database is, by whoever runs the API, never through the web.
/// </summary>
public static partial class StaffCommand
{
    /// <summary>
    /// The command's words from <c>staff</c> on, or null when the API is to serve. Settings may come first
    /// (<c>dotnet Enforcement.Api.dll --Portal:Database=/var/lib/zfgs/portal.db staff add ...</c>, or with the value
    /// as the next word): they are read as configuration, and must not turn the command into a server start.
    /// </summary>
    public static string[]? Arguments(string[] args)
    {
        var i = 0;
        while (i < args.Length && (args[i].StartsWith("--", StringComparison.Ordinal) || args[i].StartsWith('/')))
            i += args[i].Contains('=') ? 1 : 2;
        return i < args.Length && args[i] == "staff" ? args[i..] : null;
    }

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        await services.GetRequiredService<Database>().MigrateAsync(services.GetServices<Migration>());
        var accounts = services.GetRequiredService<StaffAccounts>();
        var verb = args.Length > 1 ? args[1] : "";
        var name = Option(args, "--name");
        switch (verb)
        {
            case "add":
                var body = Option(args, "--body");
                var problem = SignInRules.NameProblem(name)
                    ?? (body is null || body != StaffAccount.AllBodies && !Slug().IsMatch(body) ? "--body 须为执法主体的标识（如 yichun-amr）或 * (the body's slug, or * for all)" : null);
                if (problem is not null) return Fail(stderr, problem);
                // A typo in the slug would make an account that sees nothing: checked against the build being served.
                if (body != StaffAccount.AllBodies && services.GetRequiredService<Infrastructure.Data.PortalData>().Registry is { } registry
                    && registry.Bodies.All(b => b.Slug != body))
                    return Fail(stderr, $"没有标识为 {body} 的执法主体；已有：{string.Join("、", registry.Bodies.Select(b => b.Slug))} (unknown body)");
                var password = stdin.ReadLine() ?? "";
                if (SignInRules.PasswordProblem(password) is { } weak) return Fail(stderr, weak + "；密码从标准输入读取 (read from standard input)");
                if (!await accounts.AddAsync(name!.Trim(), body!, password)) return Fail(stderr, $"账号 {name} 已存在 (already exists)");
                // Which database: run from another folder, a relative Portal:Database makes a new file the portal never reads.
                stdout.WriteLine($"已创建账号 {name.Trim()}，范围：{(body == StaffAccount.AllBodies ? "全部执法主体" : body)}（数据库：{services.GetRequiredService<Database>().Describe}）");
                return 0;
            case "list":
                foreach (var a in await accounts.ListAsync())
                    stdout.WriteLine($"{a.Name}\t{a.Body}\t{(a.Disabled ? "已停用" : "启用")}");
                return 0;
            case "disable":
                if (name is null) return Fail(stderr, "请用 --name 指定账号 (--name is required)");
                if (!await accounts.DisableAsync(name.Trim())) return Fail(stderr, $"没有账号 {name} (no such account)");
                stdout.WriteLine($"已停用账号 {name.Trim()}");
                return 0;
            default:
                return Fail(stderr, "用法 (usage): staff add --name NAME --body SLUG|*  |  staff list  |  staff disable --name NAME");
        }
    }

    private static string? Option(string[] args, string option)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == option && i + 1 < args.Length) return args[i + 1];
            if (args[i].StartsWith(option + "=", StringComparison.Ordinal)) return args[i][(option.Length + 1)..];
        }
        return null;
    }

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine(message);
        return 2;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex Slug();
}
