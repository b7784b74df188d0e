using GraphQL;
using GraphQL.DataLoader;

namespace SpiPlatform.Protocols.Contracts;

/// <summary>
/// Lets another module's GraphQL fields return the library's <c>Agreement</c> type: declare the field with
/// <c>new GraphQLTypeReference(IAgreementGraph.TypeName)</c> and resolve it with <see cref="Load"/>, which batches every
/// agreement asked for in one request into one query (ADR 0004).
/// </summary>
public interface IAgreementGraph
{
    /// <summary>The GraphQL type name of an agreement.</summary>
    public const string TypeName = "Agreement";

    /// <summary>
    /// The agreement with this id if the caller may read it (a public reader sees only the library's public statuses,
    /// ADR 0006), else null; loaded together with the others of the same request.
    /// </summary>
    IDataLoaderResult<object?> Load(IResolveFieldContext context, Guid id);
}
