using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Options;
using Npgsql;
using SpiPlatform.Host.Startup;
using SpiPlatform.SharedKernel.Data;

namespace SpiPlatform.Host.Data;

/// <summary>Before the app serves anything: check the database answers, migrate every schema, seed demo data.</summary>
internal static class DatabasePreparation
{
    // One fixed key: concurrent starts against one database (several instances, parallel test hosts) take turns.
    private const long AdvisoryLockKey = 0x5350_4950_4C41_5446;

    public static async Task PrepareDatabaseAsync(this WebApplication app, CancellationToken ct = default)
    {
        var connectionString = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString;
        await DatabaseStartupCheck.EnsureReachableAsync(connectionString, ct);

        await using var lockConnection = new NpgsqlConnection(connectionString);
        await lockConnection.OpenAsync(ct);
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({AdvisoryLockKey})", lockConnection))
        {
            await take.ExecuteNonQueryAsync(ct);
        }

        await using var scope = app.Services.CreateAsyncScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("SpiPlatform.Database");
        foreach (var registration in scope.ServiceProvider.GetServices<ModuleDbContextRegistration>())
        {
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(registration.ContextType);
            // Creating the history table first spares a fresh database EF's logged "relation does not exist" errors.
            await context.GetService<IHistoryRepository>().CreateIfNotExistsAsync(ct);
            // A migration may rewrite or count a table of a million rows (a new index, the library's facet counts):
            // that takes minutes, not the 30 s a request may.
            context.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
            await context.Database.MigrateAsync(ct);
            logger.LogInformation("Schema {Schema} is up to date", registration.Schema);
        }

        if (scope.ServiceProvider.GetRequiredService<IOptions<DemoDataOptions>>().Value.Seed)
        {
            foreach (var seeder in scope.ServiceProvider.GetServices<IDemoDataSeeder>())
            {
                await seeder.SeedAsync(ct);
            }
        }

        await using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({AdvisoryLockKey})", lockConnection);
        await release.ExecuteNonQueryAsync(ct);
    }
}
