using System.Data.Common;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Enforcement.Api.Cards;
using Enforcement.Api.Infrastructure.Mail;
using Enforcement.Api.Infrastructure.Storage;

namespace Enforcement.Api.Feedback;

/// <summary>
/// The SQL of one group commit: many ratings in one write transaction, in the order they arrived, with the
/// same rules as one at a time (one rating per card per address per day, references numbered without gaps).
/// Round trips and statements are what a batch costs on PostgreSQL, so a batch of any size is four round trips
/// (the write lock; what it must know; its statements; the commit), and there the ratings go in as arrays, one
/// statement for all of them.
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

        var outcomes = new SaveOutcome[batch.Count];
        var (cards, taken, reserved) = await LookAsync(connection, tx, batch, cancel);
        var accepted = new List<int>();
        for (var i = 0; i < batch.Count; i++)
        {
            var (certificate, serial) = (batch[i].Rating.Officer.Certificate, batch[i].Rating.CardSerial);
            var card = CardSerials.Verdict(cards.GetValueOrDefault(serial), certificate, serial);
            if (!card.MayRate) outcomes[i] = new SaveOutcome.CardRefused(card);
            // Add is false for a card rated from this address today, before or earlier in this batch.
            else if (taken.Add(Key(batch[i]))) accepted.Add(i);
            else outcomes[i] = new SaveOutcome.AlreadyRatedToday();
        }

        var statements = new List<(string, (string, object?)[])>();
        foreach (var (year, last) in reserved)
        {
            // Numbers were reserved for the whole batch; those refused give theirs back, so references have no gaps.
            var inYear = accepted.Where(i => batch[i].Today.Year == year).ToList();
            var unused = batch.Count(p => p.Today.Year == year) - inYear.Count;
            var number = last - unused - inYear.Count;
            var numbered = new List<(PendingRating, string)>();
            foreach (var i in inYear)
            {
                var reference = $"{RatingStore.Prefix}-{year}-{++number:D6}";
                numbered.Add((batch[i], reference));
                outcomes[i] = new SaveOutcome.Saved(reference);
            }
            statements.AddRange(database.Dialect.IsPostgres ? AllAtOnce(numbered) : OneByOne(numbered));
            if (unused > 0)
                statements.Add(("UPDATE rating_reference_counters SET last = last - @n WHERE year = @y", [("@n", unused), ("@y", year)]));
        }
        // Every rating's statements in one round trip, however many the batch holds.
        await connection.ExecuteBatchAsync(tx, statements, cancel);
        await tx.CommitAsync(cancel);
        return outcomes;
    }

    private static (string, DateOnly, string) Key(PendingRating p) => (p.Rating.Officer.Certificate, p.Today, p.AddressHash);

    /// <summary>
    /// What the batch needs to know, in one round trip: the register's entries for its cards (asked under the write
    /// lock, so a card withdrawn a moment ago cannot slip a rating in), the (card, day, address) already rated among
    /// its own, and reference numbers reserved for every rating in it (the last number, by year).
    /// </summary>
    private static async Task<(Dictionary<long, CardRecord>, HashSet<(string, DateOnly, string)>, Dictionary<int, long>)> LookAsync(
        DbConnection connection, DbTransaction tx, IReadOnlyList<PendingRating> batch, CancellationToken cancel)
    {
        var cards = new Dictionary<long, CardRecord>();
        var taken = new HashSet<(string, DateOnly, string)>();
        var reserved = new Dictionary<int, long>();
        var (serialNames, serials) = DbExtensions.InList(batch.Select(p => p.Rating.CardSerial).Distinct(), "@s");
        // By certificate, which leads the unique index: one address may have rated thousands of cards today.
        var (certificateNames, certificates) = DbExtensions.InList(batch.Select(p => p.Rating.Officer.Certificate).Distinct(), "@c");
        List<(string, (string, object?)[], Action<DbDataReader>)> queries =
        [
            ($"SELECT {CardSerials.Columns} FROM card_serials WHERE serial IN ({serialNames})", serials,
                r => cards[r.GetInt64(0)] = CardSerials.Read(r)),
            ($"""
                SELECT certificate, submitted_on, address_hash FROM ratings
                WHERE certificate IN ({certificateNames}) AND submitted_on >= @since AND address_hash IS NOT NULL
                """, [("@since", RatingStore.Day(batch.Min(p => p.Today))), .. certificates],
                r => taken.Add((r.GetString(0), RatingStore.DayFrom(r.GetString(1)), r.GetString(2)))),
        ];
        foreach (var year in batch.GroupBy(p => p.Today.Year))
            queries.Add(("""
                INSERT INTO rating_reference_counters (year, last) VALUES (@y, @n)
                ON CONFLICT (year) DO UPDATE SET last = rating_reference_counters.last + @n RETURNING last
                """, [("@y", year.Key), ("@n", year.Count())], r => reserved[year.Key] = r.GetInt64(0)));
        await connection.QueryBatchAsync(tx, queries, cancel);
        return (cards, taken, reserved);
    }

    /// <summary>Each rating and its history (and its e-mail, if any): the statements, each with its parameters.</summary>
    private static IEnumerable<(string Sql, (string Name, object? Value)[] Parameters)> OneByOne(IEnumerable<(PendingRating, string)> numbered)
    {
        foreach (var (pending, reference) in numbered)
        {
            yield return (InsertOne, [.. ParameterNames.Zip(Row(pending, reference))]);
            yield return History(reference, Now(pending), "公众", HistoryActions.Received, null);
            foreach (var statement in Notification(pending, reference)) yield return statement;
        }
    }

    /// <summary>
    /// On PostgreSQL every rating of the batch and its first history entry in one statement, each column an array:
    /// the server executes one statement instead of two for each rating, which is most of a batch's time there.
    /// </summary>
    private static IEnumerable<(string Sql, (string Name, object? Value)[] Parameters)> AllAtOnce(IReadOnlyList<(PendingRating, string)> numbered)
    {
        var rows = numbered.Select(n => Row(n.Item1, n.Item2)).ToList();
        yield return (InsertAll, [.. ParameterNames.Select((name, c) => (name, (object?)(IsNumber(c)
            ? rows.Select(r => (int)r[c]!).ToArray()
            : rows.Select(r => (string?)r[c]).ToArray())))]);
        foreach (var (pending, reference) in numbered)
            foreach (var statement in Notification(pending, reference)) yield return statement;
    }

    private static readonly string[] ColumnNames = ["reference", "certificate", "officer_name", "body_slug", "unit", "visit_date", "rating",
        "checks", "problems", "has_problems", "comment", "contact", "submitted_on", "address_hash", "created_at"];
    private static readonly string[] ParameterNames = [.. ColumnNames.Select(c => "@" + c)];
    private static readonly string Columns = string.Join(", ", ColumnNames);

    /// <summary>The two number columns; every other column is text.</summary>
    private static bool IsNumber(int column) => ColumnNames[column] is "rating" or "has_problems";

    private static readonly string InsertOne = $"INSERT INTO ratings ({Columns}) VALUES ({string.Join(", ", ParameterNames)})";

    private static readonly string InsertAll = $"""
        WITH added AS (
            INSERT INTO ratings ({Columns})
            SELECT {Columns} FROM unnest({string.Join(", ", ParameterNames.Select((p, c) => $"{p}::{(IsNumber(c) ? "int" : "text")}[]"))})
                WITH ORDINALITY AS r({Columns}, arrived) ORDER BY arrived
            RETURNING id, created_at)
        INSERT INTO rating_history (rating_id, at, actor, action, note)
        SELECT id, created_at, '公众', '{HistoryActions.Received}', NULL FROM added ORDER BY id
        """;

    /// <summary>A ratings row, its values in the order of <see cref="ColumnNames"/>.</summary>
    private static object?[] Row(PendingRating pending, string reference)
    {
        var rating = pending.Rating;
        return
        [
            reference, rating.Officer.Certificate, rating.Officer.Name, rating.Officer.BodySlug, rating.Officer.Unit,
            RatingStore.Day(rating.VisitDate), rating.Rating, JsonSerializer.Serialize(rating.Checks, ListJson),
            JsonSerializer.Serialize(rating.Problems, ListJson), rating.Problems.Count > 0 ? 1 : 0, rating.Comment, rating.Contact,
            RatingStore.Day(pending.Today), pending.AddressHash, Now(pending),
        ];
    }

    private static string Now(PendingRating pending) => pending.NowChina.UtcDateTime.ToString("O");

    /// <summary>A rating that needs attention: its e-mail to the supervision office, and the history entry saying so.</summary>
    private static IEnumerable<(string Sql, (string Name, object? Value)[] Parameters)> Notification(PendingRating pending, string reference)
    {
        if (pending.Notification(reference) is not { } mail) yield break;
        var now = Now(pending);
        yield return (MailOutbox.InsertSql, [("@to", mail.To), ("@subject", mail.Subject), ("@body", mail.Body), ("@now", now)]);
        yield return History(reference, now, "系统", HistoryActions.Notified, $"已通知监督机构 {mail.To}（经发信队列）");
    }

    private static (string, (string, object?)[]) History(string reference, string now, string actor, string action, string? note) => ("""
        INSERT INTO rating_history (rating_id, at, actor, action, note) SELECT id, @now, @actor, @action, @note FROM ratings WHERE reference = @ref
        """, [("@now", now), ("@actor", actor), ("@action", action), ("@note", note), ("@ref", reference)]);
}
