using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Enforcement.Api.Corrections;
using Enforcement.Api.Infrastructure.Mail;
using Enforcement.Api.Infrastructure.Staff;
using Enforcement.Content;
using Enforcement.Registry;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Enforcement.Api.Tests.Corrections;

/// <summary>
/// One API under test: its own temporary registry (two bodies, their officers and decisions), database,
/// mail pickup folder and clock. Every test makes its own, so no state (nor rate limit) is shared.
/// </summary>
internal sealed partial class TestPortal : IAsyncDisposable
{
    public const string Decision = "宜市监处罚〔2025〕12号";
    public const string DecisionTitle = "宜春市某某食品有限公司销售超过保质期食品案";
    public const string OtherBodyDecision = "袁市监处罚〔2025〕3号";
    public const string Certificate = "36090012345";
    public const string Notify = "fzk@example.gov.cn";
    public const string OtherNotify = "yzfzk@example.gov.cn";
    public const string SupervisionEmail = "jdk@example.gov.cn";
    public const string Requester = "zhangsan@example.com";
    public const string KeyAll = "key-for-the-supervision-office";
    public const string KeyBody = "key-for-yichun-amr";
    public const string KeyOtherBody = "key-for-yuanzhou-amr";
    public const string ShellMarker = "<!--test shell-->";

    public string Root { get; }
    public string DataFolder => Path.Combine(Root, "data");
    public string DatabasePath => Path.Combine(Root, "db", "portal.db");
    public string PickupFolder => Path.Combine(Root, "mail");
    public FakeClock Clock { get; }
    public WebApplicationFactory<Program> Factory { get; private set; }
    private readonly Dictionary<string, string?> settings;

    /// <summary>Monday 2 March 2026, 10:00 China time, unless the test says otherwise.</summary>
    public TestPortal(Dictionary<string, string?>? extraSettings = null, string now = "2026-03-02 10:00", string? root = null)
    {
        Root = root ?? Directory.CreateTempSubdirectory("corrections-test-").FullName;
        Directory.CreateDirectory(DataFolder);
        WriteRegistry(DataFolder);
        File.WriteAllText(Path.Combine(DataFolder, "shell.html"),
            $"<!DOCTYPE html><html lang=\"zh-CN\"><head><title>{{{{title}}}}</title></head><body>{ShellMarker}<main><h1>{{{{title}}}}</h1><!--content--></main></body></html>");
        Clock = new FakeClock(DateTimeOffset.Parse(now + " +08:00", System.Globalization.CultureInfo.InvariantCulture));
        settings = new Dictionary<string, string?>
        {
            ["Portal:Data"] = DataFolder,
            ["Portal:Database"] = DatabasePath,
            ["Portal:Mail:Pickup"] = PickupFolder,
            ["Portal:Mail:From"] = "noreply@zfgs.example.gov.cn",
            // The tests drain the outbox and run the jobs themselves.
            ["Portal:Mail:PollInterval"] = "01:00:00",
            ["Portal:Corrections:JobInterval"] = "01:00:00",
            ["Portal:RateLimits:SubmitPermits"] = "1000",
            ["Portal:AdminKeys:0:Name"] = "监督科",
            ["Portal:AdminKeys:0:Sha256"] = StaffKeys.HashOf(KeyAll),
            ["Portal:AdminKeys:0:Body"] = "*",
            ["Portal:AdminKeys:1:Name"] = "法制科 李四",
            ["Portal:AdminKeys:1:Sha256"] = StaffKeys.HashOf(KeyBody),
            ["Portal:AdminKeys:1:Body"] = "yichun-amr",
            ["Portal:AdminKeys:2:Name"] = "袁州分局",
            ["Portal:AdminKeys:2:Sha256"] = StaffKeys.HashOf(KeyOtherBody),
            ["Portal:AdminKeys:2:Body"] = "yuanzhou-amr",
        };
        foreach (var (key, value) in extraSettings ?? []) settings[key] = value;
        Factory = Create();
    }

