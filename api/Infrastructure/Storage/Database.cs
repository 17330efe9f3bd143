using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Infrastructure.Storage;

/// <summary>
/// The API's SQLite file. WAL with synchronous=FULL: once a transaction commits (and the request is
/// acknowledged) it survives a crash or kill -9.
/// </summary>
public sealed class Database
{
    private readonly string connectionString;

    public Database(IOptions<PortalOptions> options)
    {
        var path = Path.GetFullPath(options.Value.Database);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        FilePath = path;
    }

    public string FilePath { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancel = default)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancel);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000;";
        await pragma.ExecuteNonQueryAsync(cancel);
        return connection;
    }

    /// <summary>Applies every registered migration not yet applied, in id order, each in its own transaction.</summary>
    public async Task MigrateAsync(IEnumerable<Migration> migrations, CancellationToken cancel = default)
    {
        await using var connection = await OpenAsync(cancel);
        await connection.ExecuteAsync("CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)", cancel: cancel);
        foreach (var migration in migrations.OrderBy(m => m.Id, StringComparer.Ordinal))
        {
            await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancel);
            var applied = await connection.ScalarAsync<long>("SELECT COUNT(*) FROM schema_migrations WHERE id = $id", tx, cancel, ("$id", migration.Id));
            if (applied > 0) continue;
            await connection.ExecuteAsync(migration.Sql, tx, cancel);
            await connection.ExecuteAsync("INSERT INTO schema_migrations (id, applied_at) VALUES ($id, $at)", tx, cancel,
                ("$id", migration.Id), ("$at", DateTimeOffset.UtcNow.ToString("O")));
            await tx.CommitAsync(cancel);
        }
    }
}
