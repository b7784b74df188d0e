using Microsoft.AspNetCore.DataProtection;
using SpiPlatform.Host.Auth;
using SpiPlatform.Host.Data;
using SpiPlatform.Host.GraphQL;
using SpiPlatform.Host.Health;
using SpiPlatform.Host.Jobs;
using SpiPlatform.Host.Localization;
using SpiPlatform.Host.Security;
using SpiPlatform.SharedKernel.Data;
using SpiPlatform.Protocols;
using SpiPlatform.QualityAssurance;
using SpiPlatform.Signatories;
using SpiPlatform.Metrics;
using SpiPlatform.Notifications;
using SpiPlatform.Training;

namespace SpiPlatform.Host.Startup;

/// <summary>Composes the platform's services. Business modules are added here as they arrive (docs/ARCHITECTURE.md, "Adding a module").</summary>
internal static class SpiPlatformServices
{
    public static void AddSpiPlatform(this WebApplicationBuilder builder)
    {
        builder.Configuration.AddSpiEnvironmentVariables();
        var services = builder.Services;

        builder.Logging.ClearProviders();
        if (builder.Environment.IsProduction())
        {
            // One JSON object per line, with scopes, for the log collector.
            builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        }
        else
        {
            builder.Logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss ";
            });
        }

        services.AddDatabaseOptions(builder.Configuration);
        services.AddModuleDbContext<PlatformDbContext>(PlatformDbContext.Schema);
        services.AddDataProtection()
            .SetApplicationName("SpiPlatform")
            .PersistKeysToDbContext<PlatformDbContext>();
        services.AddOptions<DemoDataOptions>().BindConfiguration(DemoDataOptions.Section)
            .Validate(o => !o.Seed || !builder.Environment.IsProduction(), "demo data is never seeded in Production: remove Demo:Seed.")
            .ValidateOnStart();

        services.AddProblemDetails();
        services.AddSpiAuth(builder.Environment, builder.Configuration);
        services.AddSpiLocalization();
        services.AddSpiGraphQL();
        services.AddSpiJobs();
        services.AddSpiHealthChecks();
        services.AddScoped<InTray.InTray>();

        // Business modules, each in its own schema (docs/ARCHITECTURE.md, rule 6).
        services.AddSignatories();
        services.AddProtocols();
        services.AddQualityAssurance();
        services.AddTraining();
        services.AddNotifications();
        // Last: its back-fill reads the demo data the modules above seed.
        services.AddMetricsModule();

        services.AddRazorPages()
            .AddViewLocalization()
            .AddDataAnnotationsLocalization();
        services.AddAntiforgery(o =>
        {
            o.HeaderName = "RequestVerificationToken";
            o.Cookie.Name = "spi.antiforgery";
        });
        services.AddSpiSecurityHeaders(builder.Environment);
        services.AddLoginRateLimiting(builder.Configuration);
    }
}
