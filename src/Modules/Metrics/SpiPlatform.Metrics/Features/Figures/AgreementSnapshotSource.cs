using SpiPlatform.Metrics.Contracts;

namespace SpiPlatform.Metrics.Features.Figures;

/// <summary>Freezes the agreement series for one month (or many at once): agreements by every dimension, and the status changes.</summary>
internal sealed class AgreementSnapshotSource(AgreementFigures figures) : IFigureSnapshotSource
{
    public async Task<IReadOnlyList<SnapshotValue>> ValuesForMonthAsync(Month month, CancellationToken ct)
        => (await ValuesForMonthsAsync([month], ct))[month];

    // Each month's agreements and status changes depend on that month alone, so one pass per dimension serves every month.
    public async Task<IReadOnlyDictionary<Month, IReadOnlyList<SnapshotValue>>> ValuesForMonthsAsync(IReadOnlyList<Month> months, CancellationToken ct)
    {
        var (from, to) = SnapshotPeriods.Spanning(months);
        var values = new List<(string, SnapshotValue)>();
        foreach (var dimension in MetricDimensions.ForAgreements)
        {
            var s = await figures.ComputeAsync(new FigureQuery(from, to, dimension, null, null, null), ct);
            values.AddRange(s.Agreements.Select(p => (p.Period, new SnapshotValue("agreements", "agreements", dimension, p.Dimension, p.Value))));
            if (dimension == MetricDimensions.Total)
            {
                values.AddRange(s.StatusChanges.Select(p => (p.Period, new SnapshotValue("agreements", "statusChanges", MetricDimensions.Status, p.Dimension, p.Value))));
            }
        }
        return SnapshotPeriods.ByMonth(months, values);
    }
}
