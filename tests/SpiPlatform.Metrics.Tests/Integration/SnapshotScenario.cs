using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using SpiPlatform.Metrics.Data;
using SpiPlatform.Metrics.Features.Figures;
using SpiPlatform.Metrics.Features.Snapshots;
using SpiPlatform.TestKit;

namespace SpiPlatform.Metrics.Tests.Integration;

/// <summary>Runs the snapshot job on a clock of the test's choosing and reads back what it froze.</summary>
internal static class SnapshotScenario
{
    public const string Fields = "month takenAt values { figure series dimension key value }";

    /// <summary>A clock stopped at this UTC instant.</summary>
    public static FakeTimeProvider ClockAt(string utc) => new(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The job as Hangfire runs it, in a scope of its own, with the registered sources or the ones given.</summary>
    public static async Task<IReadOnlyList<Month>> FreezeAsync(
        MetricsFixture fixture, TimeProvider clock, Func<IServiceProvider, IEnumerable<IFigureSnapshotSource>>? sources = null)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var job = new MonthlySnapshotJob(
            services.GetRequiredService<MetricsDbContext>(), sources?.Invoke(services) ?? services.GetServices<IFigureSnapshotSource>(), clock);
        return await job.FreezeEndedMonthsAsync(CancellationToken.None);
    }

    /// <summary>Every snapshot row as stored: month, when taken, and its values.</summary>
    public static async Task<List<(DateOnly Month, DateTimeOffset TakenAt, string Values)>> StoredAsync(MetricsFixture fixture)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<MetricsDbContext>().Snapshots.AsNoTracking().OrderBy(s => s.Month).ToListAsync();
        return [.. rows.Select(r => (r.Month, r.TakenAt, r.Values))];
    }

    public static Task<GraphQLResponse> SnapshotAsync(HttpClient client, string args, string? token = null)
        => GraphQLClient.PostAsync(client, $"{{ metricsSnapshot({args}) {{ {Fields} }} }}", token);

    public static JsonElement Snapshot(this GraphQLResponse response)
    {
        Assert.False(response.HasErrors, response.Body.ToString());
        return response.Data.GetProperty("metricsSnapshot");
    }

    /// <summary>The snapshot's values of one figure's series by one dimension, as key → value.</summary>
    public static Dictionary<string, decimal> Values(this JsonElement snapshot, string figure, string series, string dimension)
        => snapshot.GetProperty("values").EnumerateArray()
            .Where(v => v.GetProperty("figure").GetString() == figure && v.GetProperty("series").GetString() == series
                && v.GetProperty("dimension").GetString() == dimension)
            .ToDictionary(v => v.GetProperty("key").GetString()!, v => v.GetProperty("value").GetDecimal());
}
