using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.SharedKernel.Messaging;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.TestKit;

namespace SpiPlatform.Signatories.Tests;

[CollectionDefinition(Collection)]
public sealed class SignatoriesCollection : ICollectionFixture<SignatoriesFixture>
{
    public const string Collection = PlatformFixture.Collection;
}

/// <summary>The app, plus a handler that records the Accord events another module would receive.</summary>
public sealed class SignatoriesFixture : PlatformFixture
{
    public ConcurrentQueue<(Guid EventId, object Event)> Received { get; } = new();

    protected override void ConfigureApp(IWebHostBuilder builder)
        => builder.ConfigureServices(s =>
        {
            s.AddSingleton(this);
            s.AddIntegrationEventHandler<AccordSigned, RecordingHandler>();
            s.AddIntegrationEventHandler<AccordSignatureVerified, RecordingHandler>();
            s.AddIntegrationEventHandler<AccordWithdrawn, RecordingHandler>();
        });


    private sealed class RecordingHandler(SignatoriesFixture fixture)
        : IIntegrationEventHandler<AccordSigned>, IIntegrationEventHandler<AccordSignatureVerified>, IIntegrationEventHandler<AccordWithdrawn>
    {
        public Task HandleAsync(AccordSigned e, Guid id, CancellationToken ct) => Record(id, e);

        public Task HandleAsync(AccordSignatureVerified e, Guid id, CancellationToken ct) => Record(id, e);

        public Task HandleAsync(AccordWithdrawn e, Guid id, CancellationToken ct) => Record(id, e);

        private Task Record(Guid id, object e)
        {
            fixture.Received.Enqueue((id, e));
            return Task.CompletedTask;
        }
    }
}
