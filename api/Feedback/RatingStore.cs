using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Enforcement.Api.Infrastructure.Mail;
using Enforcement.Api.Infrastructure.Storage;
using System.Data.Common;

namespace Enforcement.Api.Feedback;

/// <summary>What happened to a rating handed to the store.</summary>
public abstract record SaveOutcome
{
    public sealed record Saved(string Reference) : SaveOutcome;

    /// <summary>This card was already rated from this address today.</summary>
    public sealed record AlreadyRatedToday : SaveOutcome;
}

/// <summary>Writes accepted ratings: the rating, its first history entry and any e-mail, in one transaction.</summary>
public sealed class RatingStore(Database database) : IDisposable
{
    /// <summary>
    /// SQLite takes one writer at a time; writers that find it busy sleep and poll (up to 100 ms a time), which
    /// under load costs far more than the write. Queuing them here hands the lock straight on instead.
    /// </summary>
    private readonly SemaphoreSlim writer = new(1, 1);

    public const string Prefix = "PJ";

    /// <summary>Chinese kept readable in the database rather than escaped as \uXXXX.</summary>
    private static readonly JsonSerializerOptions ListJson = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public async Task<SaveOutcome> SaveAsync(RatingRequest rating, string addressHash, DateTimeOffset nowChina,
        Func<string, OutboxMessage?> notification, CancellationToken cancel)
    {
        var today = DateOnly.FromDateTime(nowChina.DateTime);
        var now = nowChina.UtcDateTime.ToString("O");
        await using var connection = await database.OpenAsync(cancel);
        await writer.WaitAsync(cancel);
        try
        {
            return await SaveAsync(connection, rating, addressHash, today, now, nowChina, notification, cancel);
        }
        finally { writer.Release(); }
    }

    private static async Task<SaveOutcome> SaveAsync(DbConnection connection, RatingRequest rating, string addressHash, DateOnly today,
        string now, DateTimeOffset nowChina, Func<string, OutboxMessage?> notification, CancellationToken cancel)
    {
        // BEGIN IMMEDIATE: the duplicate check, the reference counter and the insert see one state.
        await using var tx = await connection.BeginWriteAsync(cancel);

        // The address hashes of earlier days have served their purpose.
        await connection.ExecuteAsync("UPDATE ratings SET address_hash = NULL WHERE address_hash IS NOT NULL AND submitted_on < @today",
            tx, cancel, ("@today", Day(today)));
        var already = await connection.ScalarAsync<long>(
            "SELECT COUNT(*) FROM ratings WHERE certificate = @c AND submitted_on = @today AND address_hash = @h",
            tx, cancel, ("@c", rating.Officer.Certificate), ("@today", Day(today)), ("@h", addressHash));
        if (already > 0) return new SaveOutcome.AlreadyRatedToday();

        var number = await connection.ScalarAsync<long>(
            "INSERT INTO rating_reference_counters (year, last) VALUES (@y, 1) ON CONFLICT (year) DO UPDATE SET last = rating_reference_counters.last + 1 RETURNING last",
            tx, cancel, ("@y", today.Year));
        var reference = $"{Prefix}-{today.Year}-{number:D6}";

        var id = await connection.ScalarAsync<long>("""
            INSERT INTO ratings (reference, certificate, officer_name, body_slug, unit, visit_date, rating, checks, problems,
                has_problems, comment, contact, submitted_on, address_hash, created_at)
            VALUES (@ref, @cert, @name, @body, @unit, @visit, @rating, @checks, @problems, @hasProblems, @comment, @contact, @today, @hash, @now)
            RETURNING id
            """, tx, cancel,
            ("@ref", reference), ("@cert", rating.Officer.Certificate), ("@name", rating.Officer.Name), ("@body", rating.Officer.BodySlug),
            ("@unit", rating.Officer.Unit), ("@visit", Day(rating.VisitDate)), ("@rating", rating.Rating),
            ("@checks", JsonSerializer.Serialize(rating.Checks, ListJson)), ("@problems", JsonSerializer.Serialize(rating.Problems, ListJson)),
            ("@hasProblems", rating.Problems.Count > 0 ? 1 : 0), ("@comment", rating.Comment), ("@contact", rating.Contact),
            ("@today", Day(today)), ("@hash", addressHash), ("@now", now));
        await AppendHistoryAsync(connection, tx, id, now, "公众", HistoryActions.Received, null, cancel);

        if (notification(reference) is { } mail)
        {
            await MailOutbox.EnqueueAsync(connection, tx, mail, nowChina, cancel);
            await AppendHistoryAsync(connection, tx, id, now, "系统", HistoryActions.Notified, $"已通知监督机构 {mail.To}（经发信队列）", cancel);
        }
        await tx.CommitAsync(cancel);
        return new SaveOutcome.Saved(reference);
    }

    internal static Task AppendHistoryAsync(DbConnection connection, DbTransaction? tx, long ratingId, string at, string actor,
        string action, string? note, CancellationToken cancel) =>
        connection.ExecuteAsync("INSERT INTO rating_history (rating_id, at, actor, action, note) VALUES (@id, @at, @actor, @action, @note)",
            tx, cancel, ("@id", ratingId), ("@at", at), ("@actor", actor), ("@action", action), ("@note", note));

    public void Dispose() => writer.Dispose();

    internal static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The kinds of rating_history entries.</summary>
public static class HistoryActions
{
    public const string Received = "received";
    public const string Notified = "notified";
    public const string FollowUp = "follow-up";
}
