using Enforcement.Api.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Retention;

/// <summary>Runs the erasure once a day (Portal:Retention:Interval), and once at start-up.</summary>
internal sealed class RetentionJob(PersonalDataEraser eraser, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<RetentionJob> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var erased = await eraser.RunAsync(stoppingToken);
                if (erased.Ratings + erased.Corrections > 0)
                    logger.LogInformation("Retention: personal data erased from {Ratings} ratings and {Corrections} correction requests ({Attachments} attachments, {Mails} sent e-mails)",
                        erased.Ratings, erased.Corrections, erased.Attachments, erased.Mails);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Retention job failed; will retry at the next run");
            }
            try { await Task.Delay(options.Value.Interval, clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }
}

public static class RetentionSetup
{
    /// <summary>Options (Portal:Retention), the schema change that lets erasure through, and the daily job.</summary>
    public static WebApplicationBuilder AddRetention(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<RetentionOptions>(builder.Configuration.GetSection(RetentionOptions.Section));
        builder.Services.AddMigrations(RetentionSchema.Migrations);
        builder.Services.AddSingleton<PersonalDataEraser>();
        builder.Services.AddHostedService<RetentionJob>();
        return builder;
    }
}
