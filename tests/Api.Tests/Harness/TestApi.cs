using System.Net;
using Enforcement.Api.Infrastructure.Mail;
using Enforcement.Api.Infrastructure.Staff;
using Enforcement.Api.Infrastructure.Storage;
using Enforcement.Registry;
using Enforcement.Redaction;
using Enforcement.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Enforcement.Api.Tests.Harness;

/// <summary>
/// The one API fixture: an API under test with its own temporary folder (registry.json, shell.html, an optional
/// search index), database, mail pickup folder, rate-limiter state and <see cref="FakeClock"/>. Every
/// test makes its own, so nothing (not even a rate limit) is shared. The client address comes from the
/// X-Test-Client header, since TestServer has none. The database is a SQLite file, or with PORTAL_TEST_STORE=postgres
/// a fresh database on the run's PostgreSQL server (TestStore, TestPostgres); <see cref="SecondInstance"/>
/// starts another API on the same database and folders, as a second instance behind a load balancer.
/// </summary>
public sealed partial class TestApi : IAsyncDisposable, IDisposable
{
    public const string ClientHeader = "X-Test-Client";
    public const string DefaultClient = "198.51.100.10";

    public string Root { get; }
    public string DataFolder => Path.Combine(Root, "data");
    public string DatabasePath => Path.Combine(Root, "db", "portal.db");
    public string PickupFolder => Path.Combine(Root, "mail");
    /// <summary>The PostgreSQL database's connection string; null on SQLite.</summary>
    public string? Postgres { get; }
    public FakeClock Clock { get; }
    public WebApplicationFactory<Program> Factory { get; private set; }
    public IServiceProvider Services => Factory.Services;
    /// <summary>For requests that set what a client cannot, such as the connection's remote address.</summary>
    public TestServer Server => Factory.Server;

    private readonly Dictionary<string, string?> settings;
    private readonly Action<IServiceCollection>? services;
    /// <summary>A second instance shares the first one's folder and database, and leaves them to it.</summary>
    private readonly bool ownsStorage = true;
    private long sentSeen; // messages the outbox had sent at the last DrainMailAsync

    /// <param name="settings">Configuration on top of the defaults (e.g. a lower rate limit).</param>
    /// <param name="now">China time the clock starts at.</param>
    /// <param name="shell">The site frame written to shell.html; null writes none (the API's plain frame is used).</param>
    /// <param name="index">Decisions to build a search index of; none leaves the index missing.</param>
    /// <param name="words">The synonym table the index is built with.</param>
    /// <param name="services">Replacements for the API's services (a failing mail transport...).</param>
    public TestApi(Dictionary<string, string?>? settings = null, string now = "2026-03-02 10:00",
        string? shell = Shell, IEnumerable<PublicDecision>? index = null, Action<IServiceCollection>? services = null,
        SearchWords? words = null)
    {
        Root = Directory.CreateTempSubdirectory("api-test-").FullName;
        Directory.CreateDirectory(DataFolder);
        WriteRegistry(DataFolder);
        if (shell is not null) File.WriteAllText(Path.Combine(DataFolder, PageShell.FileName), shell);
        if (index is not null)
            SearchIndexBuilder.Build(index, Path.Combine(DataFolder, SearchIndexBuilder.FolderName), SearchIndexBodyNames, words);
        Clock = new FakeClock(now);
        this.services = services;
        this.settings = new Dictionary<string, string?>
        {
            ["Portal:Data"] = DataFolder,
            ["Portal:Database"] = DatabasePath,
            ["Portal:CardKey"] = Convert.ToBase64String(CardKey),
            ["Portal:Mail:Pickup"] = PickupFolder,
            ["Portal:Mail:From"] = "noreply@zfgs.example.gov.cn",
            // The tests drain the outbox and run the jobs themselves.
            ["Portal:Mail:PollInterval"] = "01:00:00",
            ["Portal:Corrections:JobInterval"] = "01:00:00",
            ["Portal:RateLimits:SubmitPermits"] = "1000",
        };
        foreach (var (key, value) in StaffKeySettings()) this.settings[key] = value;
        if (TestStore.Postgres) this.settings["Portal:Postgres"] = Postgres = TestPostgres.Server.NewDatabase();
        foreach (var (key, value) in settings ?? []) this.settings[key] = value;
        Factory = new Host(this);
    }