    private WebApplicationFactory<Program> Create() => new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
    {
        foreach (var (key, value) in settings) web.UseSetting(key, value);
        web.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    });

    /// <summary>A new process on the same database and mail folder, as after a restart.</summary>
    public async Task RestartAsync()
    {
        await Factory.DisposeAsync();
        Factory = Create();
    }

    public static void WriteRegistry(string folder, string baseUrl = "https://zfgs.example.gov.cn") => new PortalRegistry(
        "宜春市市场监督管理局行政执法公示平台", baseUrl, new DateOnly(2026, 3, 1),
        new RetentionSettings(new RetentionPeriod(5, RetentionUnit.Years), new RetentionPeriod(2, RetentionUnit.Years)),
        new SupervisionOffice("市局执法监督科", SupervisionEmail, "0795-1234567"),
        [
            new RegistryBody("yichun-amr", "宜春市市场监督管理局", "0795-3210000", Notify),
            new RegistryBody("yuanzhou-amr", "宜春市袁州区市场监督管理局", "0795-3220000", OtherNotify),
            new RegistryBody("no-notify", "宜春市某执法大队", "0795-3230000", null),
        ],
        [
            new RegistryOfficer(Certificate, "李明", "yichun-amr", "执法稽查局", "科员", ["市场监管综合执法"], "宜春市袁州区",
                OfficerStatus.Active, new DateOnly(2028, 12, 31)),
        ],
        [
            new RegistryDecision(Decision, DecisionTitle, "/decisions/2025/yichun-food-12/", "yichun-amr",
                new DateOnly(2025, 3, 8), new DateOnly(2030, 3, 8), false),
            new RegistryDecision(OtherBodyDecision, "宜春市某某超市销售不合格食品案", "/decisions/2025/yuanzhou-3/", "yuanzhou-amr",
                new DateOnly(2025, 4, 1), new DateOnly(2030, 4, 1), false),
            new RegistryDecision("宜市监处罚〔2025〕20号", "某执法大队的决定", "/decisions/2025/dadui-20/", "no-notify",
                new DateOnly(2025, 5, 1), new DateOnly(2030, 5, 1), false),
        ]).Save(folder);

    public HttpClient Client() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public HttpClient StaffClient(string key)
    {
        var client = Client();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    public static Dictionary<string, object?> ValidRequest(string decision = Decision) => new()
    {
        ["decision"] = decision,
        ["description"] = "公示的罚款金额为 50000 元。",
        ["correction"] = "决定书原件中的罚款金额为 5000 元。",
        ["evidence"] = "决定书原件第 2 页。",
        ["name"] = "张三",
        ["email"] = Requester,
        ["phone"] = "138 1234 5678",
        ["consent"] = true,
    };

    public async Task<(string Ticket, string Token)> SubmitAsync(Dictionary<string, object?>? request = null)
    {
        using var response = await Client().PostAsJsonAsync("/api/corrections", request ?? ValidRequest());
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (json.GetProperty("ticket").GetString()!, json.GetProperty("token").GetString()!);
    }

    /// <summary>Submits and confirms through the e-mailed link, as the requester would.</summary>
    public async Task<string> SubmitConfirmedAsync(Dictionary<string, object?>? request = null)
    {
        var (ticket, _) = await SubmitAsync(request);
        await DrainMailAsync();
        using var response = await Client().PostAsJsonAsync($"/api/corrections/{ticket}/confirm", new { token = MailedToken(ticket) });
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return ticket;
    }

    public Task<int> DrainMailAsync() => Factory.Services.GetRequiredService<OutboxSender>().DrainAsync(CancellationToken.None);

    public Task RunJobsAsync() => Factory.Services.GetRequiredService<CorrectionJobs>().RunOnceAsync(CancellationToken.None);

    /// <summary>Every e-mail delivered to the pickup folder so far, oldest first.</summary>
    public IReadOnlyList<MimeMessage> Mails() =>
        !Directory.Exists(PickupFolder) ? [] : Directory.EnumerateFiles(PickupFolder, "*.eml").Order(StringComparer.Ordinal)
            .Select(f => MimeMessage.Load(f)).ToList();

    public IReadOnlyList<MimeMessage> MailsTo(string address) =>
        Mails().Where(m => m.To.Mailboxes.Any(b => b.Address == address)).ToList();

    /// <summary>The token in the confirmation e-mail's private link.</summary>
    public string MailedToken(string ticket) => MailedLink(Mails(), ticket).Token;

    public static (string Url, string Token) MailedLink(IEnumerable<MimeMessage> mails, string ticket)
    {
        foreach (var mail in mails)
            if (LinkPattern().Match(mail.TextBody ?? "") is { Success: true } m && Uri.UnescapeDataString(m.Groups["ticket"].Value) == ticket)
                return (m.Value, Uri.UnescapeDataString(m.Groups["token"].Value));
        throw new Xunit.Sdk.XunitException($"no confirmation e-mail with a link for {ticket}");
    }

    [GeneratedRegex(@"https?://\S+/corrections/status/\?ticket=(?<ticket>[^&\s]+)&token=(?<token>[A-Za-z0-9_%-]+)")]
    private static partial Regex LinkPattern();

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
