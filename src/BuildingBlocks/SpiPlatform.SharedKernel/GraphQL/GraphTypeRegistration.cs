using System.Reflection;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SpiPlatform.SharedKernel.GraphQL;

/// <summary>GraphQL.NET builds the schema's types through DI: a module registers its graph types here.</summary>
public static class GraphTypeRegistration
{
    /// <summary>Registers every concrete graph type in the assembly as transient.</summary>
    public static IServiceCollection AddGraphTypesFrom(this IServiceCollection services, Assembly assembly)
    {
        foreach (var type in assembly.GetTypes().Where(t => typeof(IGraphType).IsAssignableFrom(t) && t is { IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            services.TryAddTransient(type);
        }
        return services;
    }
}
