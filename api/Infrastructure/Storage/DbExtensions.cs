using System.Data.Common;

namespace Enforcement.Api.Infrastructure.Storage;

/// <summary>
/// Just enough helpers that feature code reads as SQL plus parameters. Written against ADO.NET's base types so
/// the same code runs on SQLite and PostgreSQL; parameters are named @name, which both accept.
/// </summary>
public static class DbExtensions
{
    public static DbCommand Command(this DbConnection connection, string sql, DbTransaction? tx, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        foreach (var (name, value) in parameters) command.Parameters.Add(Parameter(command.CreateParameter(), name, value));
        return command;
    }

    private static DbParameter Parameter(DbParameter parameter, string name, object? value)
    {
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        // PostgreSQL must know a parameter's type even when it is NULL (`@x IS NULL`, COALESCE(@x, ...));
        // the nullable values the features pass are all text.
        if (value is null) parameter.DbType = System.Data.DbType.String;
        return parameter;
    }

    /// <summary>
    /// Statements in one round trip where the provider batches (PostgreSQL), one after another where it does
    /// not (SQLite, in process, has no round trips to save). Each keeps its own text, so a statement repeated
    /// in the batch is parsed and planned once (prepared) rather than once per copy.
    /// </summary>
    public static async Task ExecuteBatchAsync(this DbConnection connection, DbTransaction tx,
        IEnumerable<(string Sql, (string Name, object? Value)[] Parameters)> statements, CancellationToken cancel = default)
    {
        if (!connection.CanCreateBatch)
        {
            foreach (var (sql, parameters) in statements) await connection.ExecuteAsync(sql, tx, cancel, parameters);
            return;
        }
        await using var batch = Batch(connection, tx, statements);
        if (batch.BatchCommands.Count > 0) await batch.ExecuteNonQueryAsync(cancel);
    }

    /// <summary>
    /// Queries in one round trip where the provider batches (PostgreSQL), one after another where it does not;
    /// each row of each query's result goes to that query's reader.
    /// </summary>
    public static async Task QueryBatchAsync(this DbConnection connection, DbTransaction tx,
        IReadOnlyList<(string Sql, (string Name, object? Value)[] Parameters, Action<DbDataReader> Read)> queries, CancellationToken cancel = default)
    {
        if (!connection.CanCreateBatch)
        {
            foreach (var (sql, parameters, read) in queries)
            {
                await using var command = connection.Command(sql, tx, parameters);
                await using var rows = await command.ExecuteReaderAsync(cancel);
                while (await rows.ReadAsync(cancel)) read(rows);
            }
            return;
        }
        await using var batch = Batch(connection, tx, queries.Select(q => (q.Sql, q.Parameters)));
        await using var reader = await batch.ExecuteReaderAsync(cancel);
        for (var i = 0; i < queries.Count; i++)
        {
            if (i > 0) await reader.NextResultAsync(cancel);
            while (await reader.ReadAsync(cancel)) queries[i].Read(reader);
        }
    }

    private static DbBatch Batch(DbConnection connection, DbTransaction tx, IEnumerable<(string Sql, (string Name, object? Value)[] Parameters)> statements)
    {
        var batch = connection.CreateBatch();
        batch.Transaction = tx;
        foreach (var (sql, parameters) in statements)
        {
            var command = batch.CreateBatchCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters) command.Parameters.Add(Parameter(command.CreateParameter(), name, value));
            batch.BatchCommands.Add(command);
        }
        return batch;
    }

    public static async Task<int> ExecuteAsync(this DbConnection connection, string sql, DbTransaction? tx = null,
        CancellationToken cancel = default, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.Command(sql, tx, parameters);
        return await command.ExecuteNonQueryAsync(cancel);
    }

    public static async Task<T?> ScalarAsync<T>(this DbConnection connection, string sql, DbTransaction? tx = null,
        CancellationToken cancel = default, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.Command(sql, tx, parameters);
        var value = await command.ExecuteScalarAsync(cancel);
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<List<T>> QueryAsync<T>(this DbConnection connection, string sql, Func<DbDataReader, T> map,
        DbTransaction? tx = null, CancellationToken cancel = default, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.Command(sql, tx, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancel);
        var list = new List<T>();
        while (await reader.ReadAsync(cancel)) list.Add(map(reader));
        return list;
    }

    /// <summary>
    /// The parameter names for <c>x IN (...)</c> and their values, padded to a power of two (at least 4) by
    /// repeating the first: a handful of query texts, each prepared once on PostgreSQL, instead of one per count.
    /// There must be at least one value.
    /// </summary>
    public static (string Names, (string Name, object? Value)[] Parameters) InList<T>(IEnumerable<T> values, string prefix)
    {
        var list = values.ToList();
        while (list.Count < 4 || (list.Count & (list.Count - 1)) != 0) list.Add(list[0]);
        var parameters = list.Select((v, i) => (prefix + i, (object?)v)).ToArray();
        return (string.Join(", ", parameters.Select(p => p.Item1)), parameters);
    }

    public static string? StringOrNull(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>
    /// A transaction for a change that reads then writes (a counter, a cap, a check before an insert): writers
    /// take turns, so what was read is still true at the commit. SQLite: BEGIN IMMEDIATE. PostgreSQL: a
    /// transaction-scoped advisory lock, which serialises the writers of every instance on the database.
    /// </summary>
    public static async Task<DbTransaction> BeginWriteAsync(this DbConnection connection, CancellationToken cancel = default)
    {
        if (connection is Microsoft.Data.Sqlite.SqliteConnection sqlite) return sqlite.BeginTransaction(deferred: false);
        var tx = await connection.BeginTransactionAsync(cancel);
        await connection.ExecuteAsync("SELECT pg_advisory_xact_lock(@key)", tx, cancel, ("@key", StoreDialect.WriteLock));
        return tx;
    }
}
