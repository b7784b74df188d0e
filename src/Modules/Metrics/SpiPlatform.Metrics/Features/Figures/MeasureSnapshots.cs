namespace SpiPlatform.Metrics.Features.Figures;

/// <summary>Turns a figure's series into the values a month's snapshot freezes (a measure with nothing observed is left out).</summary>
internal static class MeasureSnapshots
{
    public static void Add(List<SnapshotValue> values, string figure, string dimension, string series, IEnumerable<FigurePoint> points)
        => values.AddRange(points.Select(p => new SnapshotValue(figure, series, dimension, p.Dimension, p.Value)));

    public static void Add(List<SnapshotValue> values, string figure, string dimension, string series, IEnumerable<MeasurePoint> points)
        => values.AddRange(points.Where(p => p.Value is not null).Select(p => new SnapshotValue(figure, series, dimension, p.Dimension, (decimal)p.Value!.Value)));
}

/// <summary>Freezes every quality-assurance series, by every dimension, for one month.</summary>
internal sealed class QualityAssuranceSnapshotSource(QualityAssuranceFigures figures) : IFigureSnapshotSource
{
    public async Task<IReadOnlyList<SnapshotValue>> ValuesForMonthAsync(Month month, CancellationToken ct)
    {
        var values = new List<SnapshotValue>();
        foreach (var dimension in Contracts.MetricDimensions.ForAgreementMeasures)
        {
            var s = await figures.ComputeAsync(new FigureQuery(month, month, dimension, null, null, null), ct);
            MeasureSnapshots.Add(values, "qualityAssurance", dimension, "submissions", s.Submissions);
            MeasureSnapshots.Add(values, "qualityAssurance", dimension, "turnaroundMedian", s.TurnaroundMedian);
            MeasureSnapshots.Add(values, "qualityAssurance", dimension, "turnaroundP90", s.TurnaroundP90);
            MeasureSnapshots.Add(values, "qualityAssurance", dimension, "slaBreaches", s.SlaBreaches);
            MeasureSnapshots.Add(values, "qualityAssurance", dimension, "signOffDuration", s.SignOffDuration);
            if (dimension == Contracts.MetricDimensions.Total)
            {
                MeasureSnapshots.Add(values, "qualityAssurance", "STATE", "timeInState", s.TimeInState);
            }
        }
        return values;
    }
}

/// <summary>Freezes every development series, by every dimension, for one month.</summary>
internal sealed class DevelopmentSnapshotSource(DevelopmentFigures figures) : IFigureSnapshotSource
{
    public async Task<IReadOnlyList<SnapshotValue>> ValuesForMonthAsync(Month month, CancellationToken ct)
    {
        var values = new List<SnapshotValue>();
        foreach (var dimension in Contracts.MetricDimensions.ForAgreementMeasures)
        {
            var s = await figures.ComputeAsync(new FigureQuery(month, month, dimension, null, null, null), ct);
            MeasureSnapshots.Add(values, "development", dimension, "monthsToLive", s.MonthsToLive);
            MeasureSnapshots.Add(values, "development", dimension, "practitionerHours", s.PractitionerHours);
            MeasureSnapshots.Add(values, "development", dimension, "hoursPerPractitioner", s.HoursPerPractitioner);
        }
        return values;
    }
}

/// <summary>Freezes every review series, by every dimension, for one month.</summary>
internal sealed class ReviewSnapshotSource(ReviewFigures figures) : IFigureSnapshotSource
{
    public async Task<IReadOnlyList<SnapshotValue>> ValuesForMonthAsync(Month month, CancellationToken ct)
    {
        var values = new List<SnapshotValue>();
        foreach (var dimension in Contracts.MetricDimensions.ForAgreementMeasures)
        {
            var s = await figures.ComputeAsync(new FigureQuery(month, month, dimension, null, null, null), ct);
            MeasureSnapshots.Add(values, "reviews", dimension, "overdue", s.Overdue);
            MeasureSnapshots.Add(values, "reviews", dimension, "due", s.Due);
            MeasureSnapshots.Add(values, "reviews", dimension, "reviewedOnTime", s.ReviewedOnTime);
            MeasureSnapshots.Add(values, "reviews", dimension, "shareReviewedOnTime", s.ShareReviewedOnTime);
        }
        return values;
    }
}

/// <summary>
/// Freezes the training figures, which exist only as they stand now: for the month that is ending (the current month,
/// or the one just ended when the job runs after midnight on the 1st) and nothing for earlier months, which the
/// Training contract cannot give.
/// </summary>
internal sealed class TrainingSnapshotSource(TrainingFigures figures, TimeProvider clock) : IFigureSnapshotSource
{
    public async Task<IReadOnlyList<SnapshotValue>> ValuesForMonthAsync(Month month, CancellationToken ct)
    {
        var current = Month.Of(SharedKernel.WalesClock.TodayInWales(clock));
        if (month != current && month != current.Plus(-1))
        {
            return [];
        }
        var s = await figures.ComputeAsync(null, ct);
        var values = new List<SnapshotValue>();
        MeasureSnapshots.Add(values, "training", "STATUS", "needs", s.Needs);
        MeasureSnapshots.Add(values, "training", Contracts.MetricDimensions.Area, "facilitators", s.Facilitators);
        MeasureSnapshots.Add(values, "training", Contracts.MetricDimensions.Area, "availableFacilitators", s.AvailableFacilitators);
        values.Add(new SnapshotValue("training", "coverageLiveAgreements", Contracts.MetricDimensions.Total, Contracts.MetricDimensions.Total, s.Coverage.LiveAgreements));
        values.Add(new SnapshotValue("training", "coveragePartnerOrganisations", Contracts.MetricDimensions.Total, Contracts.MetricDimensions.Total, s.Coverage.PartnerOrganisations));
        values.Add(new SnapshotValue("training", "coverageWithNeedMet", Contracts.MetricDimensions.Total, Contracts.MetricDimensions.Total, s.Coverage.WithNeedMet));
        values.Add(new SnapshotValue("training", "coverageShare", Contracts.MetricDimensions.Total, Contracts.MetricDimensions.Total, s.Coverage.Share));
        return values;
    }
}
