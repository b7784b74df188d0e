using SpiPlatform.Protocols.Contracts;
using SpiPlatform.SharedKernel.Messaging;
using SpiPlatform.TestKit;

namespace SpiPlatform.Metrics.Tests.Integration;

/// <summary>The Protocols events the read model follows, delivered again and at once, change no QA, development or review figure.</summary>
[Collection(MetricsCollection.Collection)]
public sealed class AgreementRedeliveryTests(MetricsFixture fixture) : IAsyncLifetime
{
    private HttpClient _evaluator = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _evaluator = await fixture.StaffClientAsync(StaffLogin.Evaluator);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<string> FiguresAsync()
    {
        const string period = "from: \"2011-01\", to: \"2012-12\", dimension: \"SERVICE_AREA\"";
        return string.Join("\n", await Task.WhenAll(new[] { "qualityAssurance", "development", "reviews", "agreements" }
            .Select(async f => (await MetricsApi.FigureAsync(_evaluator, f, period)).Figures(f).ToString())));
    }

    [Fact]
    public async Task Each_Protocols_event_delivered_twice_and_ten_times_at_once_changes_no_figure()
    {
        Guid hafanLles;
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            hafanLles = (await scope.ServiceProvider.GetRequiredService<IProtocolsApi>().FindByReferenceAsync("ISP-2011-0003", CancellationToken.None))!.Id;
        }
        var before = await FiguresAsync();
        var events = new (Func<IServiceProvider, Guid, Task> Deliver, string Name)[]
        {
            ((sp, id) => sp.GetRequiredService<IIntegrationEventHandler<AgreementStatusChanged>>()
                .HandleAsync(new AgreementStatusChanged(hafanLles, AgreementStatus.AwaitingSignOff, AgreementStatus.Live), id, CancellationToken.None), "status changed"),
            ((sp, id) => sp.GetRequiredService<IIntegrationEventHandler<AgreementSubmittedForQualityAssurance>>()
                .HandleAsync(new AgreementSubmittedForQualityAssurance(hafanLles, "ISP-2011-0003", 1), id, CancellationToken.None), "submitted"),
            ((sp, id) => sp.GetRequiredService<IIntegrationEventHandler<AgreementDerived>>()
                .HandleAsync(new AgreementDerived(hafanLles, hafanLles), id, CancellationToken.None), "derived"),
        };

        foreach (var (deliver, name) in events)
        {
            var eventId = Guid.NewGuid();
            for (var i = 0; i < 2; i++)
            {
                await using var scope = fixture.Factory.Services.CreateAsyncScope();
                await deliver(scope.ServiceProvider, eventId);
            }
            await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(async () =>
            {
                await using var scope = fixture.Factory.Services.CreateAsyncScope();
                // Half as the same delivery again, half as copies under new ids.
                await deliver(scope.ServiceProvider, i % 2 == 0 ? eventId : Guid.NewGuid());
            })));
            Assert.True(before == await FiguresAsync(), $"The {name} event changed a figure.");
        }
    }
}
