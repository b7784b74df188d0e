using Microsoft.Net.Http.Headers;

namespace SpiPlatform.Host.GraphQL;

internal static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>The response media type for an Accept header; null when it accepts neither of ours.</summary>
    public static string? Negotiate(IList<MediaTypeHeaderValue> accept)
    {
        if (accept.Count == 0)
        {
            return GraphQLResponse;
        }
        foreach (var candidate in accept.Where(a => a.Quality is null or > 0).OrderByDescending(a => a.Quality ?? 1))
        {
            var value = candidate.MediaType.Value;
            if (string.Equals(value, GraphQLResponse, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponse;
            }
            if (string.Equals(value, Json, StringComparison.OrdinalIgnoreCase))
            {
                return Json;
            }
            if (value is "*/*" or "application/*")
            {
                return GraphQLResponse;
            }
        }
        return null;
    }
}
