using System.Diagnostics;
using System.Text.Json;
using Hangfire;
using Hangfire.Storage;
using SpiPlatform.Metrics.Data;
using SpiPlatform.Metrics.Features.Figures;
using SpiPlatform.Metrics.Features.Snapshots;
using SpiPlatform.SharedKernel;
using SpiPlatform.TestKit;
using Xunit.Abstractions;
using static SpiPlatform.Metrics.Tests.Integration.SnapshotScenario;

namespace SpiPlatform.Metrics.Tests.Integration;

/// <summary>
/// The monthly snapshot job. The demo back-fill has frozen every month up to the last one ended by the real clock, so
/// the job's own rules are tried on later months with a clock stopped in 2027.
/// </summary>
[Collection(MetricsCollection.Collection)]
public sealed class SnapshotJobTests(MetricsFixture fixture, ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly Month December2026 = new(2026, 12);

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Month LastEndedMonth => MonthlySnapshotJob.LastEndedMonth(fixture.Factory.Services.GetRequiredService<TimeProvider>());

    [Fact]
    public async Task Re_running_the_job_changes_nothing_not_even_when_a_month_was_taken()
    {
        var before = await StoredAsync(fixture);

        var frozen = await FreezeAsync(fixture, TimeProvider.System);
        var later = await FreezeAsync(fixture, ClockAt("2030-01-01T12:00:00Z"));
        var again = await FreezeAsync(fixture, ClockAt("2030-01-01T12:05:00Z"));

        Assert.Empty(frozen);
        Assert.Empty(again);
        Assert.Equal(new Month(2029, 12), later[^1]);
        var after = await StoredAsync(fixture);
        Assert.Equal(before, after.Take(before.Count));
        Assert.All(after.Skip(before.Count), s => Assert.Equal(DateTimeOffset.Parse("2030-01-01T12:00:00Z"), s.TakenAt));
    }

    [Fact]
    public async Task A_month_is_frozen_only_once_it_has_ended_in_Wales_not_in_UTC()
    {
        Assert.True(LastEndedMonth < December2026);

        // 23:30 BST on 31 May 2027: May has not ended in Wales.
        var beforeMidnight = await FreezeAsync(fixture, ClockAt("2027-05-31T22:30:00Z"));
        // 00:30 BST on 1 June, still 31 May in UTC: May has ended in Wales.
        var afterMidnight = await FreezeAsync(fixture, ClockAt("2027-05-31T23:30:00Z"));

        Assert.Equal(new Month(2027, 4), beforeMidnight[^1]);
        Assert.Equal([new Month(2027, 5)], afterMidnight);
    }

    [Fact]
    public async Task Four_runs_at_once_freeze_a_month_once()
    {
        var clock = ClockAt("2027-01-02T01:00:00Z");

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => FreezeAsync(fixture, clock))));

        Assert.Single(runs, r => r.Count > 0);
        Assert.Equal([December2026], runs.Single(r => r.Count > 0));
        var stored = (await StoredAsync(fixture)).Where(s => s.Month == December2026.First).ToList();
        Assert.Single(stored);
        Assert.Equal(await FiguresComputedForAsync(December2026), FiguresIn(stored[0].Values));
    }

    [Fact]
    public async Task A_source_that_fails_midway_leaves_no_snapshot_and_a_re_run_freezes_the_month_whole()
    {
        var clock = ClockAt("2027-01-02T01:00:00Z");
        var before = await StoredAsync(fixture);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => FreezeAsync(fixture, clock,
            services => [.. services.GetServices<IFigureSnapshotSource>().Take(1), new FailingSource(), .. services.GetServices<IFigureSnapshotSource>().Skip(1)]));

        Assert.Equal(FailingSource.Message, failure.Message);
        Assert.Equal(before, await StoredAsync(fixture));

        Assert.Equal([December2026], await FreezeAsync(fixture, clock));
        var december = (await StoredAsync(fixture)).Single(s => s.Month == December2026.First);
        Assert.Equal(await FiguresComputedForAsync(December2026), FiguresIn(december.Values));
    }

    [Fact]
    public async Task Every_registered_source_gives_the_same_values_for_a_month_alone_as_for_it_within_a_long_period()
    {
        Month[] period = [.. Enumerable.Range(0, 36).Select(i => new Month(2010, 1).Plus(i))];
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var sources = scope.ServiceProvider.GetServices<IFigureSnapshotSource>().ToList();
        Assert.True(sources.Count >= 2);

        foreach (var source in sources)
        {
            var together = await source.ValuesForMonthsAsync(period, CancellationToken.None);
            foreach (var month in new[] { new Month(2010, 6), new Month(2011, 9), new Month(2012, 3) })
            {
                var alone = await source.ValuesForMonthAsync(month, CancellationToken.None);
                Assert.Equal(alone, together.GetValueOrDefault(month) ?? []);
            }
        }
    }

    [Fact]
    public async Task The_back_fill_of_the_demo_history_reads_the_read_model_a_few_times_not_once_a_month()
    {
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MetricsDbContext>().Snapshots.ExecuteDeleteAsync();
        }
        var months = 0;
        var clock = Stopwatch.StartNew();

        var reads = await SqlCommandCounter.CountAsync("metrics.signatures", async () => months = (await FreezeAsync(fixture, TimeProvider.System)).Count);

        output.WriteLine($"{months} months frozen in {clock.ElapsedMilliseconds} ms, {reads} reads of metrics.signatures");
        Assert.Equal(MonthlySnapshotJob.LastEndedMonth(TimeProvider.System), (await StoredAsync(fixture)).Select(s => Month.Of(s.Month)).Max());
        Assert.True(months > 190, $"{months} months");
        Assert.True(reads <= 10, $"{reads} reads");
    }

    [Fact]
    public void The_job_runs_daily_at_half_past_three_in_wales_after_the_read_model_refresh()
    {
        using var connection = fixture.Factory.Services.GetRequiredService<JobStorage>().GetConnection();

        var job = connection.GetRecurringJobs().Single(j => j.Id == MonthlySnapshotJob.Id);

        Assert.Equal("30 3 * * *", job.Cron);
        Assert.Equal(WalesClock.TimeZone.Id, job.TimeZoneId);
    }

    // Every figure that has a value in the month, straight from the registered sources: what a snapshot must hold whole.
    private async Task<List<string>> FiguresComputedForAsync(Month month)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var figures = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var source in scope.ServiceProvider.GetServices<IFigureSnapshotSource>())
        {
            figures.UnionWith((await source.ValuesForMonthAsync(month, CancellationToken.None)).Select(v => v.Figure));
        }
        Assert.Contains("adoption", figures);
        return [.. figures];
    }

    private static List<string> FiguresIn(string values)
        => [.. JsonDocument.Parse(values).RootElement.EnumerateArray().Select(v => v.GetProperty("figure").GetString()!).Distinct().Order(StringComparer.Ordinal)];

    private sealed class FailingSource : IFigureSnapshotSource
    {
        public const string Message = "The QA read model is unavailable.";

        public Task<IReadOnlyList<SnapshotValue>> ValuesForMonthAsync(Month month, CancellationToken ct) => throw new InvalidOperationException(Message);
    }
}
