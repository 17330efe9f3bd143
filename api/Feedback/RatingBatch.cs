using System.Data.Common;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Enforcement.Api.Infrastructure.Mail;
using Enforcement.Api.Infrastructure.Storage;

namespace Enforcement.Api.Feedback;

/// <summary>
/// The SQL of one group commit: many ratings in one write transaction, in the order they arrived, with the
/// same rules as one at a time (one rating per card per address per day, references numbered without gaps).
/// Round trips are what a batch costs on PostgreSQL, so the ratings' statements go in one round trip, and
/// the checks and the reference counter are one each per batch.
/// </summary>
internal static class RatingBatch
{
    /// <summary>Chinese kept readable in the database rather than escaped as \uXXXX.</summary>
    private static readonly JsonSerializerOptions ListJson = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static async Task<SaveOutcome[]> WriteAsync(Database database, IReadOnlyList<PendingRating> batch, bool clearEarlierHashes,
        CancellationToken cancel)
    {
        await using var connection = await database.OpenAsync(cancel);
        // Writers take turns (BEGIN IMMEDIATE / the advisory lock): the checks below still hold at the commit.
        await using var tx = await connection.BeginWriteAsync(cancel);

        // The address hashes of earlier days have served their purpose (once a day per instance is enough).
        if (clearEarlierHashes)
            await connection.ExecuteAsync("UPDATE ratings SET address_hash = NULL WHERE address_hash IS NOT NULL AND submitted_on < @today",
            tx, cancel, ("@today", RatingStore.Day(batch.Min(p => p.Today))));

        var taken = await AlreadyRatedAsync(connection, tx, batch, cancel);
        var outcomes = new SaveOutcome[batch.Count];
        var accepted = new List<int>();
        for (var i = 0; i < batch.Count; i++)
        {
            // Add is false for a card rated from this address today, before or earlier in this batch.
            if (taken.Add(Key(batch[i]))) accepted.Add(i);
            else outcomes[i] = new SaveOutcome.AlreadyRatedToday();
        }

        foreach (var year in accepted.GroupBy(i => batch[i].Today.Year))
        {
            var count = year.Count();
            var last = await connection.ScalarAsync<long>("""
                INSERT INTO rating_reference_counters (year, last) VALUES (@y, @n)
                ON CONFLICT (year) DO UPDATE SET last = rating_reference_counters.last + @n RETURNING last
                """, tx, cancel, ("@y", year.Key), ("@n", count));
            var number = last - count;
            var statements = new List<(string, (string, object?)[])>();
            foreach (var i in year)
            {
                var reference = $"{RatingStore.Prefix}-{year.Key}-{++number:D6}";
                statements.AddRange(Insert(batch[i], reference));
                outcomes[i] = new SaveOutcome.Saved(reference);
            }
            // Every rating's statements in one round trip, however many the batch holds.
            await connection.ExecuteBatchAsync(tx, statements, cancel);
        }
        await tx.CommitAsync(cancel);
        return outcomes;
    }

    private static (string, DateOnly, string) Key(PendingRating p) => (p.Rating.Officer.Certificate, p.Today, p.AddressHash);

    /// <summary>The (card, day, address) already rated among the batch's, in one query per day.</summary>
    private static async Task<HashSet<(string, DateOnly, string)>> AlreadyRatedAsync(DbConnection connection, DbTransaction tx,
        IReadOnlyList<PendingRating> batch, CancellationToken cancel)
    {
        var taken = new HashSet<(string, DateOnly, string)>();
        foreach (var day in batch.GroupBy(p => p.Today))
        {
            // By certificate, which leads the unique index: one address may have rated thousands of cards today.
            var (names, certificates) = DbExtensions.InList(day.Select(p => p.Rating.Officer.Certificate).Distinct(), "@c");
            var rows = await connection.QueryAsync(
                $"SELECT certificate, address_hash FROM ratings WHERE certificate IN ({names}) AND submitted_on = @day AND address_hash IS NOT NULL",
                r => (r.GetString(0), day.Key, r.GetString(1)), tx, cancel,
                [("@day", RatingStore.Day(day.Key)), .. certificates]);
            taken.UnionWith(rows);
        }
        return taken;
    }

    /// <summary>The rating and its history (and its e-mail, if any): the statements, each with its parameters.</summary>
    private static IEnumerable<(string Sql, (string Name, object? Value)[] Parameters)> Insert(PendingRating pending, string reference)
    {
        var rating = pending.Rating;
        var now = pending.NowChina.UtcDateTime.ToString("O");
        yield return ("""
            INSERT INTO ratings (reference, certificate, officer_name, body_slug, unit, visit_date, rating, checks, problems,
                has_problems, comment, contact, submitted_on, address_hash, created_at)
            VALUES (@ref, @cert, @name, @bodySlug, @unit, @visit, @rating, @checks, @problems, @hasProblems, @comment, @contact, @today, @hash, @now)
            """,
        [
            ("@ref", reference), ("@cert", rating.Officer.Certificate), ("@name", rating.Officer.Name), ("@bodySlug", rating.Officer.BodySlug),
            ("@unit", rating.Officer.Unit), ("@visit", RatingStore.Day(rating.VisitDate)), ("@rating", rating.Rating),
            ("@checks", JsonSerializer.Serialize(rating.Checks, ListJson)), ("@problems", JsonSerializer.Serialize(rating.Problems, ListJson)),
            ("@hasProblems", rating.Problems.Count > 0 ? 1 : 0), ("@comment", rating.Comment), ("@contact", rating.Contact),
            ("@today", RatingStore.Day(pending.Today)), ("@hash", pending.AddressHash), ("@now", now),
        ]);
        yield return History(reference, now, "公众", HistoryActions.Received, null);
        if (pending.Notification(reference) is not { } mail) yield break;
        yield return (MailOutbox.InsertSql, [("@to", mail.To), ("@subject", mail.Subject), ("@body", mail.Body), ("@now", now)]);
        yield return History(reference, now, "系统", HistoryActions.Notified, $"已通知监督机构 {mail.To}（经发信队列）");
    }

    private static (string, (string, object?)[]) History(string reference, string now, string actor, string action, string? note) => ("""
        INSERT INTO rating_history (rating_id, at, actor, action, note) SELECT id, @now, @actor, @action, @note FROM ratings WHERE reference = @ref
        """, [("@now", now), ("@actor", actor), ("@action", action), ("@note", note), ("@ref", reference)]);
}
