using SpiPlatform.Metrics.Contracts;
using SpiPlatform.Metrics.Features.Figures;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Metrics.Features.Dashboard;

/// <summary>
/// Reads the dashboard from the module's figures (<see cref="AdoptionFigures"/>, <see cref="AgreementFigures"/>,
/// <see cref="QualityAssuranceFigures"/>, <see cref="ReviewFigures"/>, <see cref="TrainingFigures"/>), each asked with the
/// filter's period and filters exactly as the GraphQL <c>metrics</c> fields ask them, so the two always agree.
/// </summary>
internal sealed class DashboardReader(
    AdoptionFigures adoption, AgreementFigures agreements, QualityAssuranceFigures qualityAssurance, ReviewFigures reviews, TrainingFigures training)
{
    /// <summary>The turnaround bins' lower bounds in working days; the last bin is open-ended.</summary>
    public static readonly int[] TurnaroundBinStarts = [0, 6, 11, 16, 21, 31];

    public async Task<DashboardFigures> ReadAsync(DashboardFilter filter, CancellationToken ct)
    {
        var last = filter.To.ToString();
        var total = await adoption.ComputeAsync(filter.Query(MetricDimensions.Total), ct);
        var bySector = await adoption.ComputeAsync(filter.Query(MetricDimensions.Sector), ct);
        var byArea = await adoption.ComputeAsync(filter.Query(MetricDimensions.Area), ct);
        var byStatus = await agreements.ComputeAsync(filter.Query(MetricDimensions.Status), ct);
        var byServiceArea = await agreements.ComputeAsync(filter.Query(MetricDimensions.ServiceArea), ct);
        var agreementsByArea = await agreements.ComputeAsync(filter.Query(MetricDimensions.Area), ct);
        var qa = await qualityAssurance.ComputeAsync(filter.Query(MetricDimensions.Total), ct);
        var review = await reviews.ComputeAsync(filter.Query(MetricDimensions.Total), ct);
        var trainingNow = await training.ComputeAsync(filter.Area, ct);

        var statuses = AtMonth(byStatus.Agreements, last);
        int Status(AgreementStatus s) => statuses.GetValueOrDefault(Names.Constant(s));
        var months = filter.Query(MetricDimensions.Total).Months().ToList();
        var tiles = new DashboardTiles(
            AtMonth(total.Active, last).GetValueOrDefault(MetricDimensions.Total),
            Status(AgreementStatus.Live) + Status(AgreementStatus.UnderReview),
            Status(AgreementStatus.InQualityAssurance),
            Status(AgreementStatus.AwaitingSignOff),
            Measures.Median([.. qa.Decided.Select(r => (double)r.WorkingDays)]),
            qa.Decided.Count,
            AtMonth(review.Overdue, last).GetValueOrDefault(MetricDimensions.Total),
            trainingNow.Coverage);
        var activeByArea = AtMonth(byArea.Active, last);
        var agreementsInArea = AtMonth(agreementsByArea.Agreements, last);
        return new DashboardFigures(filter, tiles, months,
            [.. Values<OrganisationSector>(bySector.Active.Select(p => p.Dimension))
                .Select(sector => new SectorSeries(sector, [.. months.Select(m => bySector.Active.Where(p => p.Period == m.ToString() && p.Dimension == Names.Constant(sector)).Sum(p => p.Value))]))],
            Counts<AgreementStatus>(statuses),
            Counts<AgreementServiceArea>(AtMonth(byServiceArea.Agreements, last)),
            Bins(qa.Decided),
            qa.Decided,
            [.. Enum.GetValues<ServiceArea>().Where(a => a is not (ServiceArea.AllWales or ServiceArea.OutsideWales) && (filter.Area is null || filter.Area == a))
                .Select(a => new AreaAdoption(a, activeByArea.GetValueOrDefault(Names.Constant(a)), agreementsInArea.GetValueOrDefault(Names.Constant(a))))]);
    }

    /// <summary>The counts of each rounds' turnaround in <see cref="TurnaroundBinStarts"/>'s bins (empty bins included).</summary>
    public static List<TurnaroundBin> Bins(IReadOnlyList<DecidedRound> rounds)
        => [.. TurnaroundBinStarts.Select((low, i) =>
        {
            int? high = i + 1 < TurnaroundBinStarts.Length ? TurnaroundBinStarts[i + 1] - 1 : null;
            return new TurnaroundBin(low, high, rounds.Count(r => r.WorkingDays >= low && (high is null || r.WorkingDays <= high)));
        })];

    private static Dictionary<string, int> AtMonth(IEnumerable<FigurePoint> points, string period)
        => points.Where(p => p.Period == period).GroupBy(p => p.Dimension).ToDictionary(g => g.Key, g => g.Sum(p => p.Value), StringComparer.Ordinal);

    // Every value of the enumeration a series has, in the enumeration's order.
    private static List<T> Values<T>(IEnumerable<string> dimensions) where T : struct, Enum
    {
        var present = dimensions.ToHashSet(StringComparer.Ordinal);
        return [.. Enum.GetValues<T>().Where(v => present.Contains(Names.Constant(v)))];
    }

    private static List<Counted<T>> Counts<T>(Dictionary<string, int> counts) where T : struct, Enum
        => [.. Values<T>(counts.Keys).Select(v => new Counted<T>(v, counts[Names.Constant(v)]))];
}
