using Microsoft.Extensions.Options;
using Enforcement.Api.Infrastructure.Storage;

namespace Enforcement.Api.Corrections;

public static class CorrectionsSetup
{
    /// <summary>Options (Portal:Corrections), schema, the desk, the no-JS pages and the background jobs.</summary>
    public static WebApplicationBuilder AddCorrections(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<CorrectionOptions>().Bind(builder.Configuration.GetSection(CorrectionOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CorrectionOptions>, CorrectionOptionsValidator>();
        services.AddMigrations(CorrectionSchema.Migrations);
        services.AddSingleton<CorrectionDesk>();
        services.AddSingleton<CorrectionJobs>();
        services.AddHostedService(sp => sp.GetRequiredService<CorrectionJobs>());
        return builder;
    }
}
