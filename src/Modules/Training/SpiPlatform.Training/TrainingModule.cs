using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.SharedKernel.Data;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.SharedKernel.Web;
using SpiPlatform.Training.Data;
using SpiPlatform.Training.DemoData;
using SpiPlatform.Training.Features.Enrol;
using SpiPlatform.Training.Features.ExportSessionCalendar;
using SpiPlatform.Training.Features.FindFacilitators;
using SpiPlatform.Training.Features.ManageFacilitators;
using SpiPlatform.Training.Features.ListCourses;
using SpiPlatform.Training.Features.ScheduleSession;
using SpiPlatform.Training.GraphQL;

namespace SpiPlatform.Training;

/// <summary>The Training module: the course catalogue, sessions and enrolment with a waiting list.</summary>
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
        services.AddScoped<FacilitatorRegisterHandler>();
        services.AddScoped<FacilitatorFinder>();
        services.AddSingleton(new NavigationLink("/training", "Training", "Hyfforddiant", 16));
        services.AddScoped<IDemoDataSeeder, TrainingDemoSeeder>();
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
