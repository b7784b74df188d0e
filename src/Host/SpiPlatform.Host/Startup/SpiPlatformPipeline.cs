using SpiPlatform.Host.Auth;
using SpiPlatform.Host.GraphQL;
using SpiPlatform.Host.Health;
using SpiPlatform.Host.Jobs;
using SpiPlatform.Host.Localization;
using SpiPlatform.Host.Security;
using SpiPlatform.Protocols;
using SpiPlatform.QualityAssurance;
using SpiPlatform.Metrics;
using SpiPlatform.Notifications;
using SpiPlatform.Training;
using SpiPlatform.Signatories;

namespace SpiPlatform.Host.Startup;

/// <summary>The HTTP pipeline and endpoints.</summary>
internal static class SpiPlatformPipeline
{
    public static void UseSpiPlatform(this WebApplication app)
    {
        // First, so every answer carries the headers: pages, static files, errors, the API.
        app.UseSpiSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseStaticFiles();
        app.UseSpiLocalization();
        app.UseLoginRateLimiting();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapSpiHealthChecks();
        app.MapOAuthEndpoints();
        app.MapSpiGraphQL();
        app.MapSpiJobs();
        app.MapSignatories();
        app.MapProtocols();
        app.MapQualityAssurance();
        app.MapTraining();
        app.MapNotifications();
        app.MapMetricsModule();
        app.MapRazorPages();
    }
}
