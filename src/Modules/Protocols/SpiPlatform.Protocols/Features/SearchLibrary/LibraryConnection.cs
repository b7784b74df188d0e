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

    public bool IsEstimate { get; init; }

    public bool Relaxed { get; init; }

    public string? Suggestion { get; init; }

    public IReadOnlyList<string> AlsoSearchedFor { get; init; } = [];

    public static LibraryConnection Of(LibraryPage page)
    {
        // Pages end at the last ranked candidate; the total may be an estimate beyond it.
        var connection = Connections.Fill<LibraryConnection, Agreement, AgreementEdge>(
            new LibraryConnection
            {
                Facets = page.Facets, IsEstimate = page.IsEstimate, Relaxed = page.Relaxed, Suggestion = page.Suggestion, AlsoSearchedFor = page.AlsoSearchedFor,
            },
            [.. page.Hits.Select(h => new AgreementEdge { Node = h.Agreement, Rank = h.Rank, Snippet = h.Snippet })],
            page.Offset, page.PageableCount);
        connection.TotalCount = page.TotalCount;
        return connection;
    }
}
