using Microsoft.EntityFrameworkCore;
using SpiPlatform.Metrics.Data;
using SpiPlatform.Metrics.Domain;
using SpiPlatform.Protocols.Contracts;

namespace SpiPlatform.Metrics.Features.Figures;

/// <summary>Development figures for a period.</summary>
/// <param name="MonthsToLive">Median months from development start to Live of the agreements that first went live in the month.</param>
/// <param name="PractitionerHours">Practitioner hours in all (practitioners × hours each) of the effort records placed in the month, where both are known.</param>
/// <param name="HoursPerPractitioner">Mean hours each practitioner gave, over the effort records placed in the month that state it.</param>
/// <param name="Agreements">Per agreement live by the period's end: its development start, first Live date and months between.</param>
/// <param name="Effort">The effort records of the agreements passing the filters, placed up to the period's end.</param>
internal sealed record DevelopmentSeries(
    FigureQuery Query, IReadOnlyList<MeasurePoint> MonthsToLive, IReadOnlyList<MeasurePoint> PractitionerHours,
    IReadOnlyList<MeasurePoint> HoursPerPractitioner, IReadOnlyList<AgreementDevelopment> Agreements, IReadOnlyList<EffortFigure> Effort);

/// <summary>One agreement's development: from its start to its first day live.</summary>
internal sealed record AgreementDevelopment(Guid AgreementId, string Reference, AgreementServiceArea ServiceArea, DateOnly Started, DateOnly LiveOn)
{
    /// <summary>Months between, to one decimal (days over the mean month of 30.44 days).</summary>
    public double Months => Math.Round((LiveOn.DayNumber - Started.DayNumber) / (365.25 / 12), 1);
}

/// <summary>An effort record with the agreement it belongs to.</summary>
internal sealed record EffortFigure(DevelopmentEffortRecord Record, string Reference, AgreementServiceArea ServiceArea);

/// <summary>Computes development figures from the agreements' status history and the evaluation's effort records.</summary>
internal sealed class DevelopmentFigures(MetricsDbContext db, AgreementSelection selection)
{
    public async Task<DevelopmentSeries> ComputeAsync(FigureQuery q, CancellationToken ct)
    {
        var agreements = await selection.LoadAsync(q, ct);
        var dims = AgreementSelection.ValuesOf(agreements, q);
        var end = q.To.Last;
        var developed = agreements.Values
            .Select(a => (Row: a, Live: a.History.Where(h => h.Status == AgreementStatus.Live).OrderBy(h => h.On).FirstOrDefault()))
            .Where(x => x.Live is not null && x.Row.History.Count > 0)
            .Select(x => (x.Row, Development: new AgreementDevelopment(x.Row.AgreementId, x.Row.Reference, x.Row.ServiceArea,
                x.Row.History.OrderBy(h => h.Position).First().On, x.Live!.On)))
            .ToList();
        var effort = (await db.DevelopmentEffort.AsNoTracking().ToListAsync(ct)).Where(e => agreements.ContainsKey(e.AgreementId)).ToList();
        IEnumerable<string> Of(Guid agreementId) => AgreementSelection.DimensionsOf(agreements[agreementId], q);
        var withTotal = effort.Where(e => e.TotalHours is not null).ToList();
        var withEach = effort.Where(e => e.HoursPerPractitioner is not null).ToList();
        return new DevelopmentSeries(q,
            Measures.Series(q, developed, d => Month.Of(d.Development.LiveOn), d => Of(d.Row.AgreementId), d => d.Development.Months, Measures.Median, dimensionValues: dims),
            Measures.Series(q, withTotal, e => Month.Of(e.PeriodEnded), e => Of(e.AgreementId), e => (double)e.TotalHours!.Value, v => v.Count == 0 ? null : v.Sum(), dimensionValues: dims),
            Measures.Series(q, withEach, e => Month.Of(e.PeriodEnded), e => Of(e.AgreementId), e => (double)e.HoursPerPractitioner!.Value, Measures.Mean, dimensionValues: dims),
            [.. developed.Where(d => d.Development.LiveOn <= end).Select(d => d.Development).OrderBy(d => d.Reference, StringComparer.Ordinal)],
            [.. effort.Where(e => e.PeriodEnded <= end).Select(e => new EffortFigure(e, agreements[e.AgreementId].Reference, agreements[e.AgreementId].ServiceArea))
                .OrderBy(e => e.Reference, StringComparer.Ordinal)]);
    }
}
