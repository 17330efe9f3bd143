namespace Enforcement.Api.Infrastructure;

// Placeholder until written: storage, mail outbox, rate limits, admin keys, problem details.
internal static class PortalInfrastructure
{
    public static WebApplicationBuilder AddPortalInfrastructure(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<PortalOptions>(builder.Configuration.GetSection(PortalOptions.Section));
        builder.Services.AddProblemDetails();
        return builder;
    }

    public static WebApplication UsePortalInfrastructure(this WebApplication app) => app;

    public static WebApplication MapPortalPreview(this WebApplication app) => app;
}
