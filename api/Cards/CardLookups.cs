using System.Threading.Channels;
using Enforcement.Api.Infrastructure.Storage;

namespace Enforcement.Api.Cards;

/// <summary>
/// Looks scanned cards up in the register many at a time: every lookup that arrives while one query is out
/// goes in the next. Each scan and each rating looks its card up, and on PostgreSQL a lookup is a round trip
/// whose cost (waking a server process, on both sides) is far more than the query's; on a busy morning one
/// query serves the dozens of lookups waiting. Alone, a lookup goes out at once, as before.
/// </summary>
public sealed class CardLookups(Database database) : IAsyncDisposable
{
    /// <summary>Large enough to absorb a burst; small enough for one short query.</summary>
    private const int MaxBatch = 128;

    private readonly Channel<(long Serial, TaskCompletionSource<CardRecord?> Found)> queue =
        Channel.CreateUnbounded<(long, TaskCompletionSource<CardRecord?>)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock starting = new();
    private Task? reader;

    public Task<CardRecord?> FindAsync(long serial, CancellationToken cancel)
    {
        var found = new TaskCompletionSource<CardRecord?>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!queue.Writer.TryWrite((serial, found))) throw new ObjectDisposedException(nameof(CardLookups));
        if (reader is null) lock (starting) reader ??= Task.Run(ReadAsync);
        return found.Task.WaitAsync(cancel);
    }

    private async Task ReadAsync()
    {
        var batch = new List<(long Serial, TaskCompletionSource<CardRecord?> Found)>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var next)) batch.Add(next);
            try
            {
                var cards = await LookUpAsync(batch.Select(b => b.Serial).Distinct().ToList());
                foreach (var (serial, found) in batch) found.TrySetResult(cards.GetValueOrDefault(serial));
            }
            catch (Exception e)
            {
                foreach (var (_, found) in batch) found.TrySetException(e);
            }
            batch.Clear();
        }
    }

    private async Task<Dictionary<long, CardRecord>> LookUpAsync(List<long> serials)
    {
        // Padded to a power of two (repeating one): a handful of query texts, each prepared once.
        while (serials.Count < 4 || (serials.Count & (serials.Count - 1)) != 0) serials.Add(serials[0]);
        await using var connection = await database.OpenAsync();
        var names = string.Join(", ", serials.Select((_, i) => "@s" + i));
        var cards = await connection.QueryAsync($"SELECT {CardSerials.Columns} FROM card_serials WHERE serial IN ({names})", CardSerials.Read,
            parameters: [.. serials.Select((s, i) => ("@s" + i, (object?)s))]);
        return cards.ToDictionary(c => c.Serial);
    }

    /// <summary>Stops taking lookups and answers those queued.</summary>
    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        if (reader is not null) await reader;
    }
}
