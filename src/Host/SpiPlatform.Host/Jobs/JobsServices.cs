using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SpiPlatform.Host.Auth;
using SpiPlatform.SharedKernel;
using SpiPlatform.SharedKernel.Data;
using SpiPlatform.SharedKernel.Messaging;

namespace SpiPlatform.Host.Jobs;

/// <summary>Hangfire on PostgreSQL (schema <c>hangfire</c>), its dashboard for the programme team, and the host's recurring jobs.</summary>
internal static class JobsServices
{
    public const string DashboardPath = "/ops/jobs";
    public const string Schema = "hangfire";

    public static void AddSpiJobs(this IServiceCollection services)
    {
        services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHangfire((sp, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(
                o => o.UseNpgsqlConnection(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString),
                new PostgreSqlStorageOptions
                {
                    SchemaName = Schema,
                    PrepareSchemaIfNecessary = true,
                    QueuePollInterval = sp.GetRequiredService<IOptions<JobsOptions>>().Value.QueuePollInterval,
                }));
        services.AddHangfireServer((sp, o) =>
        {
            o.WorkerCount = sp.GetRequiredService<IOptions<JobsOptions>>().Value.WorkerCount;
            o.ServerName = $"spi-{Environment.MachineName}-{Environment.ProcessId}";
        });
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<PruneOAuthTokensJob>();
        services.AddScoped<OutboxDispatchJob>();
        services.AddSingleton<IOutboxSignal, HangfireOutboxSignal>();
    }

    public static void MapSpiJobs(this WebApplication app)
    {
        app.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            DashboardTitle = "SPI Platform jobs",
            AppPath = "/",
            // The endpoint's authorization policy guards the dashboard; Hangfire's own filter would only allow localhost.
            Authorization = [],
        }).RequireAuthorization(AuthPolicies.ProgrammeTeam);

        var recurring = app.Services.GetRequiredService<IRecurringJobManager>();
        // Every recurring job runs on Welsh time (a "02:00" job runs at 02:00 in Wales, summer and winter).
        var wales = new RecurringJobOptions { TimeZone = WalesClock.TimeZone };
        recurring.AddOrUpdate<PruneOAuthTokensJob>(PruneOAuthTokensJob.Id, job => job.RunAsync(CancellationToken.None), Cron.Hourly(), wales);
        recurring.AddOrUpdate<OutboxDispatchJob>(OutboxDispatchJob.Id, job => job.RunAsync(CancellationToken.None), Cron.Minutely(), wales);
    }
}
