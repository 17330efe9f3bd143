namespace Enforcement.Api.Infrastructure.Storage;

/// <summary>Creates and migrates the schema when the API starts, before it serves anything.</summary>
internal sealed class DatabaseMigrator(Database database, IEnumerable<Migration> migrations) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => database.MigrateAsync(migrations, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
