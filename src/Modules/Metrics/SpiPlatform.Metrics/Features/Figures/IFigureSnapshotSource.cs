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
}
