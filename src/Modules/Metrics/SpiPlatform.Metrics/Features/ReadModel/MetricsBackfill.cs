using SpiPlatform.Metrics.Data;
using SpiPlatform.SharedKernel.Data;

namespace SpiPlatform.Metrics.Features.ReadModel;

/// <summary>
/// Fills the read model from the contracts: at start-up after the other modules' demo data (so the demo history is
/// counted from the first run) and daily, which also picks up what no event announces (lapses, new drafts, partner
/// edits). Idempotent: a second run changes nothing.
/// </summary>
internal sealed class MetricsBackfill(MetricsDbContext db, ReadModelRefresher refresher) : IDemoDataSeeder
{
    public const string Id = "metrics-refresh-read-model";

    public Task SeedAsync(CancellationToken ct) => RunAsync(ct);

    public async Task RunAsync(CancellationToken ct)
    {
        await refresher.RefreshSignaturesAsync(null, ct);
        await db.SaveChangesAsync(ct);
        await refresher.RefreshAgreementsAsync(null, ct);
        await refresher.RefreshQualityAssuranceAsync(ct);
        await db.SaveChangesAsync(ct);
    }
}
