using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Enforcement.Api.Infrastructure.Storage;

/// <summary>
/// The API's store: the SQLite file (the default: one instance, nothing to run beside it), or PostgreSQL when
/// Portal:Postgres is set (several instances sharing one truth). SQLite runs in WAL with synchronous=FULL and
/// PostgreSQL with its default synchronous_commit=on: once a transaction commits (and the request is
/// acknowledged) it survives a crash or kill -9. SQLite's secure_delete overwrites what retention erases
/// (contacts, address hashes, attachments) instead of leaving it in free pages of the file.
/// </summary>
public sealed class Database : IAsyncDisposable
{
    private readonly string? sqlite;
    private readonly NpgsqlDataSource? postgres;

    public Database(IOptions<PortalOptions> options)
    {
        if (options.Value.Postgres is { Length: > 0 } connectionString)
        {
            var settings = new NpgsqlConnectionStringBuilder(connectionString)
            {
                // No DISCARD ALL each time a connection goes back to the pool (a round trip per request): the API
                // keeps no session state of its own (no temporary tables, session settings or session locks).
                NoResetOnClose = true,
            };
            // The same few statements run thousands of times a second (the card lookup, the rating batch): prepared
            // once per connection, PostgreSQL stops parsing and planning them each time. A setting in the
            // connection string wins.
            if (settings.MaxAutoPrepare == 0) settings.MaxAutoPrepare = 64;
            postgres = NpgsqlDataSource.Create(settings.ConnectionString);
            Dialect = StoreDialect.Postgres;
            return;
        }
        var path = Path.GetFullPath(options.Value.Database);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        sqlite = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        Dialect = StoreDialect.Sqlite;
    }

    public StoreDialect Dialect { get; }

    /// <summary>Where the data is, for people: the SQLite file's full path, or the PostgreSQL server and database (no password).</summary>
    public string Describe
    {
        get
        {
            if (sqlite is not null) return new SqliteConnectionStringBuilder(sqlite).DataSource;
            var server = new NpgsqlConnectionStringBuilder(postgres!.ConnectionString);
            return $"PostgreSQL {server.Host}/{server.Database}";
        }
    }

    public async Task<DbConnection> OpenAsync(CancellationToken cancel = default)
    {
        if (postgres is not null) return await postgres.OpenConnectionAsync(cancel);
        var connection = new SqliteConnection(sqlite);
        await connection.OpenAsync(cancel);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000; PRAGMA secure_delete=ON;";
        await pragma.ExecuteNonQueryAsync(cancel);
        return connection;
    }

    /// <summary>
    /// Applies every registered migration not yet applied, in id order, each in its own transaction. On
    /// PostgreSQL each holds an advisory lock, so instances starting together apply each migration once.
    /// </summary>
    public async Task MigrateAsync(IEnumerable<Migration> migrations, CancellationToken cancel = default)
    {
        await using var connection = await OpenAsync(cancel);
        await using (var tx = await BeginMigrationAsync(connection, cancel))
        {
            await connection.ExecuteAsync("CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)", tx, cancel);
            await tx.CommitAsync(cancel);
        }
        foreach (var migration in migrations.OrderBy(m => m.Id, StringComparer.Ordinal))
        {
            await using var tx = await BeginMigrationAsync(connection, cancel);
            var applied = await connection.ScalarAsync<long>("SELECT COUNT(*) FROM schema_migrations WHERE id = @id", tx, cancel, ("@id", migration.Id));
            if (applied > 0) continue;
            await connection.ExecuteAsync(Dialect.SqlFor(migration), tx, cancel);
            await connection.ExecuteAsync("INSERT INTO schema_migrations (id, applied_at) VALUES (@id, @at)", tx, cancel,
                ("@id", migration.Id), ("@at", DateTimeOffset.UtcNow.ToString("O")));
            await tx.CommitAsync(cancel);
        }
    }

    private async Task<DbTransaction> BeginMigrationAsync(DbConnection connection, CancellationToken cancel)
    {
        var tx = await connection.BeginTransactionAsync(cancel);
        if (Dialect.IsPostgres)
            await connection.ExecuteAsync("SELECT pg_advisory_xact_lock(@key)", tx, cancel, ("@key", StoreDialect.MigrationLock));
        return tx;
    }

    public ValueTask DisposeAsync() => postgres?.DisposeAsync() ?? ValueTask.CompletedTask;
}
