namespace SpiPlatform.Metrics.Features.Figures;

/// <summary>One value a month's snapshot freezes: which figure and series, the dimension's value, and the number.</summary>
/// <param name="Figure">The figure, as the GraphQL field under <c>metrics</c> names it (e.g. <c>adoption</c>).</param>
/// <param name="Series">The series within the figure (e.g. <c>active</c>).</param>
/// <param name="Dimension">What the series is broken down by (e.g. <c>SECTOR</c>), or <c>TOTAL</c>.</param>
/// <param name="Key">The dimension's value (e.g. <c>LOCAL_AUTHORITY</c>), or <c>TOTAL</c>.</param>
/// <param name="Value">The number: a count, or a measure such as a median in working days.</param>
internal sealed record SnapshotValue(string Figure, string Series, string Dimension, string Key, decimal Value);

/// <summary>
/// A figure that can be frozen for a month: every series and dimension it offers, for that month alone and unfiltered.
/// The monthly snapshot job asks every registered source; a new figure registers one to be frozen too.
/// </summary>
internal interface IFigureSnapshotSource
{
    Task<IReadOnlyList<SnapshotValue>> ValuesForMonthAsync(Month month, CancellationToken ct);

    /// <summary>
    /// The values of several months at once, each exactly as <see cref="ValuesForMonthAsync"/> gives it. The back-fill
    /// freezes some 200 months at start-up: a source whose figure reads its rows once for a whole period overrides this
    /// to compute them in one pass; by default it asks month by month.
    /// </summary>
    async Task<IReadOnlyDictionary<Month, IReadOnlyList<SnapshotValue>>> ValuesForMonthsAsync(IReadOnlyList<Month> months, CancellationToken ct)
    {
        var values = new Dictionary<Month, IReadOnlyList<SnapshotValue>>();
        foreach (var month in months)
        {
            values[month] = await ValuesForMonthAsync(month, ct);
        }
        return values;
    }
}

/// <summary>Splits a figure computed over a whole period into the months asked for.</summary>
internal static class SnapshotPeriods
{
    /// <summary>The period from the first to the last of the months (which need not be consecutive).</summary>
    public static (Month From, Month To) Spanning(IReadOnlyList<Month> months) => (months.Min(), months.Max());

    public static IReadOnlyDictionary<Month, IReadOnlyList<SnapshotValue>> ByMonth(
        IReadOnlyList<Month> months, IEnumerable<(string Period, SnapshotValue Value)> values)
    {
        var byPeriod = values.ToLookup(v => v.Period, v => v.Value);
        return months.ToDictionary(m => m, m => (IReadOnlyList<SnapshotValue>)[.. byPeriod[m.ToString()]]);
    }
}
