using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.Metrics.Data;
using SpiPlatform.Metrics.DemoData;
using SpiPlatform.Metrics.Features.CaseStudies;
using SpiPlatform.Metrics.Features.Dashboard;
using SpiPlatform.Metrics.Features.DevelopmentEffort;
using SpiPlatform.Metrics.Features.HeadlineFigures;
using SpiPlatform.Metrics.Features.ProgrammeReports;
using SpiPlatform.Metrics.Contracts;
using SpiPlatform.Metrics.Features.Figures;
using SpiPlatform.Metrics.Features.ReadModel;
using SpiPlatform.Metrics.Features.Snapshots;
using SpiPlatform.Metrics.GraphQL;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.SharedKernel;
using SpiPlatform.SharedKernel.Data;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.SharedKernel.Messaging;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.SharedKernel.Web;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Metrics;

/// <summary>The Metrics module: programme evaluation figures from read models fed by the other modules' events and contracts.</summary>
public static class MetricsModule
{
    /// <summary>Registers (named apart from ASP.NET Core's own <c>AddMetrics</c>) the module's read models, event handlers, back-fill and GraphQL fields.</summary>
    public static IServiceCollection AddMetricsModule(this IServiceCollection services)
    {
        // The case-study and dashboard pages live in this assembly; the host would not find them through its own references.
        services.AddRazorPages().AddApplicationPart(typeof(MetricsModule).Assembly);
        services.AddModuleDbContext<MetricsDbContext>(MetricsDbContext.Schema);
        services.AddScoped<ReadModelRefresher>();
        services.AddIntegrationEventHandler<AccordSigned, ReadModelEventHandlers>();
        services.AddIntegrationEventHandler<AccordSignatureVerified, ReadModelEventHandlers>();
        services.AddIntegrationEventHandler<AccordWithdrawn, ReadModelEventHandlers>();
        services.AddIntegrationEventHandler<AgreementStatusChanged, ReadModelEventHandlers>();
        services.AddIntegrationEventHandler<AgreementSubmittedForQualityAssurance, ReadModelEventHandlers>();
        services.AddIntegrationEventHandler<AgreementDerived, ReadModelEventHandlers>();
        // The evaluation's demo effort figure, seeded before the back-fill (it needs only the agreement's id).
        services.AddScoped<IDemoDataSeeder, DevelopmentEffortDemoData>();
        // Registered after the other modules' seeders (the host adds Metrics last), so it counts their demo history.
        services.AddScoped<MetricsBackfill>();
        services.AddScoped<IDemoDataSeeder>(sp => sp.GetRequiredService<MetricsBackfill>());
        services.AddScoped<AdoptionFigures>();
        services.AddScoped<AgreementFigures>();
        services.AddScoped<IFigureSnapshotSource, AdoptionSnapshotSource>();
        services.AddScoped<IFigureSnapshotSource, AgreementSnapshotSource>();
        services.AddScoped<CaseStudyReader>();
        services.AddScoped<IDemoDataSeeder, CaseStudyDemoSeeder>();
        services.AddSingleton(new NavigationLink("/case-studies", "Case studies", "Astudiaethau achos", 17));
        services.AddScoped<AgreementSelection>();
        services.AddScoped<QualityAssuranceFigures>();
        services.AddScoped<DevelopmentFigures>();
        services.AddScoped<ReviewFigures>();
        services.AddScoped<TrainingFigures>();
        services.AddScoped<RecordDevelopmentEffortHandler>();
        services.AddScoped<IFigureSnapshotSource, QualityAssuranceSnapshotSource>();
        services.AddScoped<IFigureSnapshotSource, DevelopmentSnapshotSource>();
        services.AddScoped<IFigureSnapshotSource, ReviewSnapshotSource>();
        services.AddScoped<IFigureSnapshotSource, TrainingSnapshotSource>();
        services.AddScoped<MonthlySnapshotJob>();
        services.AddScoped<DashboardReader>();
        services.AddSingleton(new NavigationLink(Areas.Dashboard.Pages.DashboardModel.Path, "Dashboard", "Dangosfwrdd", 45,
            u => u.IsInRole(SpiRoles.ProgrammeTeam) || u.IsInRole(SpiRoles.Evaluator)));
        services.AddScoped<IHeadlineFigures, HeadlineFiguresReader>();
        services.AddScoped<SnapshotReader>();
        services.AddScoped<ProgrammeReportJob>();
        services.AddScoped<RequestProgrammeReportHandler>();
        services.AddSingleton(new NavigationLink(ProgrammeReportPaths.List, "Programme reports", "Adroddiadau'r rhaglen", 46,
            u => u.IsInRole(SpiRoles.ProgrammeTeam) || u.IsInRole(SpiRoles.Evaluator)));
        // After the read model's back-fill (and any other Metrics seeder): it freezes what they have filled. Keep it last.
        services.AddScoped<IDemoDataSeeder, SnapshotBackfill>();
        services.AddSingleton<IGraphQLSchemaContributor, MetricsSchemaContributor>();
        services.AddSingleton<IGraphQLSchemaContributor, SnapshotSchemaContributor>();
        services.AddSingleton<IGraphQLSchemaContributor, ProgrammeReportSchemaContributor>();
        services.AddGraphTypesFrom(typeof(MetricsModule).Assembly);
        return services;
    }

    /// <summary>Schedules the daily refresh of the read model (after the Signatories lapse check at 02:00) and the monthly snapshots.</summary>
    public static WebApplication MapMetricsModule(this WebApplication app)
    {
        app.Services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate<MetricsBackfill>(MetricsBackfill.Id, job => job.RunAsync(CancellationToken.None), Cron.Daily(3),
                new RecurringJobOptions { TimeZone = WalesClock.TimeZone });
        // After the 03:00 refresh, so a lapse on a month's last day is counted before the month is frozen.
        app.Services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate<MonthlySnapshotJob>(MonthlySnapshotJob.Id, job => job.RunAsync(CancellationToken.None), "30 3 * * *",
                new RecurringJobOptions { TimeZone = WalesClock.TimeZone });
        // The 2nd at 04:00: after the 03:30 snapshot of the 1st has frozen the month just ended.
        app.Services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate<ProgrammeReportJob>(ProgrammeReportJob.Id, job => job.RunForLastEndedMonthAsync(CancellationToken.None), "0 4 2 * *",
                new RecurringJobOptions { TimeZone = WalesClock.TimeZone });
        ProgrammeReportFiles.Map(app);
        return app;
    }
}
