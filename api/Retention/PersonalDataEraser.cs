using System.Globalization;
using Enforcement.Api.Feedback;
using Enforcement.Api.Infrastructure.Storage;
using Enforcement.Corrections;
using Enforcement.Time;
using System.Data.Common;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Retention;

/// <summary>What one run erased.</summary>
public sealed record ErasureCounts(int Ratings, int Corrections, int Attachments, int Mails);

/// <summary>
/// Erases personal data whose period has ended (RetentionRules) and keeps everything else: ratings keep their
/// scores, checks, problems and comments (the statistics), requests keep what was asked and how it was answered,
/// and both histories stay whole. Sent e-mails to an erased requester lose their address and text.
/// </summary>
public sealed class PersonalDataEraser(Database database, IOptions<RetentionOptions> options, TimeProvider clock)
{
    private static readonly string[] Closed = [CorrectionStatus.Corrected.Code(), CorrectionStatus.Refused.Code(), CorrectionStatus.Lapsed.Code()];

    public async Task<ErasureCounts> RunAsync(CancellationToken cancel)
    {
        var now = clock.GetUtcNow();
        var rules = options.Value;
        await using var connection = await database.OpenAsync(cancel);
        await using var tx = await connection.BeginWriteAsync(cancel);
        // An address hash only serves its own day (RaterAddress); RatingStore clears old ones when the next rating
        // arrives, and this does it on quiet days too.
        await connection.ExecuteAsync("UPDATE ratings SET address_hash = NULL WHERE address_hash IS NOT NULL AND submitted_on < @today",
            tx, cancel, ("@today", RatingStore.Day(ChinaTime.Today(clock))));
        var ratings = await EraseRatersAsync(connection, tx, now, rules, cancel);
        var (corrections, attachments, mails) = await EraseRequestersAsync(connection, tx, now, rules, cancel);
        await tx.CommitAsync(cancel);
        return new ErasureCounts(ratings, corrections, attachments, mails);
    }

    private static async Task<int> EraseRatersAsync(DbConnection connection, DbTransaction tx, DateTimeOffset now, RetentionOptions rules,
        CancellationToken cancel)
    {
        // Nothing received since the cutoff can be due, whatever its follow-ups.
        var candidates = await connection.QueryAsync($"""
            SELECT r.id, r.created_at,
                   (SELECT MAX(h.at) FROM rating_history h WHERE h.rating_id = r.id AND h.action = '{HistoryActions.FollowUp}')
            FROM ratings r
            WHERE (r.contact IS NOT NULL OR r.address_hash IS NOT NULL) AND r.created_at <= @cutoff
            """, r => (Id: r.GetInt64(0), Received: Instant(r.GetString(1)), FollowUp: r.IsDBNull(2) ? (DateTimeOffset?)null : Instant(r.GetString(2))),
            tx, cancel, ("@cutoff", Text(now.AddDays(-rules.RaterDays))));
        var due = candidates.Where(c => RetentionRules.IsDue(RetentionRules.RaterDataDue(c.Received, c.FollowUp, rules), now)).ToList();
        foreach (var rating in due)
            await connection.ExecuteAsync(
                "UPDATE ratings SET contact = NULL, address_hash = NULL, personal_erased_at = COALESCE(personal_erased_at, @now) WHERE id = @id",
                tx, cancel, ("@now", Text(now)), ("@id", rating.Id));
        return due.Count;
    }

    private static async Task<(int Requests, int Attachments, int Mails)> EraseRequestersAsync(DbConnection connection, DbTransaction tx,
        DateTimeOffset now, RetentionOptions rules, CancellationToken cancel)
    {
        var statuses = string.Join(", ", Closed.Select(s => $"'{s}'"));
        var candidates = await connection.QueryAsync($"""
            SELECT c.id, c.email,
                   (SELECT MAX(h.at) FROM correction_history h WHERE h.correction_id = c.id AND h.status IN ({statuses}))
            FROM corrections c
            WHERE c.personal_erased_at IS NULL AND c.status IN ({statuses})
            """, r => (Id: r.GetInt64(0), Email: r.GetString(1), ClosedAt: r.IsDBNull(2) ? (DateTimeOffset?)null : Instant(r.GetString(2))),
            tx, cancel);
        var due = candidates.Where(c => RetentionRules.IsDue(RetentionRules.RequesterDataDue(c.ClosedAt, rules), now)).ToList();
        int attachments = 0, mails = 0;
        foreach (var request in due)
        {
            await connection.ExecuteAsync(
                "UPDATE corrections SET name = '', email = '', phone = NULL, personal_erased_at = @now WHERE id = @id",
                tx, cancel, ("@now", Text(now)), ("@id", request.Id));
            attachments += await connection.ExecuteAsync(
                "UPDATE correction_attachments SET file_name = '', content = @nothing, erased_at = @now WHERE correction_id = @id AND erased_at IS NULL",
                tx, cancel, ("@nothing", Array.Empty<byte>()), ("@now", Text(now)), ("@id", request.Id));
            // Only mail already sent: anything still queued is not this old, and its sender needs the address.
            if (request.Email.Length > 0 && !await StillOpenElsewhereAsync(connection, tx, request, cancel))
                mails += await connection.ExecuteAsync(
                    "UPDATE outbox SET recipient = '', body = '' WHERE recipient = @email AND sent_at IS NOT NULL",
                    tx, cancel, ("@email", request.Email));
        }
        return (due.Count, attachments, mails);
    }

    /// <summary>The same person may have another request whose period has not ended: their mail stays until it has.</summary>
    private static async Task<bool> StillOpenElsewhereAsync(DbConnection connection, DbTransaction tx, (long Id, string Email, DateTimeOffset? ClosedAt) request,
        CancellationToken cancel) =>
        await connection.ScalarAsync<long>("SELECT COUNT(*) FROM corrections WHERE email = @email AND id <> @id AND personal_erased_at IS NULL",
            tx, cancel, ("@email", request.Email), ("@id", request.Id)) > 0;

    private static string Text(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Instant(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
