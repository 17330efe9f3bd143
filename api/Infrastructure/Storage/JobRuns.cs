using System.Data.Common;
using System.Globalization;

namespace Enforcement.Api.Infrastructure.Storage;

/// <summary>
/// Daily jobs run once a day however many instances share the database: the first to insert the (job, day)
/// row runs the job, in the same transaction, and the others find the row taken. A run that fails rolls its
/// claim back with it, so the next attempt (on any instance) runs it again.
/// </summary>
public static class JobRuns
{
    public static readonly Migration[] Migrations =
    [
        new("0010-job-runs", """
            CREATE TABLE job_runs (
                job TEXT NOT NULL,
                day TEXT NOT NULL,
                started_at TEXT NOT NULL,
                PRIMARY KEY (job, day)
            );
            """),
    ];

    /// <summary>True when this caller is the one to run <paramref name="job"/> for <paramref name="day"/>.</summary>
    public static async Task<bool> ClaimAsync(DbConnection connection, DbTransaction tx, string job, DateOnly day, DateTimeOffset now,
        CancellationToken cancel) =>
        await connection.ExecuteAsync("INSERT INTO job_runs (job, day, started_at) VALUES (@job, @day, @now) ON CONFLICT DO NOTHING",
            tx, cancel, ("@job", job), ("@day", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("@now", now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture))) == 1;
}
