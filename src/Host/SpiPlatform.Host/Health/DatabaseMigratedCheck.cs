using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SpiPlatform.SharedKernel.Data;

namespace SpiPlatform.Host.Health;

internal sealed class DatabaseMigratedCheck(IServiceProvider services, IEnumerable<ModuleDbContextRegistration> registrations) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var pending = new List<string>();
        try
        {
            await using var scope = services.CreateAsyncScope();
            foreach (var registration in registrations)
            {
                var db = (DbContext)scope.ServiceProvider.GetRequiredService(registration.ContextType);
                if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
                {
                    pending.Add(registration.Schema);
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"The database does not answer: {e.Message}");
        }
        return pending.Count == 0
            ? HealthCheckResult.Healthy($"{registrations.Count()} schemas migrated")
            : HealthCheckResult.Unhealthy($"Migrations pending in: {string.Join(", ", pending)}");
    }
}
