using GraphQL.Types;

namespace SpiPlatform.SharedKernel.GraphQL;

/// <summary>
/// The extension point through which a module adds its fields to the one GraphQL schema the host serves.
/// Register implementations with <c>services.AddSingleton&lt;IGraphQLSchemaContributor, ...&gt;()</c>.
/// </summary>
public interface IGraphQLSchemaContributor
{
    /// <summary>Adds the module's fields to the root <c>Query</c> type.</summary>
    void ContributeQueries(ObjectGraphType query);

    /// <summary>Adds the module's fields to the root <c>Mutation</c> type.</summary>
    void ContributeMutations(ObjectGraphType mutation)
    {
    }
}
