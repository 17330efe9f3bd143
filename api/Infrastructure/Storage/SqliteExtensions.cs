using Microsoft.Data.Sqlite;

namespace Enforcement.Api.Infrastructure.Storage;

/// <summary>Just enough helpers that feature code reads as SQL plus parameters.</summary>
public static class SqliteExtensions
{
    public static SqliteCommand Command(this SqliteConnection connection, string sql, SqliteTransaction? tx, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    public static async Task<int> ExecuteAsync(this SqliteConnection connection, string sql, SqliteTransaction? tx = null,
        CancellationToken cancel = default, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.Command(sql, tx, parameters);
        return await command.ExecuteNonQueryAsync(cancel);
    }

    public static async Task<T?> ScalarAsync<T>(this SqliteConnection connection, string sql, SqliteTransaction? tx = null,
        CancellationToken cancel = default, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.Command(sql, tx, parameters);
        var value = await command.ExecuteScalarAsync(cancel);
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<List<T>> QueryAsync<T>(this SqliteConnection connection, string sql, Func<SqliteDataReader, T> map,
        SqliteTransaction? tx = null, CancellationToken cancel = default, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.Command(sql, tx, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancel);
        var list = new List<T>();
        while (await reader.ReadAsync(cancel)) list.Add(map(reader));
        return list;
    }

    public static string? StringOrNull(this SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