    private TestApi(TestApi first, Action<IServiceCollection>? services)
    {
        Root = first.Root;
        Postgres = first.Postgres;
        Clock = first.Clock;
        this.services = services ?? first.services;
        settings = new Dictionary<string, string?>(first.settings);
        ownsStorage = false;
        Factory = new Host(this);
    }

    /// <summary>
    /// Another API instance on the same database, mail folder and clock (only PostgreSQL is meant for several
    /// instances); it is started (migrations, hosted services) before this returns.
    /// </summary>
    public TestApi SecondInstance(Action<IServiceCollection>? services = null)
    {
        var second = new TestApi(this, services);
        _ = second.Services;
        return second;
    }

    /// <summary>A new process on the same database and mail folder, as after a restart; settings may change with it.</summary>
    public async Task RestartAsync(Dictionary<string, string?>? changed = null)
    {
        await Factory.DisposeAsync();
        foreach (var (key, value) in changed ?? []) settings[key] = value;
        Factory = new Host(this);
    }

    public HttpClient Client(string address = DefaultClient)
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(ClientHeader, address);
        return client;
    }

    public HttpClient StaffClient(string key)
    {
        var client = Client();
        client.DefaultRequestHeaders.Add(StaffKeys.Header, key);
        return client;
    }

    public async Task<DbConnection> OpenDatabaseAsync() => await Services.GetRequiredService<Database>().OpenAsync();

    public async Task<long> CountAsync(string sql)
    {
        await using var connection = await OpenDatabaseAsync();
        return await connection.ScalarAsync<long>(sql);
    }

    /// <summary>
    /// Drains the outbox and returns how many messages went out since the last call. The count is read from the
    /// outbox, not from this drain: the sender's own loop also drains once when the app starts, and since .NET 10
    /// that pass runs on the thread pool and may begin late on a busy machine, after a message has become due, and send it first.
    /// </summary>
    public async Task<int> DrainMailAsync()
    {
        await Services.GetRequiredService<OutboxSender>().DrainAsync(CancellationToken.None);
        var sent = await CountAsync("SELECT COUNT(*) FROM outbox WHERE sent_at IS NOT NULL");
        var since = (int)(sent - sentSeen);
        sentSeen = sent;
        return since;
    }

    /// <summary>Every e-mail delivered to the pickup folder so far, oldest first.</summary>
    public IReadOnlyList<MimeMessage> Mails() =>
        !Directory.Exists(PickupFolder) ? [] : Directory.EnumerateFiles(PickupFolder, "*.eml").Order(StringComparer.Ordinal)
            .Select(f => MimeMessage.Load(f)).ToList();

    public IReadOnlyList<MimeMessage> MailsTo(string address) =>
        Mails().Where(m => m.To.Mailboxes.Any(b => b.Address == address)).ToList();

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        if (!ownsStorage) return;
        SqliteConnection.ClearAllPools();
        if (Postgres is not null) TestPostgres.Server.DropDatabase(Postgres);
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private sealed class Host(TestApi api) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            foreach (var (key, value) in api.settings) builder.UseSetting(key, value);
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<TimeProvider>(api.Clock);
                services.AddSingleton<IStartupFilter, ClientAddressFromHeader>();
                services.AddHostedService<PrintedCards>();
                api.services?.Invoke(services);
            });
        }
    }

    /// <summary>Staff printed every officer's card once (after the schema is made: hosted services start in order).</summary>
    private sealed class PrintedCards(Database database) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancel)
        {
            await using var connection = await database.OpenAsync(cancel);
            if (await connection.ScalarAsync<long>("SELECT COUNT(*) FROM card_serials", cancel: cancel) > 0) return;
            foreach (var officer in Carded)
                await connection.ExecuteAsync("INSERT INTO card_serials (certificate, body, issued_at, issued_by) VALUES (@c, @b, '2026-03-01T00:00:00.0000000Z', 'test')",
                    cancel: cancel, parameters: [("@c", officer.Certificate), ("@b", officer.BodySlug)]);
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
