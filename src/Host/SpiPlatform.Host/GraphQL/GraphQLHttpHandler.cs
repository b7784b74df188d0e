using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using SpiPlatform.SharedKernel.Errors;

namespace SpiPlatform.Host.GraphQL;

/// <summary>
/// GraphQL over HTTP (the GraphQL-over-HTTP specification): GET for queries, JSON POST for everything,
/// <c>application/graphql-response+json</c> unless the client asks for <c>application/json</c>.
/// See docs/adr/0001 for why this is ours and not GraphQL.Server.
/// </summary>
internal sealed class GraphQLHttpHandler(
    IDocumentExecuter<ISchema> executer,
    IGraphQLTextSerializer serializer,
    IOptions<GraphQLOptions> options,
    ILogger<GraphQLHttpHandler> logger)
{
    public const string Path = "/graphql";
    public const string PreflightHeader = "GraphQL-Require-Preflight";

    public async Task HandleAsync(HttpContext http)
    {
        var mediaType = GraphQLMediaTypes.Negotiate(http.Request.GetTypedHeaders().Accept);
        if (mediaType is null)
        {
            await WriteErrorAsync(http, GraphQLMediaTypes.Json, StatusCodes.Status406NotAcceptable, "NOT_ACCEPTABLE",
                $"This endpoint answers {GraphQLMediaTypes.GraphQLResponse} or {GraphQLMediaTypes.Json}; the Accept header allows neither.");
            return;
        }

        var caller = await GraphQLCaller.AuthenticateAsync(http);
        if (caller.Rejected)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            await WriteErrorAsync(http, mediaType, StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated,
                "The bearer token is invalid or has expired. Request a new one from /connect/token.");
            return;
        }
        if (caller.ByCookie && HttpMethods.IsGet(http.Request.Method) && !http.Request.Headers.ContainsKey(PreflightHeader))
        {
            await WriteErrorAsync(http, mediaType, StatusCodes.Status403Forbidden, "PREFLIGHT_REQUIRED",
                $"A signed-in browser request must be a POST with Content-Type application/json, or carry the {PreflightHeader} header.");
            return;
        }

        var read = await GraphQLRequestReader.ReadAsync(http.Request, serializer);
        if (read.Error is { } error)
        {
            if (error.Status == StatusCodes.Status405MethodNotAllowed)
            {
                http.Response.Headers.Allow = "POST";
            }
            await WriteErrorAsync(http, mediaType, error.Status, error.Code, error.Message);
            return;
        }

        var result = await ExecuteAsync(http, read.Request!, read.Document);
        var status = mediaType == GraphQLMediaTypes.GraphQLResponse && !result.Executed
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        await WriteAsync(http, mediaType, status, result);
    }

    private async Task<ExecutionResult> ExecuteAsync(HttpContext http, GraphQLRequest request, GraphQLDocument? document)
    {
        var limit = options.Value.ExecutionTimeout;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        timeout.CancelAfter(limit);
        try
        {
            return await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = request.Query,
                Document = document,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                User = http.User,
                RequestServices = http.RequestServices,
                CancellationToken = timeout.Token,
            });
        }
        catch (OperationCanceledException) when (!http.RequestAborted.IsCancellationRequested)
        {
            logger.LogWarning("GraphQL operation {Operation} stopped after {Limit}", request.OperationName, limit);
            return new ExecutionResult
            {
                Executed = true,
                Errors = [new ExecutionError($"The operation took longer than {limit.TotalSeconds:0.#} seconds and was stopped.") { Code = ErrorCodes.Timeout }],
            };
        }
    }

    private Task WriteErrorAsync(HttpContext http, string mediaType, int status, string code, string message)
        => WriteAsync(http, mediaType, status, new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] });

    private async Task WriteAsync(HttpContext http, string mediaType, int status, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
