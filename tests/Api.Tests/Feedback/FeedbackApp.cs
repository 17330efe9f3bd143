using System.Net;
using System.Net.Http.Json;
using Enforcement.Api.Infrastructure.Mail;
using Enforcement.Api.Infrastructure.Staff;
using Enforcement.Api.Infrastructure.Storage;
using Enforcement.Cards;
using Enforcement.Content;
using Enforcement.Registry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Enforcement.Api.Tests.Feedback;

/// <summary>
/// One API per test: its own temp data folder (registry.json, shell.html), database, mail pickup folder and
/// rate-limiter state, a clock fixed at 2026-03-15 10:00 China time, and the client address taken from the
/// X-Test-Client header (TestServer has none).
/// </summary>
public sealed class FeedbackApp : WebApplicationFactory<Program>
{
    public const string ClientHeader = "X-Test-Client";
    public const string SupervisionKey = "test-supervision-key";
    public const string YichunKey = "test-yichun-key";
    public static readonly byte[] CardKey = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    public static readonly RegistryOfficer Active = new("36090012345", "李明", "yichun-amr", "执法稽查局", "科员",
        ["市场监管综合执法"], "宜春市袁州区", OfficerStatus.Active, new DateOnly(2028, 12, 31));
    public static readonly RegistryOfficer Suspended = new("36090000002", "王芳", "yichun-amr", "执法稽查局", "科员",
        ["市场监管综合执法"], "宜春市袁州区", OfficerStatus.Suspended, null);
    public static readonly RegistryOfficer Revoked = new("36090000003", "赵强", "yichun-amr", "执法稽查局", "科员",
        ["市场监管综合执法"], "宜春市袁州区", OfficerStatus.Revoked, null);
    public static readonly RegistryOfficer Expired = new("36090000004", "陈静", "yichun-amr", "食品安全科", "副科长",
        ["食品安全"], "宜春市", OfficerStatus.Active, new DateOnly(2025, 12, 31));
    public static readonly RegistryOfficer OtherBody = new("36090000005", "刘洋", "yuanzhou-amr", "城区所", "",
        ["市场监管综合执法", "价格监督检查"], "宜春市袁州区城区", OfficerStatus.Active, null);

    public static readonly SupervisionOffice Office = new("市局执法监督科", "jdk@example.gov.cn", "0795-1234567");

    public string Root { get; }
    public string DataFolder => Path.Combine(Root, "data");
    public string PickupFolder => Path.Combine(Root, "mail");
    public string DatabaseFile { get; }
    public FakeClock Clock { get; } = new(new DateTimeOffset(2026, 3, 15, 10, 0, 0, TimeSpan.FromHours(8)));

    private readonly Dictionary<string, string?> settings;
    private readonly bool ownsRoot;

    /// <summary>With <paramref name="root"/>, a restart of an earlier app on the same files (which it leaves in place).</summary>
    public FeedbackApp(Dictionary<string, string?>? extra = null, string? root = null)
    {
        ownsRoot = root is null;
        Root = root ?? Directory.CreateTempSubdirectory("feedback-test-").FullName;
        DatabaseFile = Path.Combine(Root, "portal.db");
        Directory.CreateDirectory(DataFolder);
        WriteRegistry(DataFolder);
        File.WriteAllText(Path.Combine(DataFolder, "shell.html"), """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>{{title}} - 执法公示平台</title><link rel="stylesheet" href="/assets/site.css"></head>
            <body><header><a href="/">执法公示平台</a></header><main id="main"><h1>{{title}}</h1>
            <!--content-->
            </main></body></html>
            """);
        settings = new()
        {
            ["Portal:Data"] = DataFolder,
            ["Portal:Database"] = DatabaseFile,
            ["Portal:CardKey"] = Convert.ToBase64String(CardKey),
            ["Portal:Mail:Pickup"] = PickupFolder,
            ["Portal:Mail:PollInterval"] = "01:00:00",
            ["Portal:Mail:From"] = "noreply@zfgs.example.gov.cn",
            ["Portal:AdminKeys:0:Name"] = "监督科张三",
            ["Portal:AdminKeys:0:Sha256"] = StaffKeys.HashOf(SupervisionKey),
            ["Portal:AdminKeys:0:Body"] = "*",
            ["Portal:AdminKeys:1:Name"] = "市局法制科",
            ["Portal:AdminKeys:1:Sha256"] = StaffKeys.HashOf(YichunKey),
            ["Portal:AdminKeys:1:Body"] = "yichun-amr",
        };
        foreach (var (key, value) in extra ?? []) settings[key] = value;
    }

