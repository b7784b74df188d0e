using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace SpiPlatform.Host.GraphQL;

/// <summary>A GraphQL request read from HTTP, or the transport error that stops it before execution.</summary>
internal sealed record ReadResult(GraphQLRequest? Request, GraphQLDocument? Document, TransportError? Error);

internal sealed record TransportError(int Status, string Code, string Message);

internal static class GraphQLRequestReader
{
    public static async Task<ReadResult> ReadAsync(HttpRequest http, IGraphQLTextSerializer serializer)
    {
        var (request, error) = HttpMethods.IsGet(http.Method) ? FromQueryString(http, serializer) : await FromBodyAsync(http, serializer);
        if (error is not null)
        {
            return new(null, null, error);
        }
        if (string.IsNullOrWhiteSpace(request!.Query))
        {
            return new(null, null, new(StatusCodes.Status400BadRequest, "QUERY_MISSING", "The request has no 'query': send the GraphQL document in it."));
        }

        var document = TryParse(request.Query);
        if (document is not null && HttpMethods.IsGet(http.Method) && SelectedOperation(document, request.OperationName) == OperationType.Mutation)
        {
            return new(null, null, new(StatusCodes.Status405MethodNotAllowed, "METHOD_NOT_ALLOWED", "Mutations must be sent with POST, never GET."));
        }
        // A document that does not parse is left to the executer, which reports the syntax error in the usual shape.
        return new(request, document, null);
    }

    private static (GraphQLRequest?, TransportError?) FromQueryString(HttpRequest http, IGraphQLTextSerializer serializer)
    {
        var q = http.Query;
        try
        {
            return (new GraphQLRequest
            {
                Query = q["query"],
                OperationName = string.IsNullOrEmpty(q["operationName"]) ? null : q["operationName"].ToString(),
                Variables = string.IsNullOrEmpty(q["variables"]) ? null : serializer.Deserialize<Inputs>(q["variables"]),
                Extensions = string.IsNullOrEmpty(q["extensions"]) ? null : serializer.Deserialize<Inputs>(q["extensions"]),
            }, null);
        }
        catch (JsonException e)
        {
            return (null, new(StatusCodes.Status400BadRequest, "INVALID_JSON", $"'variables' or 'extensions' is not valid JSON: {e.Message}"));
        }
    }

    private static async Task<(GraphQLRequest?, TransportError?)> FromBodyAsync(HttpRequest http, IGraphQLTextSerializer serializer)
    {
        if (!IsJson(http.ContentType))
        {
            return (null, new(StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE",
                $"POST a JSON body with Content-Type application/json (got '{http.ContentType ?? "none"}')."));
        }
        try
        {
            var request = await serializer.ReadAsync<GraphQLRequest>(http.Body, http.HttpContext.RequestAborted);
            return request is null
                ? (null, new(StatusCodes.Status400BadRequest, "INVALID_JSON", "The body is empty: send {\"query\": \"...\"}."))
                : (request, null);
        }
        catch (JsonException e)
        {
            return (null, new(StatusCodes.Status400BadRequest, "INVALID_JSON", $"The body is not a GraphQL request in JSON: {e.Message}"));
        }
    }

    private static bool IsJson(string? contentType)
        => contentType is not null
           && contentType.Split(';')[0].Trim().Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase);

    private static GraphQLDocument? TryParse(string query)
    {
        try
        {
            return Parser.Parse(query);
        }
        catch (GraphQLSyntaxErrorException)
        {
            return null;
        }
    }

    private static OperationType? SelectedOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var selected = operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        return selected?.Operation;
    }
}
