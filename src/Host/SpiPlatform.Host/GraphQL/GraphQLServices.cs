using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace SpiPlatform.Host.GraphQL;

internal static class GraphQLServices
{
    public static void AddSpiGraphQL(this IServiceCollection services)
    {
        services.AddOptions<GraphQLOptions>().BindConfiguration(GraphQLOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<RootQuery>();
        services.AddSingleton<PlatformType>();
        services.AddSingleton<ViewerType>();
        services.AddSingleton<GraphQLHttpHandler>();
        services.AddGraphQL(b => b
            .AddSchema<SpiSchema>()
            .AddSystemTextJson()
            .AddErrorInfoProvider(o => o.ExposeExceptionDetails = false)
            .AddComplexityAnalyzer((o, sp) =>
            {
                var limits = sp.GetRequiredService<IOptions<GraphQLOptions>>().Value;
                o.MaxDepth = limits.MaxDepth;
                o.MaxComplexity = limits.MaxComplexity;
            })
            // Resolvers share the request's scoped DbContexts, which must not be used concurrently.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query));
    }

    public static void MapSpiGraphQL(this WebApplication app)
    {
        app.MapMethods(GraphQLHttpHandler.Path, [HttpMethods.Get, HttpMethods.Post],
            (HttpContext http, GraphQLHttpHandler handler) => handler.HandleAsync(http));
        app.MapGet(GraphQLHttpHandler.Path + "/ui", GraphiQLPage.Render);
    }
}
