namespace Enforcement.Api.Infrastructure.Storage;

/// <summary>
/// One schema change, applied once; features register theirs with AddMigrations. Ids sort in order, and the
/// history is the same on both stores. <paramref name="Postgres"/>: the text for PostgreSQL where SQLite's
/// cannot serve (triggers); null when <paramref name="Sql"/> does for both (see StoreDialect.SqlFor).
/// </summary>
public sealed record Migration(string Id, string Sql, string? Postgres = null);
