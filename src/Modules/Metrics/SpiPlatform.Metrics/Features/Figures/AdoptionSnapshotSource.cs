using SpiPlatform.Metrics.Contracts;

namespace SpiPlatform.Metrics.Features.Figures;

/// <summary>Freezes every adoption series, by every dimension, for one month.</summary>
internal sealed class AdoptionSnapshotSource(AdoptionFigures figures) : IFigureSnapshotSource
{
    public async Task<IReadOnlyList<SnapshotValue>> ValuesForMonthAsync(Month month, CancellationToken ct)
    {
        var values = new List<SnapshotValue>();
        foreach (var dimension in MetricDimensions.ForAdoption)
        {
            var s = await figures.ComputeAsync(new FigureQuery(month, month, dimension, null, null, null), ct);
            Add(values, dimension, "active", s.Active);
            Add(values, dimension, "new", s.New);
            Add(values, dimension, "signed", s.Signed);
            Add(values, dimension, "verified", s.Verified);
            Add(values, dimension, "withdrawn", s.Withdrawn);
            Add(values, dimension, "lapsed", s.Lapsed);
        }
        return values;
    }

    private static void Add(List<SnapshotValue> values, string dimension, string series, IReadOnlyList<FigurePoint> points)
        => values.AddRange(points.Select(p => new SnapshotValue("adoption", series, dimension, p.Dimension, p.Value)));
}
