using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Protocols.Data;
using SpiPlatform.Protocols.DemoData;
using SpiPlatform.Protocols.Features;
using SpiPlatform.Protocols.Features.CreateDraft;
using SpiPlatform.Protocols.Features.DeriveAgreement;
using SpiPlatform.Protocols.Features.DownloadDocument;
using SpiPlatform.Protocols.Features.EditFlows;
using SpiPlatform.Protocols.Features.ManageLegalBases;
using SpiPlatform.Protocols.Features.ManageThesaurus;
using SpiPlatform.Protocols.Features.OpenData;
using SpiPlatform.Protocols.Features.SearchLibrary;
using SpiPlatform.Protocols.Features.Shared;
using SpiPlatform.Protocols.Features.SubmitForQualityAssurance;
using SpiPlatform.Protocols.Features.SuggestTitles;
using SpiPlatform.Protocols.Features.UpdateDraft;
using SpiPlatform.Protocols.GraphQL;
using SpiPlatform.Protocols.Jobs;
using SpiPlatform.SharedKernel;
using SpiPlatform.SharedKernel.Data;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.SharedKernel.Messaging;
using SpiPlatform.SharedKernel.Web;

namespace SpiPlatform.Protocols;

/// <summary>The Protocols module: the registry of ISPs and DDAs, their versions, and the reuse library.</summary>
public static class ProtocolsModule
{
    /// <summary>Registers the module's services, schema, GraphQL fields, events and demo data.</summary>
    public static IServiceCollection AddProtocols(this IServiceCollection services)
    {
        services.AddRazorPages().AddApplicationPart(typeof(ProtocolsModule).Assembly);
        services.AddModuleDbContext<ProtocolsDbContext>(ProtocolsDbContext.Schema);
        services.AddScoped<CreateDraftHandler>();
        services.AddScoped<UpdateDraftHandler>();
        services.AddScoped<DeriveAgreementHandler>();
        services.AddScoped<EditFlowsHandler>();
        services.AddScoped<SubmitForQualityAssuranceHandler>();
        services.AddScoped<ManageLegalBasesHandler>();
        services.AddScoped<ManageThesaurusHandler>();
        services.AddScoped<LegalBasisList>();
        services.AddScoped<IProtocolsApi, ProtocolsApi>();
        services.AddMemoryCache();
        services.AddScoped<LibrarySearch>();
        services.AddScoped<CompactLibraryFacetCountsJob>();
        services.AddScoped<TitleSuggestions>();
        services.AddScoped<Features.ViewAgreement.SimilarAgreements>();
        services.AddScoped<AgreementDocumentReader>();
        services.AddScoped<IspDocumentBuilder>();
        services.AddScoped<PublicLibrary>();
        services.AddSingleton(new NavigationLink("/library", "ISP library", "Llyfrgell ISP", 15));
        services.AddScoped<IDemoDataSeeder, ProtocolsDemoSeeder>();
        services.AddSingleton<IGraphQLSchemaContributor, ProtocolsSchemaContributor>();
        services.AddGraphTypesFrom(typeof(ProtocolsModule).Assembly);
        services.AddScoped<IAgreementGraph, AgreementGraph>();
        services.AddIntegrationEvent<AgreementSubmittedForQualityAssurance>();
        services.AddIntegrationEvent<AgreementStatusChanged>();
        services.AddIntegrationEvent<AgreementDerived>();
        return services;
    }

    /// <summary>Maps the module's downloads (the ISP document, the library as CSV and as an Atom feed) and schedules its job.</summary>
    public static WebApplication MapProtocols(this WebApplication app)
    {
        app.MapGet(AgreementDocumentEndpoint.Pattern, AgreementDocumentEndpoint.GetAsync).AllowAnonymous();
        app.MapGet(LibraryCsvEndpoint.Path, LibraryCsvEndpoint.WriteAsync).AllowAnonymous();
        app.MapGet(LibraryFeedEndpoint.Path, LibraryFeedEndpoint.WriteAsync).AllowAnonymous();
        app.Services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate<CompactLibraryFacetCountsJob>(CompactLibraryFacetCountsJob.Id, job => job.RunAsync(CancellationToken.None), "*/10 * * * *",
                new RecurringJobOptions { TimeZone = WalesClock.TimeZone });
        return app;
    }
}
