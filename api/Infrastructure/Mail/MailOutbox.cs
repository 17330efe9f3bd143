using Enforcement.Api.Infrastructure.Storage;
using System.Data.Common;

namespace Enforcement.Api.Infrastructure.Mail;

/// <summary>
/// E-mail is never sent inside a request: it is written to the outbox table in the same transaction as the
/// record it is about, and OutboxSender delivers it. An SMTP outage or a restart therefore loses nothing.
/// </summary>
public static class MailOutbox
{
    public static readonly Migration[] Migrations =
    [
        new("0001-outbox", """
            CREATE TABLE outbox (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                recipient TEXT NOT NULL,
                subject TEXT NOT NULL,
                body TEXT NOT NULL,
                created_at TEXT NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at TEXT NOT NULL,
                sent_at TEXT,
                last_error TEXT
            );
            CREATE INDEX outbox_pending ON outbox (next_attempt_at) WHERE sent_at IS NULL;
            """),
        // Bodies sent before OutboxSender began dropping them.
        new("0002-outbox-drop-sent-bodies", $"UPDATE outbox SET body = '{SentBody}' WHERE sent_at IS NOT NULL;"),
    ];

    /// <summary>
    /// What a sent message's body becomes. Bodies hold secrets meant only for the recipient (the confirm token,
    /// which the corrections table keeps only as a hash) and contact details; once the transport has taken the
    /// message they have no use here. Recipient, subject and times stay, as the record of what was sent.
    /// </summary>
    public const string SentBody = "（已发送，正文不再保存）";

    /// <summary>The queued row; parameters @to, @subject, @body and @now (UTC, round-trip format).</summary>
    internal const string InsertSql =
        "INSERT INTO outbox (recipient, subject, body, created_at, next_attempt_at) VALUES (@to, @subject, @body, @now, @now)";

    public static Task EnqueueAsync(DbConnection connection, DbTransaction tx, OutboxMessage message, DateTimeOffset now,
        CancellationToken cancel = default) =>
        connection.ExecuteAsync(InsertSql, tx, cancel, ("@to", message.To), ("@subject", message.Subject), ("@body", message.Body), ("@now", now.UtcDateTime.ToString("O")));
}
