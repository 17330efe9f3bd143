using System.Data.Common;
using Enforcement.Api.Infrastructure.Mail;
using Enforcement.Api.Infrastructure.Storage;

namespace Enforcement.Api.Feedback;

/// <summary>What happened to a rating handed to the store.</summary>
public abstract record SaveOutcome
{
    public sealed record Saved(string Reference) : SaveOutcome;

    /// <summary>This card was already rated from this address today.</summary>
    public sealed record AlreadyRatedToday : SaveOutcome;

    /// <summary>The register says the card may not rate (withdrawn, replaced, or unknown to it).</summary>
    public sealed record CardRefused(Cards.CardVerdict Card) : SaveOutcome;
}

/// <summary>
/// Writes accepted ratings: the card checked in the register, the rating, its first history entry and any
/// e-mail, in one transaction. Group commit: one writer takes every rating waiting and commits them together
/// (RatingBatch), and each request is answered only once its batch has committed. A commit costs one flush to disk however many ratings it
/// holds, so under load the flushes are shared instead of queued; nothing is acknowledged before it is durable.
/// </summary>
public sealed class RatingStore : IAsyncDisposable
{
    private readonly Database database;
    private readonly ILogger<RatingStore> logger;

    public const string Prefix = "PJ";

    /// <summary>Enough to share a flush widely; small enough that one transaction stays short.</summary>
    internal const int MaxBatch = 256;

    private readonly WorkInGroups<PendingRating> queue;

    /// <summary>
    /// The day before which this instance last cleared the address hashes: the first batch of each day clears
    /// the earlier days' (another instance may have done so already; clearing twice clears nothing).
    /// </summary>
    private DateOnly hashesClearedBefore;

    public RatingStore(Database database, ILogger<RatingStore> logger)
    {
        (this.database, this.logger) = (database, logger);
        queue = new WorkInGroups<PendingRating>(MaxBatch, CommitAsync);
    }

    public Task<SaveOutcome> SaveAsync(RatingRequest rating, string addressHash, DateTimeOffset nowChina,
        Func<string, OutboxMessage?> notification, CancellationToken cancel)
    {
        var pending = new PendingRating(rating, addressHash, nowChina, notification);
        queue.Add(pending);
        // A request that goes away still has its rating written (or not) with its batch; it is just not told.
        return pending.Done.Task.WaitAsync(cancel);
    }

    /// <summary>
    /// Whether this card was rated from this address today. The card's page asks, so that someone who scans it again
    /// reads so at once instead of filling in a form that would only be refused (a read: the batch stays the rule).
    /// </summary>
    public async Task<bool> RatedTodayAsync(string certificate, string addressHash, DateOnly today, CancellationToken cancel)
    {
        await using var connection = await database.OpenAsync(cancel);
        return await connection.ScalarAsync<long>(
            "SELECT COUNT(*) FROM ratings WHERE certificate = @c AND submitted_on = @d AND address_hash = @a", null, cancel,
            ("@c", certificate), ("@d", Day(today)), ("@a", addressHash)) > 0;
    }

    /// <summary>Commits the batch and answers each request; should the batch fail, each rating is tried alone.</summary>
    private async Task CommitAsync(List<PendingRating> batch)
    {
        try
        {
            var today = batch.Min(p => p.Today);
            var outcomes = await RatingBatch.WriteAsync(database, batch, clearEarlierHashes: today > hashesClearedBefore, CancellationToken.None);
            hashesClearedBefore = today;
            for (var i = 0; i < batch.Count; i++) batch[i].Done.TrySetResult(outcomes[i]);
            return;
        }
        catch (Exception e) when (batch.Count > 1)
        {
            logger.LogWarning(e, "A batch of {Count} ratings failed; writing them one by one", batch.Count);
        }
        catch (Exception e)
        {
            batch[0].Done.TrySetException(e);
            return;
        }
        foreach (var one in batch) await CommitAsync([one]);
    }

    internal static Task AppendHistoryAsync(DbConnection connection, DbTransaction? tx, long ratingId, string at, string actor,
        string action, string? note, CancellationToken cancel) =>
        connection.ExecuteAsync("INSERT INTO rating_history (rating_id, at, actor, action, note) VALUES (@id, @at, @actor, @action, @note)",
            tx, cancel, ("@id", ratingId), ("@at", at), ("@actor", actor), ("@action", action), ("@note", note));

    /// <summary>Stops taking ratings and waits for those queued to be written.</summary>
    public ValueTask DisposeAsync() => queue.DisposeAsync();

    internal static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    internal static DateOnly DayFrom(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A rating waiting for its batch; <see cref="Done"/> completes once the batch has committed.</summary>
internal sealed record PendingRating(RatingRequest Rating, string AddressHash, DateTimeOffset NowChina, Func<string, OutboxMessage?> Notification)
{
    public TaskCompletionSource<SaveOutcome> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public DateOnly Today => DateOnly.FromDateTime(NowChina.DateTime);
}

/// <summary>The kinds of rating_history entries.</summary>
public static class HistoryActions
{
    public const string Received = "received";
    public const string Notified = "notified";
    /// <summary>The supervision office's follow-up: only this makes a rating 已跟进.</summary>
    public const string FollowUp = "follow-up";
    /// <summary>
    /// What the rated officer's own body says of it. Ratings go to the supervision office, not to the officer's unit
    /// (CONTENT.md), so the body's word is kept beside the office's follow-up and never stands in for it.
    /// </summary>
    public const string BodyNote = "body-note";
}
