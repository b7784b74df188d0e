using SpiPlatform.Metrics.Contracts;

namespace SpiPlatform.Metrics.Features.Figures;

/// <summary>Freezes the agreement series for one month: agreements by every dimension, and the status changes.</summary>
internal sealed class AgreementSnapshotSource(AgreementFigures figures) : IFigureSnapshotSource
{
    public async Task<IReadOnlyList<SnapshotValue>> ValuesForMonthAsync(Month month, CancellationToken ct)
    {
        var values = new List<SnapshotValue>();
        foreach (var dimension in MetricDimensions.ForAgreements)
        {
            var s = await figures.ComputeAsync(new FigureQuery(month, month, dimension, null, null, null), ct);
            values.AddRange(s.Agreements.Select(p => new SnapshotValue("agreements", "agreements", dimension, p.Dimension, p.Value)));
            if (dimension == MetricDimensions.Total)
            {
                values.AddRange(s.StatusChanges.Select(p => new SnapshotValue("agreements", "statusChanges", MetricDimensions.Status, p.Dimension, p.Value)));
            }
        }
        return values;
    }
}
