using Hangfire;
using Hangfire.Storage;
using SpiPlatform.Metrics.Data;
using SpiPlatform.Metrics.Features.ReadModel;
using SpiPlatform.TestKit;

namespace SpiPlatform.Metrics.Tests.Integration;

[Collection(MetricsCollection.Collection)]
public sealed class BackfillTests(MetricsFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<string> AllFiguresAsync(HttpClient evaluator)
        => (await MetricsApi.AdoptionAsync(evaluator, "from: \"2010-01\", to: \"2012-12\", dimension: \"AREA\"")).Figures("adoption").ToString()
            + (await MetricsApi.AgreementsAsync(evaluator, "from: \"2010-01\", to: \"2012-12\", dimension: \"STATUS\"")).Figures("agreements");

    [Fact]
    public async Task The_demo_history_is_in_the_read_model_from_the_start_and_a_second_back_fill_changes_no_figure()
    {
        var evaluator = await fixture.StaffClientAsync(StaffLogin.Evaluator);
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MetricsDbContext>();
            Assert.True(await db.Signatures.CountAsync() >= 50);
            Assert.Equal(6, await db.Agreements.CountAsync());
        }
        var before = await AllFiguresAsync(evaluator);

        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MetricsBackfill>().RunAsync(CancellationToken.None);
        }

        Assert.Equal(before, await AllFiguresAsync(evaluator));
    }

    [Fact]
    public void The_read_model_is_refreshed_daily_at_three_in_wales_after_the_lapse_check()
    {
        using var connection = fixture.Factory.Services.GetRequiredService<JobStorage>().GetConnection();

        var job = connection.GetRecurringJobs().Single(j => j.Id == MetricsBackfill.Id);

        Assert.Equal(Cron.Daily(3), job.Cron);
        Assert.Equal("Europe/London", job.TimeZoneId);
    }
}

[Collection(MetricsCollection.Collection)]
public sealed class ParallelDeliveryTests(MetricsFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Ten_simultaneous_deliveries_of_one_event_are_handled_once_without_error()
    {
        var organisationId = SpiPlatform.Signatories.Contracts.DemoOrganisationIds.EditorOrganisation;
        var e = new SpiPlatform.Signatories.Contracts.AccordSigned(organisationId, Guid.NewGuid(), "5.0", new DateOnly(2010, 2, 8));
        var eventId = Guid.NewGuid();

        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(async () =>
        {
            await using var scope = fixture.Factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SpiPlatform.SharedKernel.Messaging.IIntegrationEventHandler<SpiPlatform.Signatories.Contracts.AccordSigned>>()
                .HandleAsync(e, eventId, CancellationToken.None);
        })));

        await using var read = fixture.Factory.Services.CreateAsyncScope();
        Assert.Equal(1, await read.ServiceProvider.GetRequiredService<MetricsDbContext>().HandledEvents.CountAsync(h => h.EventId == eventId));
    }
}
