using GraphQL.Types.Relay.DataObjects;

namespace SpiPlatform.SharedKernel.GraphQL;

/// <summary>Builds Relay connections over one page of an ordered result, with offset cursors and a full <c>pageInfo</c>.</summary>
public static class Connections
{
    /// <summary>A connection of plain edges.</summary>
    public static Connection<TNode> Of<TNode>(IReadOnlyList<TNode> nodes, int offset, int totalCount)
        => Fill<Connection<TNode>, TNode, Edge<TNode>>(new Connection<TNode>(), [.. nodes.Select(n => new Edge<TNode> { Node = n })], offset, totalCount);

    /// <summary>
    /// Completes a connection whose edges carry more than the node (a search rank, say): sets each edge's cursor,
    /// the total and the page info.
    /// </summary>
    public static TConnection Fill<TConnection, TNode, TEdge>(TConnection connection, List<TEdge> edges, int offset, int totalCount)
        where TConnection : Connection<TNode, TEdge>
        where TEdge : Edge<TNode>
    {
        for (var i = 0; i < edges.Count; i++)
        {
            edges[i].Cursor = Cursor.ForOffset(offset + i);
        }
        connection.Edges = edges;
        connection.TotalCount = totalCount;
        connection.PageInfo = new PageInfo
        {
            HasNextPage = offset + edges.Count < totalCount,
            HasPreviousPage = offset > 0,
            StartCursor = edges.FirstOrDefault()?.Cursor,
            EndCursor = edges.LastOrDefault()?.Cursor,
        };
        return connection;
    }
}
