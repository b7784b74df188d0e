using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.Host.Jobs;

namespace SpiPlatform.TestKit;

/// <summary>Runs the outbox dispatcher now, instead of waiting for its Hangfire schedule.</summary>
public static class Outbox
{
    public static async Task DispatchOutboxAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboxDispatchJob>().RunAsync(CancellationToken.None);
    }

    /// <summary>
    /// Waits (up to 10 s) until no Hangfire job is queued or running, such as the dispatch run a handler queued.
    /// Counted by job state, so a job a worker has fetched but not yet started still counts.
    /// </summary>
    public static Task QueuedJobsFinishedAsync(this IServiceProvider services)
    {
        var monitoring = services.GetRequiredService<JobStorage>().GetMonitoringApi();
        return EventuallyAsync(() => monitoring.GetStatistics() is { Enqueued: 0, Processing: 0 }, "every queued background job finished");
    }

    /// <summary>Waits (up to 10 s) for something a background job or dispatcher does.</summary>
    public static async Task EventuallyAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Still waiting after 10 s for: {what}");
            }
            await Task.Delay(100);
        }
    }
}
