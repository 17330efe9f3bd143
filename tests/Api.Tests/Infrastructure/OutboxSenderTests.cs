using Enforcement.Api.Infrastructure.Mail;
using Enforcement.Api.Infrastructure.Storage;
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

    private static async Task Enqueue(IServiceProvider services, string to)
    {
        var database = services.GetRequiredService<Database>();
        await using var connection = await database.OpenAsync();
        await using var tx = connection.BeginTransaction();
        await MailOutbox.EnqueueAsync(connection, tx, new OutboxMessage(to, "测试主题", "正文"), DateTimeOffset.UtcNow.AddMinutes(-1));
        tx.Commit();
    }

    [Fact]
    public async Task A_message_survives_an_outage_and_a_restart_and_is_delivered_once_the_server_is_back()
    {
        using var portal = new TestPortal();
        var transport = new FlakyTransport();
        var settings = ("Portal:Mail:PollInterval", "01:00:00"); // drain by hand only

        await using (var first = portal.Factory(settings).WithWebHostBuilder(w => w.ConfigureServices(s => s.Replace(ServiceDescriptor.Singleton<IMailTransport>(transport)))))
        {
            _ = first.CreateClient();
            await Enqueue(first.Services, "jdk@example.gov.cn");
            Assert.Equal(0, await first.Services.GetRequiredService<OutboxSender>().DrainAsync(default));
            Assert.Empty(transport.Sent);
        }

        // A new process on the same database: the message is still waiting, and goes once SMTP is back
        // and its retry time has come.
        transport.Down = false;
        var later = new FixedClock(DateTimeOffset.UtcNow.AddHours(1));
        await using var second = portal.Factory(settings).WithWebHostBuilder(w => w.ConfigureServices(s =>
        {
            s.Replace(ServiceDescriptor.Singleton<IMailTransport>(transport));
            s.Replace(ServiceDescriptor.Singleton<TimeProvider>(later));
        }));
        _ = second.CreateClient();
        // The sender drains on start; draining again must not send it a second time.
        await second.Services.GetRequiredService<OutboxSender>().DrainAsync(default);
        await second.Services.GetRequiredService<OutboxSender>().DrainAsync(default);
        Assert.Equal("jdk@example.gov.cn", Assert.Single(transport.Sent).To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task Without_an_smtp_host_mail_is_written_to_the_pickup_folder()
    {
        using var portal = new TestPortal();
        await using var factory = portal.Factory(("Portal:Mail:PollInterval", "01:00:00"));
        _ = factory.CreateClient();
        await Enqueue(factory.Services, "fzk@example.gov.cn");
        Assert.Equal(1, await factory.Services.GetRequiredService<OutboxSender>().DrainAsync(default));
        var eml = Assert.Single(Directory.GetFiles(portal.Pickup, "*.eml"));
        var message = await MimeMessage.LoadAsync(eml);
        Assert.Equal("测试主题", message.Subject);
    }

    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 20)]
    [InlineData(30, 1800)]
    public void Retries_back_off_and_are_capped(int attempt, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), OutboxSender.RetryDelay(attempt));

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
