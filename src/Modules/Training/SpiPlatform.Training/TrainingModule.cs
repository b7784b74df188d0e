using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.SharedKernel.Data;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.SharedKernel.Messaging;
using SpiPlatform.SharedKernel.Web;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.Data;
using SpiPlatform.Training.DemoData;
using SpiPlatform.Training.Features;
using SpiPlatform.Training.Features.CancelNeed;
using SpiPlatform.Training.Features.ChangeSessionCapacity;
using SpiPlatform.Training.Features.Enrol;
using SpiPlatform.Training.Features.ExportSessionCalendar;
using SpiPlatform.Training.Features.FindFacilitators;
using SpiPlatform.Training.Features.ManageFacilitators;
using SpiPlatform.Training.Features.ListCourses;
using SpiPlatform.Training.Features.ListNeeds;
using SpiPlatform.Training.Features.PlanNeed;
using SpiPlatform.Training.Features.RaiseNeeds;
using SpiPlatform.Training.Features.RecordAttendance;
using SpiPlatform.Training.Features.ScheduleSession;
using SpiPlatform.Training.Features.ViewAgreementNeeds;
using SpiPlatform.Training.GraphQL;
using SpiPlatform.Web;

namespace SpiPlatform.Training;

/// <summary>The Training module: the course catalogue, sessions and enrolment with a waiting list, attendance and completions, training needs.</summary>
public static class TrainingModule
{
    /// <summary>Registers the module's services, schema, GraphQL fields and demo data.</summary>
    public static IServiceCollection AddTraining(this IServiceCollection services)
    {
        services.AddRazorPages().AddApplicationPart(typeof(TrainingModule).Assembly);
        services.AddModuleDbContext<TrainingDbContext>(TrainingDbContext.Schema);
        services.AddScoped<CourseCatalogue>();
        services.AddScoped<ScheduleSessionHandler>();
        services.AddScoped<EnrolmentHandler>();
        // Attendance, completions and training needs.
        services.AddScoped<ChangeSessionCapacityHandler>();
        services.AddScoped<RecordAttendanceHandler>();
        services.AddIntegrationEventHandler<AgreementStatusChanged, RaiseBriefingNeedsHandler>();
        services.AddScoped<RaiseTrainingNeedHandler>();
        services.AddScoped<PlanTrainingNeedHandler>();
        services.AddScoped<CancelTrainingNeedHandler>();
        services.AddScoped<TrainingNeedsReader>();
        services.AddScoped<IAgreementPanel, AgreementNeedsPanel>();
        services.AddScoped<ITrainingApi, TrainingApi>();
        services.AddIntegrationEvent<TrainingCompleted>();
        services.AddIntegrationEvent<TrainingNeedMet>();
        services.AddScoped<FacilitatorRegisterHandler>();
        services.AddScoped<FacilitatorFinder>();
        services.AddIntegrationEventHandler<TrainingCompleted, QualifyFacilitatorOnCompletionHandler>();
        services.AddSingleton(new NavigationLink("/training", "Training", "Hyfforddiant", 16));
        services.AddScoped<IDemoDataSeeder, TrainingDemoSeeder>();
        services.AddScoped<IDemoDataSeeder, TrainingNeedsDemoSeeder>();
        services.AddScoped<IDemoDataSeeder, FacilitatorDemoSeeder>();
        services.AddSingleton<IGraphQLSchemaContributor, TrainingSchemaContributor>();
        services.AddGraphTypesFrom(typeof(TrainingModule).Assembly);
        return services;
    }

    /// <summary>Maps the module's endpoints beyond its pages and GraphQL fields: a session's calendar file.</summary>
    public static WebApplication MapTraining(this WebApplication app)
    {
        SessionCalendarEndpoint.Map(app);
        return app;
    }
}
