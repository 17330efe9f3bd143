namespace Enforcement.Api.Infrastructure.Storage;

/// <summary>One schema change, applied once; features register theirs with AddMigrations. Ids sort in order.</summary>
public sealed record Migration(string Id, string Sql);
