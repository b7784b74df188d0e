using GraphQL;
using GraphQL.DataLoader;

namespace SpiPlatform.Signatories.Contracts;

/// <summary>
/// Lets another module's GraphQL fields return the register's <c>Organisation</c> type: declare the field with
/// <c>new GraphQLTypeReference(IOrganisationGraph.TypeName)</c> and resolve it with <see cref="Load"/>, which batches
/// every organisation asked for in one request into one query.
/// </summary>
public interface IOrganisationGraph
{
    /// <summary>The GraphQL type name of an organisation.</summary>
    public const string TypeName = "Organisation";

    /// <summary>The organisation with this id (null if unknown), loaded together with the others of the same request.</summary>
    IDataLoaderResult<object?> Load(IResolveFieldContext context, Guid id);
}
