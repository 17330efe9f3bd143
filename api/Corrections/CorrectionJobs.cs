using Microsoft.Extensions.Options;

namespace Enforcement.Api.Corrections;

/// <summary>Records lapsed requests and sends the daily overdue reminders, every few minutes.</summary>
internal sealed class CorrectionJobs(CorrectionDesk desk, IOptions<CorrectionOptions> options, TimeProvider clock, ILogger<CorrectionJobs> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Correction jobs failed; will retry");
            }
            try { await Task.Delay(options.Value.JobInterval, clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    public async Task RunOnceAsync(CancellationToken cancel)
    {
        var lapsed = await desk.LapseDueAsync(cancel);
        var digests = await desk.SendOverdueDigestsAsync(cancel);
        if (lapsed + digests > 0)
            logger.LogInformation("Corrections: {Lapsed} lapsed, {Digests} overdue reminders queued", lapsed, digests);
    }
}
