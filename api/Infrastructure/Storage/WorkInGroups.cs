using System.Threading.Channels;

namespace Enforcement.Api.Infrastructure.Storage;

/// <summary>
/// Items handled a group at a time by one worker: each group is whatever arrived while the previous one was
/// being handled (up to <paramref name="maxGroup"/>), so under load one round trip or one commit serves many,
/// and alone an item is handled at once. <paramref name="handle"/> answers every item of its group itself,
/// failures included: it must not throw.
/// </summary>
public sealed class WorkInGroups<T>(int maxGroup, Func<List<T>, Task> handle) : IAsyncDisposable
{
    private readonly Channel<T> queue = Channel.CreateUnbounded<T>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock starting = new();
    private Task? worker;

    /// <summary>Queues the item; the worker starts with the first.</summary>
    public void Add(T item)
    {
        if (!queue.Writer.TryWrite(item)) throw new ObjectDisposedException(GetType().Name);
        if (worker is null) lock (starting) worker ??= Task.Run(WorkAsync);
    }

    private async Task WorkAsync()
    {
        var group = new List<T>(maxGroup);
        while (await queue.Reader.WaitToReadAsync())
        {
            while (group.Count < maxGroup && queue.Reader.TryRead(out var next)) group.Add(next);
            await handle(group);
            group.Clear();
        }
    }

    /// <summary>Stops taking items and waits for those queued to be handled.</summary>
    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        if (worker is not null) await worker;
    }
}
