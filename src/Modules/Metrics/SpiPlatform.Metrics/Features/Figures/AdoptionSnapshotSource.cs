using SpiPlatform.Metrics.Contracts;

namespace SpiPlatform.Metrics.Features.Figures;

/// <summary>Freezes every adoption series, by every dimension, for one month (or, for the back-fill, many at once).</summary>
internal sealed class AdoptionSnapshotSource(AdoptionFigures figures) : IFigureSnapshotSource
{
    public async Task<IReadOnlyList<SnapshotValue>> ValuesForMonthAsync(Month month, CancellationToken ct)
        => (await ValuesForMonthsAsync([month], ct))[month];

    // Each month of a period's series is computed as for that month alone, so one pass per dimension serves every month.
    public async Task<IReadOnlyDictionary<Month, IReadOnlyList<SnapshotValue>>> ValuesForMonthsAsync(IReadOnlyList<Month> months, CancellationToken ct)
    {
        var (from, to) = SnapshotPeriods.Spanning(months);
        var values = new List<(string, SnapshotValue)>();
        foreach (var dimension in MetricDimensions.ForAdoption)
        {
            var s = await figures.ComputeAsync(new FigureQuery(from, to, dimension, null, null, null), ct);
            Add(values, dimension, "active", s.Active);
            Add(values, dimension, "new", s.New);
            Add(values, dimension, "signed", s.Signed);
            Add(values, dimension, "verified", s.Verified);
            Add(values, dimension, "withdrawn", s.Withdrawn);
            Add(values, dimension, "lapsed", s.Lapsed);
        }
        return SnapshotPeriods.ByMonth(months, values);
    }

    private static void Add(List<(string, SnapshotValue)> values, string dimension, string series, IReadOnlyList<FigurePoint> points)
        => values.AddRange(points.Select(p => (p.Period, new SnapshotValue("adoption", series, dimension, p.Dimension, p.Value))));
}
