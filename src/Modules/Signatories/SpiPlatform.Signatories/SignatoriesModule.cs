using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.SharedKernel;
using SpiPlatform.SharedKernel.Data;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.SharedKernel.Messaging;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.SharedKernel.Web;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Signatories.Data;
using SpiPlatform.Signatories.DemoData;
using SpiPlatform.Signatories.Features;
using SpiPlatform.Signatories.Features.DecideSignature;
using SpiPlatform.Signatories.Features.NameDesignatedPerson;
using SpiPlatform.Signatories.Features.RegisterOrganisation;
using SpiPlatform.Signatories.Features.SearchRegister;
using SpiPlatform.Signatories.Features.SignAccord;
using SpiPlatform.Signatories.Features.UpdateOrganisation;
using SpiPlatform.Signatories.Features.WithdrawFromAccord;
using SpiPlatform.Signatories.GraphQL;
using SpiPlatform.Signatories.Jobs;

namespace SpiPlatform.Signatories;

/// <summary>The Accord Signatories module: organisations, Accord signatures and the public register.</summary>
public static class SignatoriesModule
{
    /// <summary>Registers the module's services, schema, GraphQL fields, events and demo data.</summary>
    public static IServiceCollection AddSignatories(this IServiceCollection services)
    {
        // The module's pages live in this assembly; the host would not find them through its own references.
        services.AddRazorPages().AddApplicationPart(typeof(SignatoriesModule).Assembly);
        services.AddOptions<SignatoriesOptions>().BindConfiguration(SignatoriesOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddModuleDbContext<SignatoriesDbContext>(SignatoriesDbContext.Schema);
        services.AddScoped<ISignatoriesApi, SignatoriesApi>();
        services.AddScoped<RegisterSearch>();
        services.AddScoped<RegisterOrganisationHandler>();
        services.AddScoped<UpdateOrganisationHandler>();
        services.AddScoped<NameDesignatedPersonHandler>();
        services.AddScoped<SignAccordHandler>();
        services.AddScoped<DecideSignatureHandler>();
        services.AddScoped<WithdrawFromAccordHandler>();
        services.AddScoped<LapseOverdueSignaturesJob>();
        services.AddScoped<IDemoDataSeeder, SignatoriesDemoSeeder>();
        services.AddSingleton<IGraphQLSchemaContributor, SignatoriesSchemaContributor>();
        services.AddGraphTypesFrom(typeof(SignatoriesModule).Assembly);
        services.AddScoped<IOrganisationGraph, OrganisationGraph>();
        services.AddIntegrationEvent<AccordSigned>();
        services.AddIntegrationEvent<AccordSignatureVerified>();
        services.AddIntegrationEvent<AccordWithdrawn>();
        services.AddSingleton(new NavigationLink("/signatories", "Accord register", "Cofrestr y Cytundeb", 10));
        services.AddSingleton(new NavigationLink("/signatories/verification", "Verify signatures", "Dilysu llofnodion", 20, u => u.IsInRole(SpiRoles.ProgrammeTeam)));
        return services;
    }

    /// <summary>Maps the register's CSV download and schedules the module's recurring jobs.</summary>
    public static WebApplication MapSignatories(this WebApplication app)
    {
        app.MapGet(RegisterCsvEndpoint.Path, RegisterCsvEndpoint.WriteAsync).AllowAnonymous();
        app.Services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate<LapseOverdueSignaturesJob>(LapseOverdueSignaturesJob.Id, job => job.RunAsync(CancellationToken.None), Cron.Daily(2),
                new RecurringJobOptions { TimeZone = WalesClock.TimeZone });
        return app;
    }
}
