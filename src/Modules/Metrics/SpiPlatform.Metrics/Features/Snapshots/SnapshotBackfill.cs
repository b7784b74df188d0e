using SpiPlatform.SharedKernel.Data;

namespace SpiPlatform.Metrics.Features.Snapshots;

/// <summary>
/// Freezes the demo history at start-up, once the read model holds it: every month from the first record to the last
/// that has ended. On later starts the months are frozen already and nothing changes.
/// </summary>
internal sealed class SnapshotBackfill(MonthlySnapshotJob job) : IDemoDataSeeder
{
    public Task SeedAsync(CancellationToken ct) => job.FreezeEndedMonthsAsync(ct);
}
