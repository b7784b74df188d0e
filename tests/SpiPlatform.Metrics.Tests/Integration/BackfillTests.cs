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
    public async Task A_full_refresh_reads_page_by_page_and_still_mends_removes_and_adds_every_agreement()
    {
        var evaluator = await fixture.StaffClientAsync(StaffLogin.Evaluator);
        var before = await AllFiguresAsync(evaluator);
        var stale = new[] { Guid.Empty.ToString()[..^1] + "1", "7fffffff-ffff-ffff-ffff-ffffffffffff", "ffffffff-ffff-ffff-ffff-ffffffffffff" }.Select(Guid.Parse).ToList();
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MetricsDbContext>();
            // One copy lost, one with a wrong status, and three agreements the source no longer has: before, between and after the real ones.
            var lost = await db.Agreements.OrderBy(a => a.Reference).FirstAsync();
            db.Agreements.Remove(lost);
            (await db.Agreements.OrderBy(a => a.Reference).Skip(2).FirstAsync()).Status = SpiPlatform.Protocols.Contracts.AgreementStatus.Withdrawn;
            db.Agreements.AddRange(stale.Select(id => new SpiPlatform.Metrics.Domain.AgreementRow
            {
                AgreementId = id, Reference = $"ISP-1999-{stale.IndexOf(id):D4}",
                History = [new() { AgreementId = id, Position = 0, Status = SpiPlatform.Protocols.Contracts.AgreementStatus.Live, On = new DateOnly(2011, 1, 1) }],
            }));
            await db.SaveChangesAsync();
        }
        Assert.NotEqual(before, await AllFiguresAsync(evaluator));

        foreach (var pageSize in new[] { 4, 1 })
        {
            await using var scope = fixture.Factory.Services.CreateAsyncScope();
            // Six agreements in pages of four (a full page and a part) and of one (six pages and an empty one).
            scope.ServiceProvider.GetRequiredService<ReadModelRefresher>().PageSize = pageSize;
            await scope.ServiceProvider.GetRequiredService<MetricsBackfill>().RunAsync(CancellationToken.None);
            Assert.Equal(before, await AllFiguresAsync(evaluator));
        }
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MetricsDbContext>();
            Assert.Equal(6, await db.Agreements.CountAsync());
            Assert.False(await db.Agreements.AnyAsync(a => stale.Contains(a.AgreementId)));
        }
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
