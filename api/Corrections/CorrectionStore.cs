using System.Globalization;
using Enforcement.Api.Infrastructure.Storage;
using Enforcement.Corrections;
using System.Data.Common;

namespace Enforcement.Api.Corrections;

/// <summary>The SQL for correction requests; callers own the connection and the transaction.</summary>
internal static class CorrectionStore
{
    public static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset ReadInstant(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? ReadDay(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static CorrectionStatus ReadStatus(string code) =>
        CorrectionStatuses.TryParse(code, out var status) ? status : throw new InvalidDataException($"unknown correction status '{code}'");

    /// <summary>Files a request under the next number of its year; returns its ticket.</summary>
    public static async Task<(long Id, string Ticket)> InsertAsync(DbConnection connection, DbTransaction tx, CorrectionRequest request,
        byte[] viewTokenHash, byte[] mailTokenHash, DateTimeOffset now, int year, CancellationToken cancel)
    {
        var sequence = await connection.ScalarAsync<long>("SELECT COALESCE(MAX(sequence), 0) + 1 FROM corrections WHERE year = @year",
            tx, cancel, ("@year", year));
        var ticket = new CorrectionTicket(year, checked((int)sequence)).ToString();
        var s = request.Subject;
        var id = await connection.ScalarAsync<long>("""
            INSERT INTO corrections (ticket, year, sequence, view_token_hash, mail_token_hash, record_kind, record, record_title,
                record_url, body, body_name, description, correction, evidence, name, email, phone, submitted_at, status)
            VALUES (@ticket, @year, @sequence, @view, @mail, @kind, @record, @title, @url, @body, @bodyName, @description,
                @correction, @evidence, @name, @email, @phone, @now, @status)
            RETURNING id
            """, tx, cancel,
            ("@ticket", ticket), ("@year", year), ("@sequence", sequence), ("@view", viewTokenHash), ("@mail", mailTokenHash),
            ("@kind", s.Kind), ("@record", s.Reference), ("@title", s.Title), ("@url", s.Url), ("@body", s.BodySlug),
            ("@bodyName", s.BodyName), ("@description", request.Description), ("@correction", request.Correction),
            ("@evidence", request.Evidence), ("@name", request.Name), ("@email", request.Email), ("@phone", request.Phone),
            ("@now", Instant(now)), ("@status", CorrectionStatus.Pending.Code()));
        foreach (var file in request.Attachments)
            await connection.ExecuteAsync("""
                INSERT INTO correction_attachments (correction_id, file_name, content_type, size, content)
                VALUES (@id, @name, @type, @size, @content)
                """, tx, cancel, ("@id", id), ("@name", file.FileName), ("@type", file.Kind.ContentType()),
                ("@size", file.Content.LongLength), ("@content", file.Content));
        await AppendHistoryAsync(connection, tx, id, new HistoryEntry(now, CorrectionStatus.Pending, HistoryEntry.Requester, null, null), cancel);
        return (id, ticket);
    }

    public static Task AppendHistoryAsync(DbConnection connection, DbTransaction tx, long id, HistoryEntry entry, CancellationToken cancel) =>
        connection.ExecuteAsync(
            "INSERT INTO correction_history (correction_id, at, status, actor, reply, reason) VALUES (@id, @at, @status, @actor, @reply, @reason)",
            tx, cancel, ("@id", id), ("@at", Instant(entry.At)), ("@status", entry.Status.Code()), ("@actor", entry.Actor),
            ("@reply", entry.Reply), ("@reason", entry.Reason));

    /// <summary>Moves the request only if it is still in <paramref name="from"/>; false when someone else moved it first.</summary>
    public static async Task<bool> SetStatusAsync(DbConnection connection, DbTransaction tx, long id, CorrectionStatus from,
        CorrectionStatus to, CancellationToken cancel, DateOnly? acceptedOn = null, DateOnly? deadline = null) =>
        await connection.ExecuteAsync("""
            UPDATE corrections SET status = @to,
                accepted_on = COALESCE(@accepted, accepted_on), deadline = COALESCE(@deadline, deadline)
            WHERE id = @id AND status = @from
            """, tx, cancel, ("@to", to.Code()), ("@from", from.Code()), ("@id", id),
            ("@accepted", acceptedOn is { } a ? Day(a) : null), ("@deadline", deadline is { } d ? Day(d) : null)) == 1;

    /// <summary>The hashes of the progress links mailed again for a request (none for id 0, which no request has).</summary>
    public static Task<List<byte[]>> LinkHashesAsync(DbConnection connection, DbTransaction? tx, long id, CancellationToken cancel) =>
        connection.QueryAsync("SELECT token_hash FROM correction_links WHERE correction_id = @id", r => (byte[])r.GetValue(0), tx, cancel, ("@id", id));

    /// <summary>A link for a request, carried by the e-mail <paramref name="mail"/> (one id per e-mail, which may carry several).</summary>
    public static Task AddLinkAsync(DbConnection connection, DbTransaction tx, long id, byte[] tokenHash, string mail, DateTimeOffset now,
        CancellationToken cancel) =>
        connection.ExecuteAsync("INSERT INTO correction_links (correction_id, token_hash, mail, sent_at) VALUES (@id, @hash, @mail, @now)",
            tx, cancel, ("@id", id), ("@hash", tokenHash), ("@mail", mail), ("@now", Instant(now)));

    /// <summary>The <c>mail</c> of a link sent in a progress mail (the lost-link mails have a new id each).</summary>
    public const string ProgressMail = "progress";

    /// <summary>Lost-link e-mails sent to an address since a moment (the links in progress mails are not asked for).</summary>
    public static Task<long> CountLinkMailsSinceAsync(DbConnection connection, DbTransaction tx, string email, DateTimeOffset since, CancellationToken cancel) =>
        connection.ScalarAsync<long>("""
            SELECT COUNT(DISTINCT l.mail) FROM correction_links l JOIN corrections c ON c.id = l.correction_id
            WHERE lower(c.email) = lower(@email) AND l.sent_at >= @since AND l.mail <> @progress
            """, tx, cancel, ("@email", email), ("@since", Instant(since)), ("@progress", ProgressMail));

    /// <summary>The newest requests filed with an address (any case), newest first.</summary>
    public static async Task<IReadOnlyList<StoredCorrection>> ByEmailAsync(DbConnection connection, DbTransaction tx, string email, int max,
        CancellationToken cancel)
    {
        var ids = await connection.QueryAsync("SELECT id FROM corrections WHERE lower(email) = lower(@email) ORDER BY submitted_at DESC, id DESC LIMIT @max",
            r => r.GetInt64(0), tx, cancel, ("@email", email), ("@max", max));
        var found = new List<StoredCorrection>();
        foreach (var id in ids)
            if (await LoadAsync(connection, tx, id, cancel) is { } c) found.Add(c);
        return found;
    }

    /// <summary>Only what checking a token needs, read the same way whether or not the ticket exists.</summary>
    public static async Task<(long Id, byte[] ViewHash, byte[] MailHash)?> FindHashesAsync(DbConnection connection, DbTransaction? tx,
        string ticket, CancellationToken cancel)
    {
        var rows = await connection.QueryAsync("SELECT id, view_token_hash, mail_token_hash FROM corrections WHERE ticket = @ticket",
            r => (r.GetInt64(0), (byte[])r.GetValue(1), (byte[])r.GetValue(2)), tx, cancel, ("@ticket", ticket));
        return rows.Count == 1 ? rows[0] : null;
    }

    private const string Columns = """
        id, ticket, record_kind, record, record_title, record_url, body, body_name, description, correction, evidence,
        name, email, phone, status, submitted_at, accepted_on, deadline
        """;

    private static StoredCorrection Map(DbDataReader r) => new(
        r.GetInt64(0), r.GetString(1),
        new CorrectionSubject(r.GetString(2), r.GetString(3), r.GetString(4), r.StringOrNull(5), r.GetString(6), r.GetString(7)),
        r.GetString(8), r.GetString(9), r.StringOrNull(10), r.GetString(11), r.GetString(12), r.StringOrNull(13),
        ReadStatus(r.GetString(14)), ReadInstant(r.GetString(15)), ReadDay(r.StringOrNull(16)), ReadDay(r.StringOrNull(17)), [], []);

    public static async Task<StoredCorrection?> LoadAsync(DbConnection connection, DbTransaction? tx, long id, CancellationToken cancel)
    {
        var rows = await connection.QueryAsync($"SELECT {Columns} FROM corrections WHERE id = @id", Map, tx, cancel, ("@id", id));
        if (rows.Count == 0) return null;
        var history = await connection.QueryAsync(
            "SELECT at, status, actor, reply, reason FROM correction_history WHERE correction_id = @id ORDER BY id",
            r => new HistoryEntry(ReadInstant(r.GetString(0)), ReadStatus(r.GetString(1)), r.GetString(2), r.StringOrNull(3), r.StringOrNull(4)),
            tx, cancel, ("@id", id));
        var attachments = await connection.QueryAsync(
            "SELECT id, file_name, content_type, size FROM correction_attachments WHERE correction_id = @id ORDER BY id",
            r => new AttachmentInfo(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt64(3)), tx, cancel, ("@id", id));
        return rows[0] with { History = history, Attachments = attachments };
    }

    public static async Task<StoredCorrection?> LoadAsync(DbConnection connection, DbTransaction? tx, string ticket, CancellationToken cancel)
    {
        var ids = await connection.QueryAsync("SELECT id FROM corrections WHERE ticket = @ticket", r => r.GetInt64(0), tx, cancel, ("@ticket", ticket));
        return ids.Count == 1 ? await LoadAsync(connection, tx, ids[0], cancel) : null;
    }

    /// <summary>Requests without history or attachments, for lists. <paramref name="body"/> null: every body.</summary>
    public static Task<List<StoredCorrection>> ListAsync(DbConnection connection, DbTransaction? tx, string? body,
        IReadOnlyCollection<CorrectionStatus> statuses, CancellationToken cancel)
    {
        var inList = string.Join(", ", statuses.Select((_, i) => "@s" + i));
        var parameters = statuses.Select((s, i) => ("@s" + i, (object?)s.Code())).Append(("@body", body)).ToArray();
        return connection.QueryAsync($"""
            SELECT {Columns} FROM corrections
            WHERE status IN ({inList}) AND (@body IS NULL OR body = @body)
            ORDER BY COALESCE(deadline, '9999-12-31'), id
            """, Map, tx, cancel, parameters);
    }

    public static async Task<(AttachmentInfo Info, byte[] Content)?> AttachmentAsync(DbConnection connection, long correctionId, long attachmentId,
        CancellationToken cancel)
    {
        var rows = await connection.QueryAsync(
            "SELECT id, file_name, content_type, size, content FROM correction_attachments WHERE id = @id AND correction_id = @correction",
            r => (new AttachmentInfo(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt64(3)), (byte[])r.GetValue(4)),
            null, cancel, ("@id", attachmentId), ("@correction", correctionId));
        return rows.Count == 1 ? rows[0] : null;
    }

    /// <summary>Requests filed with this e-mail address (any case) at or after <paramref name="since"/>.</summary>
    public static Task<long> CountByEmailSinceAsync(DbConnection connection, DbTransaction tx, string email, DateTimeOffset since,
        CancellationToken cancel) =>
        connection.ScalarAsync<long>("SELECT COUNT(*) FROM corrections WHERE lower(email) = lower(@email) AND submitted_at >= @since",
            tx, cancel, ("@email", email), ("@since", Instant(since)));

    /// <summary>Unconfirmed requests submitted at or before <paramref name="cutoff"/>.</summary>
    public static Task<List<(long Id, DateTimeOffset Submitted)>> PendingSinceAsync(DbConnection connection, DbTransaction tx,
        DateTimeOffset cutoff, CancellationToken cancel) =>
        connection.QueryAsync("SELECT id, submitted_at FROM corrections WHERE status = @pending AND submitted_at <= @cutoff ORDER BY id",
            r => (r.GetInt64(0), ReadInstant(r.GetString(1))), tx, cancel,
            ("@pending", CorrectionStatus.Pending.Code()), ("@cutoff", Instant(cutoff)));

    /// <summary>Records that today's digest for the body went out; false when it already had.</summary>
    public static async Task<bool> MarkDigestAsync(DbConnection connection, DbTransaction tx, DateOnly day, string body,
        DateTimeOffset now, CancellationToken cancel) =>
        await connection.ExecuteAsync("INSERT INTO correction_digests (day, body, sent_at) VALUES (@day, @body, @now) ON CONFLICT DO NOTHING",
            tx, cancel, ("@day", Day(day)), ("@body", body), ("@now", Instant(now))) == 1;
}
