using GraphQL.Types;

namespace SpiPlatform.Host.GraphQL;

/// <summary>
/// Builds the schema while the app starts, so the first request does not pay for it inside its execution timeout
/// (seen: a first query timing out on a loaded machine), and a schema that cannot be built stops the start.
/// </summary>
internal sealed class SchemaWarmUp(ISchema schema, ILogger<SchemaWarmUp> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var started = TimeProvider.System.GetTimestamp();
        schema.Initialize();
        logger.LogInformation("GraphQL schema built in {Elapsed} ms", TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
