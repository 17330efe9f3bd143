using Enforcement.Api.Infrastructure.Data;
using Enforcement.Api.Infrastructure.Storage;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Enforcement.Api.Infrastructure.Mail;

/// <summary>Delivers the outbox: retries with growing delays until the transport takes each message.</summary>
internal sealed class OutboxSender(Database database, IMailTransport transport, IOptions<PortalOptions> options,
    PortalData data, TimeProvider clock, ILogger<OutboxSender> logger) : BackgroundService
{
    /// <summary>Ends every mail: the sender's address takes no replies, and a reply would be lost unread.</summary>
    public const string NoReply = "（本邮件由系统自动发送，请勿直接回复。）";

    private const int BatchSize = 50;

    // The loop and a caller (tests, a shutdown flush) may drain at once; one at a time, so no message goes twice.
    // Other instances on the same PostgreSQL database are kept apart by row locks (DrainOnceAsync).
    private readonly SemaphoreSlim draining = new(1, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DrainAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Outbox drain failed; will retry");
            }
            try { await Task.Delay(options.Value.Mail.PollInterval, clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>Sends every message that is due; returns how many were sent.</summary>
    public async Task<int> DrainAsync(CancellationToken cancel)
    {
        await draining.WaitAsync(cancel);
        try { return await DrainOnceAsync(cancel); }
        finally { draining.Release(); }
    }

    private async Task<int> DrainOnceAsync(CancellationToken cancel)
    {
        await using var connection = await database.OpenAsync(cancel);
        var now = clock.GetUtcNow();
        // PostgreSQL: the batch's rows stay locked until its outcome is committed, and other instances draining
        // at the same time skip them, so each message goes once. SQLite serves one instance: no transaction, so
        // each outcome is written as soon as it is known.
        await using var tx = database.Dialect.IsPostgres ? await connection.BeginTransactionAsync(cancel) : null;
        var due = await connection.QueryAsync(
            "SELECT id, recipient, subject, body, attempts FROM outbox WHERE sent_at IS NULL AND next_attempt_at <= @now ORDER BY id LIMIT @n"
                + database.Dialect.SkipLocked,
            r => (Id: r.GetInt64(0), Message: new OutboxMessage(r.GetString(1), r.GetString(2), r.GetString(3)), Attempts: r.GetInt32(4)),
            tx, cancel, ("@now", now.UtcDateTime.ToString("O")), ("@n", BatchSize));
        var sent = 0;
        foreach (var item in due)
        {
            try
            {
                await transport.SendAsync(ToMime(item.Message), cancel);
                await connection.ExecuteAsync(
                    "UPDATE outbox SET sent_at = @at, attempts = attempts + 1, last_error = NULL, body = @sent WHERE id = @id",
                    tx, cancel, ("@at", clock.GetUtcNow().UtcDateTime.ToString("O")), ("@sent", MailOutbox.SentBody), ("@id", item.Id));
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var retryAt = now + RetryDelay(item.Attempts + 1);
                logger.LogWarning("Mail {Id} to outbox recipient not delivered (attempt {Attempt}): {Error}", item.Id, item.Attempts + 1, e.Message);
                await connection.ExecuteAsync("UPDATE outbox SET attempts = attempts + 1, next_attempt_at = @next, last_error = @error WHERE id = @id",
                    tx, cancel, ("@next", retryAt.UtcDateTime.ToString("O")), ("@error", e.Message), ("@id", item.Id));
            }
        }
        if (tx is not null) await tx.CommitAsync(cancel);
        return sent;
    }

    /// <summary>10 s, 20 s, 40 s ... capped at 30 minutes; never gives up.</summary>
    internal static TimeSpan RetryDelay(int attempt) =>
        TimeSpan.FromSeconds(Math.Min(10 * Math.Pow(2, Math.Min(attempt - 1, 20)), 1800));

    private MimeMessage ToMime(OutboxMessage message)
    {
        var mime = new MimeMessage();
        var from = MailboxAddress.Parse(options.Value.Mail.From);
        // A bare noreply@ in a mail client's list reads as phishing: the portal's name says who writes, unless the
        // setting gives a name of its own ("名称 <noreply@…>").
        if (string.IsNullOrEmpty(from.Name) && data.Registry?.Title is { Length: > 0 } title) from.Name = title;
        mime.From.Add(from);
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        // Chinese text as base64, declared: a mail written as bare 8-bit UTF-8 with no Content-Transfer-Encoding is
        // read as 7-bit by strict readers (escapes where the Chinese was), and needs 8BITMIME of every relay on the way.
        mime.Body = new TextPart("plain") { Text = message.Body.TrimEnd() + "\n\n" + NoReply + "\n", ContentTransferEncoding = ContentEncoding.Base64 };
        return mime;
    }
}
