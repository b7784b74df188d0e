using GraphQL.Types.Relay.DataObjects;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.SharedKernel.GraphQL;

namespace SpiPlatform.Protocols.Features.SearchLibrary;

/// <summary>An edge of the library's connection: the agreement, how well it matched, and the matching words.</summary>
internal sealed class AgreementEdge : Edge<Agreement>
{
    public double Rank { get; init; }
    public string? Snippet { get; init; }
}

/// <summary>A page of the library as a Relay connection, with the facet counts of the whole filtered result.</summary>
internal sealed class LibraryConnection : Connection<Agreement, AgreementEdge>
{
    public required LibraryFacets Facets { get; init; }

    public static LibraryConnection Of(LibraryPage page)
        => Connections.Fill<LibraryConnection, Agreement, AgreementEdge>(
            new LibraryConnection { Facets = page.Facets },
            [.. page.Hits.Select(h => new AgreementEdge { Node = h.Agreement, Rank = h.Rank, Snippet = h.Snippet })],
            page.Offset, page.TotalCount);
}
