using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.QualityAssurance.Contracts;
using SpiPlatform.QualityAssurance.Data;
using SpiPlatform.QualityAssurance.Features;
using SpiPlatform.QualityAssurance.DemoData;
using SpiPlatform.QualityAssurance.Features.ClaimSubmission;
using SpiPlatform.QualityAssurance.Features.CommentOnSubmission;
using SpiPlatform.QualityAssurance.Features.Decide;
using SpiPlatform.QualityAssurance.Features.RecordChecklist;
using SpiPlatform.QualityAssurance.Features.ListQueue;
using SpiPlatform.QualityAssurance.Features.ManageGroups;
using SpiPlatform.QualityAssurance.Features.RouteSubmission;
using SpiPlatform.QualityAssurance.Features.ViewAgreementQa;
using SpiPlatform.Web;
using SpiPlatform.QualityAssurance.Features.ListWork;
using SpiPlatform.QualityAssurance.Features.ManageSignOffRights;
using SpiPlatform.QualityAssurance.Features.SignOff;
using SpiPlatform.QualityAssurance.Features.ViewSignOff;
using SpiPlatform.QualityAssurance.Features.OpenSubmission;
using SpiPlatform.QualityAssurance.Features.Shared;
using SpiPlatform.QualityAssurance.Features.ViewSubmission;
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
        services.AddScoped<RouteSubmissionHandler>();
        services.AddScoped<ManageGroupMembersHandler>();
        services.AddScoped<QaQueue>();
        services.AddOptions<QaOptions>().BindConfiguration(QaOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<QaSla>();
        services.AddScoped<IWorkItemSource, QaWorkItems>();
        services.AddScoped<AgreementQaReader>();
        services.AddScoped<QaSubmissionLoaders>();
        services.AddScoped<IQualityAssuranceApi, QualityAssuranceApi>();
        services.AddScoped<IAgreementPanel, AgreementQaPanel>();
        services.AddScoped<IAgreementAssuranceSource, AgreementAssuranceSource>();
        services.AddSingleton<IObjectTypeExtension, AgreementQaField>();
        services.AddScoped<CommentOnSubmissionHandler>();
        services.AddScoped<SubmissionViews>();
        services.AddSingleton(new NavigationLink("/qa", "QA queue", "Ciw sicrhau ansawdd", 30,
            u => u.IsInRole(SpiRoles.QaReviewer) || u.IsInRole(SpiRoles.ProgrammeTeam)));
        services.AddSingleton(new NavigationLink("/qa/groups", "QA groups", "Grwpiau sicrhau ansawdd", 31, u => u.IsInRole(SpiRoles.ProgrammeTeam)));
        services.AddScoped<SignOffHandler>();
        services.AddScoped<ManageSignOffRightsHandler>();
        services.AddScoped<SignOffRead>();
        services.AddSingleton(new NavigationLink("/qa/sign-off-rights", "Sign-off rights", "Hawliau cymeradwyo", 32,
            u => u.IsInRole(SpiRoles.OrganisationEditor)));
        services.AddScoped<CaseStudySubmissions>();
        services.AddScoped<IDemoDataSeeder, QualityAssuranceDemoSeeder>();
        services.AddSingleton<IGraphQLSchemaContributor, QualityAssuranceSchemaContributor>();
        services.AddGraphTypesFrom(typeof(QualityAssuranceModule).Assembly);
        return services;
    }

    /// <summary>Maps the module's endpoints (none beyond its pages and GraphQL fields yet).</summary>
    public static WebApplication MapQualityAssurance(this WebApplication app) => app;
}
