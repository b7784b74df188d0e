namespace SpiPlatform.Metrics.Features.Figures;

/// <summary>
/// One value of a measured series (a median, a percentile, a mean, a share): the month, the dimension's value, the
/// measure (null when nothing was observed) and how many observations it was taken over.
/// </summary>
internal sealed record MeasurePoint(string Period, string Dimension, double? Value, int Count);

/// <summary>The statistics the measured series use, defined once.</summary>
internal static class Measures
{
    /// <summary>The middle value; for an even count, the mean of the two middle values. Null for none.</summary>
    public static double? Median(IReadOnlyCollection<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>The nearest-rank percentile: the smallest observed value with at least <paramref name="p"/>% of values at or below it. Null for none.</summary>
    public static double? Percentile(IReadOnlyCollection<double> values, int p)
    {
        if (values.Count == 0)
        {
            return null;
        }
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }

    /// <summary>The mean, rounded to two decimals. Null for none.</summary>
    public static double? Mean(IReadOnlyCollection<double> values) => values.Count == 0 ? null : Math.Round(values.Average(), 2);

    /// <summary>
    /// A measured series: for each month and dimension value, the measure of the observations placed in that month
    /// (every dimension value given, else every one observed, appears in every month, with a null measure when empty).
    /// </summary>
    public static List<MeasurePoint> Series<T>(
        FigureQuery q, IReadOnlyCollection<T> observations, Func<T, Month> monthOf, Func<T, IEnumerable<string>> dimensionsOf,
        Func<T, double> valueOf, Func<IReadOnlyCollection<double>, double?> measure, IEnumerable<string>? dimensionValues = null)
    {
        var values = q.Dimension == Contracts.MetricDimensions.Total
            ? [Contracts.MetricDimensions.Total]
            : (dimensionValues ?? observations.SelectMany(dimensionsOf)).Distinct().Order(StringComparer.Ordinal).ToList();
        var points = new List<MeasurePoint>();
        foreach (var month in q.Months())
        {
            var inMonth = observations.Where(o => monthOf(o) == month).ToList();
            foreach (var value in values)
            {
                var observed = inMonth.Where(o => dimensionsOf(o).Contains(value)).Select(valueOf).ToList();
                points.Add(new MeasurePoint(month.ToString(), value, measure(observed), observed.Count));
            }
        }
        return points;
    }

    /// <summary>A counted series in the same shape: how many observations fall in each month and dimension value.</summary>
    public static List<FigurePoint> Counts<T>(
        FigureQuery q, IReadOnlyCollection<T> observations, Func<T, Month> monthOf, Func<T, IEnumerable<string>> dimensionsOf, IEnumerable<string>? dimensionValues = null)
        => [.. Series(q, observations, monthOf, dimensionsOf, _ => 1, v => v.Count, dimensionValues).Select(p => new FigurePoint(p.Period, p.Dimension, p.Count))];
}
