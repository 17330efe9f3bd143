using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Text.Json;
using MimeKit;

namespace Enforcement.Api.Tests.Harness;

/// <summary>A burst of submissions to the real API process, killed with SIGKILL once enough were acknowledged.</summary>
internal static class KilledBurst
{
    /// <summary>
    /// Sends submissions 0..burst-1 (at most <paramref name="inFlight"/> at a time) and kills the API once
    /// <paramref name="killAfter"/> were acknowledged. <paramref name="send"/> returns what an acknowledgement
    /// carried, or null when the submission was not acknowledged. Checks that the kill landed inside the burst.
    /// </summary>
    public static async Task<List<T>> RunAsync<T>(ApiProcess api, int burst, int killAfter, int inFlight, Func<int, Task<T?>> send)
        where T : struct
    {
        var acknowledged = new ConcurrentBag<T>();
        var enough = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var slots = new SemaphoreSlim(inFlight);
        var sends = Enumerable.Range(0, burst).Select(async i =>
        {
            await slots.WaitAsync();
            try
            {
                if (await send(i) is not { } ack) return;
                acknowledged.Add(ack);
                if (acknowledged.Count >= killAfter) enough.TrySetResult();
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException or JsonException or SocketException)
            {
                // Cut off by the kill: never acknowledged, so nothing is owed. A connection the kill cuts while it is being
                // made can surface as a bare SocketException (Transport endpoint is not connected, from a fresh CI run).
            }
            finally
            {
                slots.Release();
            }
        }).ToList();
        await Task.WhenAny(enough.Task, Task.WhenAll(sends));
        api.Kill();
        await Task.WhenAll(sends);

        var acked = acknowledged.ToList();
        Assert.True(acked.Count >= killAfter, $"only {acked.Count} acknowledged before the kill");
        Assert.True(acked.Count < burst, "the kill came after the whole burst had been answered; it proves nothing");
        return acked;
    }

    /// <summary>
    /// Waits (up to 30 s) for an e-mail in the pickup folder naming each of <paramref name="references"/> in its
    /// subject: what the restarted API still owes from the outbox. Returns those never sent.
    /// </summary>
    public static async Task<HashSet<string>> UnsentAsync(string pickup, IEnumerable<string> references)
    {
        var waiting = references.ToHashSet();
        for (var tries = 0; tries < 150 && waiting.Count > 0; tries++)
        {
            var subjects = (Directory.Exists(pickup) ? Directory.GetFiles(pickup, "*.eml") : []).Select(f => MimeMessage.Load(f).Subject ?? "").ToList();
            waiting.RemoveWhere(r => subjects.Any(s => s.Contains(r, StringComparison.Ordinal)));
            if (waiting.Count > 0) await Task.Delay(200);
        }
        return waiting;
    }
}
