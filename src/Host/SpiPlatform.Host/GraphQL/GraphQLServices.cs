using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using SpiPlatform.SharedKernel.GraphQL;

namespace SpiPlatform.Host.GraphQL;

internal static class GraphQLServices
{
    public static void AddSpiGraphQL(this IServiceCollection services)
    {
        services.AddOptions<GraphQLOptions>().BindConfiguration(GraphQLOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // Transient: if building the schema fails, a retry must start from a fresh root, not one with fields already added.
        services.AddTransient<RootQuery>();
        services.AddGraphTypesFrom(typeof(GraphQLServices).Assembly);
        services.AddSingleton<GraphQLHttpHandler>();
        services.AddHostedService<SchemaWarmUp>();
        services.AddGraphQL(b => b
            .AddSchema<SpiSchema>()
            .AddSystemTextJson()
            .AddErrorInfoProvider(o => o.ExposeExceptionDetails = false)
            .AddUnhandledExceptionHandler(context => context.Context?.RequestServices?.GetService<ILoggerFactory>()?
                .CreateLogger("SpiPlatform.GraphQL").LogError(context.OriginalException, "GraphQL failed: {Message}", context.OriginalException.Message))
            .AddComplexityAnalyzer((o, sp) =>
            {
                var limits = sp.GetRequiredService<IOptions<GraphQLOptions>>().Value;
                o.MaxDepth = limits.MaxDepth;
                o.MaxComplexity = limits.MaxComplexity;
                o.ValidateComplexityDelegate = IntrospectionAllowance.ApplyAsync;
            })
            // Resolvers share the request's scoped DbContexts, which must not be used concurrently.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query));
    }

    public static void MapSpiGraphQL(this WebApplication app)
    {
        app.MapMethods(GraphQLHttpHandler.Path, [HttpMethods.Get, HttpMethods.Post],
            (HttpContext http, GraphQLHttpHandler handler) => handler.HandleAsync(http));
        app.MapGet(GraphQLHttpHandler.Path + "/ui", GraphiQLPage.Render)
            .WithSecurityHeadersPolicy(Security.SecurityHeaders.GraphiQLPolicy);
    }
}
