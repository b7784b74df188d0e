using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SpiPlatform.Host.Health;

/// <summary><c>/health/live</c>: the process answers. <c>/health/ready</c>: the database answers and every schema is migrated.</summary>
internal static class HealthServices
{
    private const string ReadyTag = "ready";

    public static void AddSpiHealthChecks(this IServiceCollection services)
        => services.AddHealthChecks().AddCheck<DatabaseMigratedCheck>("database", tags: [ReadyTag]);

    public static void MapSpiHealthChecks(this WebApplication app)
    {
        // GET and HEAD only: probes read, and no endpoint should answer a POST it does not guard against forgery.
        var probeMethods = new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]);
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).WithMetadata(probeMethods);
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = HealthReportWriter.WriteAsync,
        }).WithMetadata(probeMethods);
    }
}