    public static void WriteRegistry(string folder, IReadOnlyList<RegistryOfficer>? officers = null) =>
        new PortalRegistry("宜春市市场监督管理局行政执法公示平台", "https://zfgs.example.gov.cn", new DateOnly(2026, 3, 15),
            new RetentionSettings(new RetentionPeriod(5, RetentionUnit.Years), new RetentionPeriod(2, RetentionUnit.Years)),
            Office,
            [new RegistryBody("yichun-amr", "宜春市市场监督管理局", "0795-3210000", "fzk@example.gov.cn"),
             new RegistryBody("yuanzhou-amr", "宜春市袁州区市场监督管理局", "0795-3333333", null)],
            officers ?? [Active, Suspended, Revoked, Expired, OtherBody],
            []).Save(folder);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IStartupFilter, ClientAddressFromHeader>();
            services.AddHostedService<PrintedCards>();
        });
    }

    /// <summary>Cards printed before each test, in this order: serial n is the n-th officer's card.</summary>
    public static readonly RegistryOfficer[] Carded = [Active, Suspended, Revoked, Expired, OtherBody];

    public static long SerialOf(string certificate) => Array.FindIndex(Carded, o => o.Certificate == certificate) + 1;

    /// <summary>The token of the officer's printed card (as its QR link carries it).</summary>
    public static string TokenFor(string certificate) => CardToken.For(certificate, SerialOf(certificate), CardKey);

    public HttpClient Client(string address = "198.51.100.10")
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(ClientHeader, address);
        return client;
    }

    public HttpClient Staff(string key)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(StaffKeys.Header, key);
        return client;
    }

    /// <summary>A complete, valid JSON rating for the active officer; tests change what they are about.</summary>
    public static Dictionary<string, object?> ValidRating(RegistryOfficer? officer = null) => new()
    {
        ["certificate"] = (officer ?? Active).Certificate,
        ["token"] = TokenFor((officer ?? Active).Certificate),
        ["visitDate"] = "2026-03-14",
        ["rating"] = 4,
        ["checks"] = new[] { "主动出示执法证件", "文明规范" },
        ["problems"] = Array.Empty<string>(),
        ["comment"] = "检查很规范。",
        ["contact"] = "13800138000",
    };

    public static Task<HttpResponseMessage> PostJson(HttpClient client, Dictionary<string, object?> rating) =>
        client.PostAsJsonAsync("/api/feedback", rating);

    public static Task<HttpResponseMessage> PostForm(HttpClient client, IEnumerable<KeyValuePair<string, string>> fields) =>
        client.PostAsync("/api/feedback", new FormUrlEncodedContent(fields));

    public static List<KeyValuePair<string, string>> ValidForm(RegistryOfficer? officer = null) =>
    [
        new("certificate", (officer ?? Active).Certificate),
        new("token", TokenFor((officer ?? Active).Certificate)),
        new("visitDate", "2026-03-14"),
        new("rating", "5"),
        new("checks", "主动出示执法证件"),
        new("checks", "告知执法事由/依据/权利"),
        new("comment", "态度很好"),
        new("contact", ""),
        new("website", ""),
    ];

    public async Task<SqliteConnection> OpenDatabaseAsync() => await Services.GetRequiredService<Database>().OpenAsync();

    public async Task<long> CountAsync(string sql)
    {
        await using var connection = await OpenDatabaseAsync();
        return await connection.ScalarAsync<long>(sql);
    }

    public Task<int> DrainOutboxAsync() => Services.GetRequiredService<OutboxSender>().DrainAsync(CancellationToken.None);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (ownsRoot && Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }

    /// <summary>Staff printed every officer's card once (after the schema is made: hosted services start in order).</summary>
    private sealed class PrintedCards(Database database) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancel)
        {
            await using var connection = await database.OpenAsync(cancel);
            if (await connection.ScalarAsync<long>("SELECT COUNT(*) FROM card_serials", cancel: cancel) > 0) return;
            foreach (var officer in Carded)
                await connection.ExecuteAsync("INSERT INTO card_serials (certificate, body, issued_at, issued_by) VALUES ($c, $b, '2026-03-01T00:00:00.0000000Z', 'test')",
                    cancel: cancel, parameters: [("$c", officer.Certificate), ("$b", officer.BodySlug)]);
        }

        public Task StopAsync(CancellationToken cancel) => Task.CompletedTask;
    }

    /// <summary>Only in tests: the client address comes from a header.</summary>
    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers[ClientHeader].FirstOrDefault() is { } address)
                    context.Connection.RemoteIpAddress = IPAddress.Parse(address);
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>A clock the test sets; timers still run on real time.</summary>
public sealed class FakeClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();

    public void Advance(TimeSpan by) => Now += by;
}
