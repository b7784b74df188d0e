using GraphQL.Instrumentation;
using GraphQL.Types;
using SpiPlatform.SharedKernel.GraphQL;

namespace SpiPlatform.Host.GraphQL;

/// <summary>The one schema: the host's root fields plus every module's contributions, with field access enforced.</summary>
internal sealed class SpiSchema : Schema
{
    public SpiSchema(IServiceProvider services, RootQuery query, IEnumerable<IGraphQLSchemaContributor> contributors)
        : base(services)
    {
        var mutation = new ObjectGraphType { Name = "Mutation" };
        foreach (var contributor in contributors)
        {
            contributor.ContributeQueries(query);
            contributor.ContributeMutations(mutation);
        }
        Query = query;
        if (mutation.Fields.Count > 0)
        {
            Mutation = mutation;
        }
        FieldMiddleware.Use(new FieldAccessMiddleware());
    }
}
