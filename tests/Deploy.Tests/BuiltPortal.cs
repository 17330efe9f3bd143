extern alias api;

using System.Globalization;
using Enforcement.Api.Infrastructure.Staff;
using Enforcement.Site.Build;
using Enforcement.Time;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Enforcement.Deploy.Tests;

/// <summary>The Site.Tests fixture content built into a temporary out/ (site, data, nginx), as a deployment has it.</summary>
public sealed class BuiltSite : IDisposable
{
    public static readonly DateOnly BuildDay = new(2026, 3, 1);

    public BuiltSite()
    {
        Root = Directory.CreateTempSubdirectory("deploy-test-").FullName;
        var result = SiteBuilder.Run(new BuildOptions(Path.Combine(RepoRoot(), "tests", "Site.Tests", "Fixtures", "content"), OutDir, BuildDay));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => e.ToString()).Concat(result.Leaks.Select(l => l.ToString()))));
    }

    public string Root { get; }
    public string OutDir => Path.Combine(Root, "out");
    public string SiteDir => Path.Combine(OutDir, "site");
    public string DataDir => Path.Combine(OutDir, "data");
    public string NginxInclude => Path.Combine(OutDir, NginxConfig.Folder, NginxConfig.FileName);

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Enforcement.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Enforcement.sln not found");
    }
}

/// <summary>The API on real Kestrel (127.0.0.1, a free port) over a built data folder, with its own database.</summary>
public sealed class PortalApi : WebApplicationFactory<api::Program>
{
    public const string StaffKey = "deploy-test-staff-key";

    private readonly Dictionary<string, string?> settings;

    public PortalApi(string dataDir, Dictionary<string, string?>? extra = null)
    {
        Root = Directory.CreateTempSubdirectory("deploy-api-").FullName;
        settings = new()
        {
            ["Portal:Data"] = dataDir,
            ["Portal:Database"] = Path.Combine(Root, "portal.db"),
            ["Portal:CardKey"] = Convert.ToBase64String(Enumerable.Range(7, 32).Select(i => (byte)i).ToArray()),
            ["Portal:Mail:Pickup"] = Path.Combine(Root, "mail"),
            ["Portal:Mail:PollInterval"] = "01:00:00",
            ["Portal:AdminKeys:0:Name"] = "监督科",
            ["Portal:AdminKeys:0:Sha256"] = StaffKeys.HashOf(StaffKey),
            ["Portal:AdminKeys:0:Body"] = "*",
        };
        foreach (var (key, value) in extra ?? []) settings[key] = value;
        // Port 0, the port the system gives at binding: a port found free first could be taken before Kestrel bound it
        // (a CI run failed so, address already in use, with many loopback connections open in parallel tests).
        UseKestrel(0);
        StartServer();
        Port = ClientOptions.BaseAddress.Port;
    }

    public string Root { get; }
    public int Port { get; }
    public Uri Address => new($"http://127.0.0.1:{Port}/");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(new LogCapture(Logs)));
    }

    /// <summary>Every log line the API wrote, to check that a refusal was logged.</summary>
    public List<string> Logs { get; } = [];

    private sealed class LogCapture(List<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(lines);
        public void Dispose() { }

        private sealed class Logger(List<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (lines) lines.Add($"{logLevel}: {formatter(state, exception)}");
            }
        }
    }

    public HttpClient Staff()
    {
        var client = new HttpClient { BaseAddress = Address };
        client.DefaultRequestHeaders.Add(StaffKeys.Header, StaffKey);
        return client;
    }

    public static string Today => ChinaTime.Today(TimeProvider.System).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
