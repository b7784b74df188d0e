using Hangfire;
using SpiPlatform.SharedKernel.Messaging;

namespace SpiPlatform.Host.Jobs;

/// <summary>Queues a dispatch run right away, so events do not wait for the next minute's run.</summary>
internal sealed class HangfireOutboxSignal(IBackgroundJobClient jobs) : IOutboxSignal
{
    public void Notify() => jobs.Enqueue<OutboxDispatchJob>(job => job.RunAsync(CancellationToken.None));
}
