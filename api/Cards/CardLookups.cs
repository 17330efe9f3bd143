using Enforcement.Api.Infrastructure.Storage;

namespace Enforcement.Api.Cards;

/// <summary>
/// Looks scanned cards up in the register many at a time: every lookup that arrives while one query is out
/// goes in the next. Each scan looks its card up (a rating asks the register within its own write, RatingBatch),
/// and on PostgreSQL a lookup is a round trip whose cost (waking a server process, on both sides) is far more
/// than the query's; on a busy morning one query serves the dozens of lookups waiting. Alone, a lookup goes out
/// at once, as before.
/// </summary>
public sealed class CardLookups : IAsyncDisposable
{
    /// <summary>Large enough to absorb a burst; small enough for one short query.</summary>
    private const int MaxBatch = 128;

    private readonly Database database;
    private readonly WorkInGroups<(long Serial, TaskCompletionSource<CardRecord?> Found)> queue;

    public CardLookups(Database database)
    {
        this.database = database;
        queue = new(MaxBatch, AnswerAsync);
    }

    public Task<CardRecord?> FindAsync(long serial, CancellationToken cancel)
    {
        var found = new TaskCompletionSource<CardRecord?>(TaskCreationOptions.RunContinuationsAsynchronously);
        queue.Add((serial, found));
        return found.Task.WaitAsync(cancel);
    }

    private async Task AnswerAsync(List<(long Serial, TaskCompletionSource<CardRecord?> Found)> group)
    {
        try
        {
            var cards = await LookUpAsync(group.Select(b => b.Serial).Distinct());
            foreach (var (serial, found) in group) found.TrySetResult(cards.GetValueOrDefault(serial));
        }
        catch (Exception e)
        {
            foreach (var (_, found) in group) found.TrySetException(e);
        }
    }

    private async Task<Dictionary<long, CardRecord>> LookUpAsync(IEnumerable<long> serials)
    {
        var (names, parameters) = DbExtensions.InList(serials, "@s");
        await using var connection = await database.OpenAsync();
        var cards = await connection.QueryAsync($"SELECT {CardSerials.Columns} FROM card_serials WHERE serial IN ({names})", CardSerials.Read,
            parameters: parameters);
        return cards.ToDictionary(c => c.Serial);
    }

    /// <summary>Stops taking lookups and answers those queued.</summary>
    public ValueTask DisposeAsync() => queue.DisposeAsync();
}
