using Enforcement.Api.Infrastructure.Storage;
using Microsoft.Data.Sqlite;

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
    ];

    public static Task EnqueueAsync(SqliteConnection connection, SqliteTransaction tx, OutboxMessage message, DateTimeOffset now,
        CancellationToken cancel = default) =>
        connection.ExecuteAsync(
            "INSERT INTO outbox (recipient, subject, body, created_at, next_attempt_at) VALUES ($to, $subject, $body, $now, $now)",
            tx, cancel, ("$to", message.To), ("$subject", message.Subject), ("$body", message.Body), ("$now", now.UtcDateTime.ToString("O")));
}
