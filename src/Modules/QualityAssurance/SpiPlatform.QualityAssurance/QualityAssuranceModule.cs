using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.QualityAssurance.Data;
using SpiPlatform.QualityAssurance.DemoData;
using SpiPlatform.QualityAssurance.Features.ClaimSubmission;
using SpiPlatform.QualityAssurance.Features.Decide;
using SpiPlatform.QualityAssurance.Features.RecordChecklist;
using SpiPlatform.QualityAssurance.Features.ListQueue;
using SpiPlatform.QualityAssurance.Features.ManageSignOffRights;
using SpiPlatform.QualityAssurance.Features.SignOff;
using SpiPlatform.QualityAssurance.Features.ViewSignOff;
using SpiPlatform.QualityAssurance.Features.OpenSubmission;
using SpiPlatform.QualityAssurance.GraphQL;
using SpiPlatform.SharedKernel.Data;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.SharedKernel.Messaging;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.SharedKernel.Web;

namespace SpiPlatform.QualityAssurance;

/// <summary>The Quality Assurance module: QA groups, the submissions Protocols sends and their review queue.</summary>
public static class QualityAssuranceModule
{
    /// <summary>Registers the module's services, schema, GraphQL fields, event handlers and demo data.</summary>
    public static IServiceCollection AddQualityAssurance(this IServiceCollection services)
    {
        services.AddRazorPages().AddApplicationPart(typeof(QualityAssuranceModule).Assembly);
        services.AddModuleDbContext<QualityAssuranceDbContext>(QualityAssuranceDbContext.Schema);
        services.AddIntegrationEventHandler<AgreementSubmittedForQualityAssurance, OpenSubmissionHandler>();
        services.AddScoped<ClaimSubmissionHandler>();
        services.AddScoped<RecordChecklistItemHandler>();
        services.AddScoped<DecideSubmissionHandler>();
        services.AddScoped<QaQueue>();
        services.AddScoped<SignOffHandler>();
        services.AddScoped<ManageSignOffRightsHandler>();
        services.AddScoped<SignOffRead>();
        services.AddSingleton(new NavigationLink("/qa", "QA queue", "Ciw sicrhau ansawdd", 30,
            u => u.IsInRole(SpiRoles.QaReviewer) || u.IsInRole(SpiRoles.ProgrammeTeam)));
        services.AddSingleton(new NavigationLink("/qa/sign-off-rights", "Sign-off rights", "Hawliau cymeradwyo", 31,
            u => u.IsInRole(SpiRoles.OrganisationEditor)));
        services.AddScoped<IDemoDataSeeder, QualityAssuranceDemoSeeder>();
        services.AddSingleton<IGraphQLSchemaContributor, QualityAssuranceSchemaContributor>();
        services.AddGraphTypesFrom(typeof(QualityAssuranceModule).Assembly);
        return services;
    }

    /// <summary>Maps the module's endpoints (none beyond its pages and GraphQL fields yet).</summary>
    public static WebApplication MapQualityAssurance(this WebApplication app) => app;
}
