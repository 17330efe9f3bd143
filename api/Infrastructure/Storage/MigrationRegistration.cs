namespace Enforcement.Api.Infrastructure.Storage;

public static class MigrationRegistration
{
    /// <summary>Registers a feature's schema changes; DatabaseMigrator applies them all at start-up.</summary>
    public static IServiceCollection AddMigrations(this IServiceCollection services, IEnumerable<Migration> migrations)
    {
        foreach (var migration in migrations) services.AddSingleton(migration);
        return services;
    }
}
