using Enforcement.Api.Infrastructure.Data;
using Enforcement.Api.Infrastructure.Limits;
using Enforcement.Api.Infrastructure.Mail;
using Enforcement.Api.Infrastructure.Pages;
using Enforcement.Api.Infrastructure.Preview;
using Enforcement.Api.Infrastructure.Proxies;
using Enforcement.Api.Infrastructure.Staff;
using Enforcement.Api.Infrastructure.Storage;
using Enforcement.Cards;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Infrastructure;

/// <summary>What every feature stands on: options, storage, the mail outbox, limits, staff keys, error pages.</summary>
public static class PortalInfrastructure
{
    public static WebApplicationBuilder AddPortalInfrastructure(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<PortalOptions>().Bind(builder.Configuration.GetSection(PortalOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PortalOptions>, PortalOptionsValidator>();
        services.AddProblemDetails();
        builder.AddTrustedProxies();
        // The one clock (tests replace it).
        services.AddSingleton(TimeProvider.System);

        services.AddSingleton<Database>();
        services.AddMigrations(MailOutbox.Migrations);
        services.AddMigrations(JobRuns.Migrations);
        services.AddHostedService<DatabaseMigrator>();

        services.AddSingleton<IMailTransport>(sp =>
        {
            var mail = sp.GetRequiredService<IOptions<PortalOptions>>().Value.Mail;
            return string.IsNullOrWhiteSpace(mail.Host) ? new PickupFolderTransport(Path.GetFullPath(mail.Pickup)) : new SmtpTransport(mail);
        });
        services.AddSingleton<OutboxSender>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxSender>());

        services.AddPortalRateLimits();
        services.AddSingleton<StaffKeys>();
        services.AddSingleton<PortalData>();
        services.AddHttpContextAccessor();
        services.AddSingleton<PageRenderer>();
        services.AddSingleton(sp =>
        {
            var key = CardKeyStore.Resolve(sp.GetRequiredService<IOptions<PortalOptions>>().Value.CardKey, Directory.GetCurrentDirectory());
            if (key.IsDevelopment)
                sp.GetRequiredService<ILogger<PortalData>>().LogWarning(
                    "Using the DEVELOPMENT card key in {Path}; set Portal:CardKey in production.", CardKeyStore.DevelopmentKeyPath);
            return key;
        });
        return builder;
    }

    public static WebApplication UsePortalInfrastructure(this WebApplication app)
    {
        app.UseTrustedProxies();
        app.UseSecurityHeaders();
        // Unhandled errors become a Chinese problem details answer, never a stack trace.
        app.UseExceptionHandler(error => error.Run(context => PortalProblems.ServerError().ExecuteAsync(context)));
        app.UseStatusCodePages(async status =>
        {
            var context = status.HttpContext;
            if (!context.Request.Path.StartsWithSegments("/api") || context.Response.HasStarted || context.Response.ContentLength is not null) return;
            // A person who reopens a form's address or follows a dead link reads a page; scripts keep the problem.
            if (AddressAnswers.IsBrowserNavigation(context.Request) && AddressAnswers.For(context.Request.Path, context.Response.StatusCode) is { } answer)
            {
                var pages = context.RequestServices.GetRequiredService<PageRenderer>();
                await (await pages.PageAsync<AddressPage>(answer.Title, new Dictionary<string, object?> { [nameof(AddressPage.Answer)] = answer },
                    context.Response.StatusCode)).ExecuteAsync(context);
                return;
            }
            await PortalProblems.ForStatus(context.Response.StatusCode).ExecuteAsync(context);
        });
        app.UsePortalPreviewRewrites();
        app.UseRouting();
        app.UseRateLimiter();
        // The staff console's session cookie and its forms' tokens (api/Staff); machine keys are checked per group.
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseMiddleware<BodySizeLimitMiddleware>();
        return app;
    }
}
