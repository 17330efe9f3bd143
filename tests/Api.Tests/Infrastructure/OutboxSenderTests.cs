using Enforcement.Api.Infrastructure.Mail;
using Enforcement.Api.Infrastructure.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MimeKit;

namespace Enforcement.Api.Tests.Infrastructure;

public sealed class OutboxSenderTests
{
    /// <summary>Fails while Down is set, as an SMTP server that is out would.</summary>
    private sealed class FlakyTransport : IMailTransport
    {
        public bool Down { get; set; } = true;
        public List<MimeMessage> Sent { get; } = [];

        public Task SendAsync(MimeMessage message, CancellationToken cancel)
        {
            if (Down) throw new IOException("connection refused");
            Sent.Add(message);
            return Task.CompletedTask;
        }
    }

    private static async Task Enqueue(TestApi api, string to)
    {
        await using var connection = await api.OpenDatabaseAsync();
        await using var tx = connection.BeginTransaction();
        await MailOutbox.EnqueueAsync(connection, tx, new OutboxMessage(to, "测试主题", "正文"), api.Clock.GetUtcNow().AddMinutes(-1));
        tx.Commit();
    }

    [Fact]
    public async Task A_message_survives_an_outage_and_a_restart_and_is_delivered_once_the_server_is_back()
    {
        var transport = new FlakyTransport();
        // The outbox is drained by hand only (the fixture's poll interval is an hour).
        await using var api = new TestApi(services: s => s.Replace(ServiceDescriptor.Singleton<IMailTransport>(transport)));
        _ = api.Client();
        await Enqueue(api, "jdk@example.gov.cn");
        Assert.Equal(0, await api.DrainMailAsync());
        Assert.Empty(transport.Sent);

        // A new process on the same database: the message is still waiting, and goes once SMTP is back
        // and its retry time has come.
        transport.Down = false;
        api.Clock.Advance(TimeSpan.FromHours(1));
        await api.RestartAsync();
        _ = api.Client();
        // The sender drains on start; draining again must not send it a second time.
        await api.DrainMailAsync();
        await api.DrainMailAsync();
        Assert.Equal("jdk@example.gov.cn", Assert.Single(transport.Sent).To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task Without_an_smtp_host_mail_is_written_to_the_pickup_folder()
    {
        await using var api = new TestApi();
        _ = api.Client();
        await Enqueue(api, "fzk@example.gov.cn");
        // The sender's own first drain, still running as the app starts, may be the one that takes it.
        await api.DrainMailAsync();
        var eml = Assert.Single(Directory.GetFiles(api.PickupFolder, "*.eml"));
        var message = await MimeMessage.LoadAsync(eml);
        Assert.Equal("测试主题", message.Subject);
        // Plain ASCII on disk and on the wire, the body's encoding declared, the Chinese intact once read.
        var raw = await File.ReadAllBytesAsync(eml);
        Assert.All(raw, b => Assert.True(b < 0x80, "a byte outside ASCII in the .eml"));
        Assert.Contains("Content-Transfer-Encoding: base64", System.Text.Encoding.ASCII.GetString(raw));
        Assert.Equal("正文\n\n" + OutboxSender.NoReply, message.TextBody?.Trim().ReplaceLineEndings("\n"));
        // Who writes, by name: a bare noreply@ reads as phishing.
        Assert.Equal("宜春市市场监督管理局行政执法公示平台", message.From.Mailboxes.Single().Name);
    }

    [Fact]
    public async Task Bodies_sent_before_the_upgrade_are_dropped_by_it_and_unsent_ones_kept()
    {
        var folder = Directory.CreateTempSubdirectory("outbox-upgrade-").FullName;
        try
        {
            var database = new Database(Options.Create(new PortalOptions { Database = Path.Combine(folder, "portal.db") }));
            await database.MigrateAsync(MailOutbox.Migrations.Take(1));
            await using (var connection = await database.OpenAsync())
                await connection.ExecuteAsync("""
                    INSERT INTO outbox (recipient, subject, body, created_at, next_attempt_at, sent_at) VALUES
                        ('a@example.com', '已发送', '查询码：SECRET', '2026-01-01', '2026-01-01', '2026-01-01'),
                        ('b@example.com', '待发送', '查询码：WAITING', '2026-01-01', '2026-01-01', NULL)
                    """);

            await database.MigrateAsync(MailOutbox.Migrations);

            await using var upgraded = await database.OpenAsync();
            Assert.Equal([MailOutbox.SentBody, "查询码：WAITING"], await upgraded.QueryAsync("SELECT body FROM outbox ORDER BY id", r => r.GetString(0)));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 20)]
    [InlineData(30, 1800)]
    public void Retries_back_off_and_are_capped(int attempt, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), OutboxSender.RetryDelay(attempt));
}
