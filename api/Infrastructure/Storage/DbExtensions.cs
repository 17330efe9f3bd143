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
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            // PostgreSQL must know a parameter's type even when it is NULL (`@x IS NULL`, COALESCE(@x, ...));
            // the nullable values the features pass are all text.
            if (value is null) parameter.DbType = System.Data.DbType.String;
            command.Parameters.Add(parameter);
        }
        return command;
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
