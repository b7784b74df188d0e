using Microsoft.EntityFrameworkCore;
using SpiPlatform.Metrics.Data;
using SpiPlatform.Metrics.Domain;
using SpiPlatform.QualityAssurance.Contracts;
using SpiPlatform.SharedKernel;
using SpiPlatform.SharedKernel.GraphQL;

namespace SpiPlatform.Metrics.Features.Figures;

/// <summary>Quality-assurance figures for a period.</summary>
/// <param name="Submissions">Rounds submitted to QA in the month (a resubmission after a return is a new round).</param>
/// <param name="TurnaroundMedian">Median turnaround, in working days as QA measures it, of the rounds decided in the month.</param>
/// <param name="TurnaroundP90">90th-percentile (nearest-rank) turnaround of the rounds decided in the month.</param>
/// <param name="SlaBreaches">Rounds decided in the month that QA says missed its turnaround target.</param>
/// <param name="TimeInState">Median working days of the stays in each state that ended in the month; the dimension is the state.</param>
/// <param name="SignOffDuration">Median working days from the request for sign-off to the last partner's, for sign-offs completed in the month.</param>
/// <param name="RoundsPerAgreement">Per agreement with a round submitted by the period's end, how many rounds it has had by then.</param>
/// <param name="Decided">Every round decided in the period, with its turnaround: what the medians are taken over (the dashboard's distribution).</param>
internal sealed record QualityAssuranceSeries(
    FigureQuery Query, IReadOnlyList<FigurePoint> Submissions, IReadOnlyList<MeasurePoint> TurnaroundMedian, IReadOnlyList<MeasurePoint> TurnaroundP90,
    IReadOnlyList<FigurePoint> SlaBreaches, IReadOnlyList<MeasurePoint> TimeInState, IReadOnlyList<MeasurePoint> SignOffDuration,
    IReadOnlyList<AgreementValue> RoundsPerAgreement, IReadOnlyList<DecidedRound> Decided);

/// <summary>A QA round decided in the period: its agreement, the month it was decided and its turnaround in working days.</summary>
internal sealed record DecidedRound(string Reference, int Round, Month DecidedIn, int WorkingDays);

/// <summary>Computes QA figures from the read model's copies of QA's rounds (with QA's own turnaround figures) and stays.</summary>
internal sealed class QualityAssuranceFigures(MetricsDbContext db, AgreementSelection selection)
{
    public async Task<QualityAssuranceSeries> ComputeAsync(FigureQuery q, CancellationToken ct)
    {
        var agreements = await selection.LoadAsync(q, ct);
        var dims = AgreementSelection.ValuesOf(agreements, q);
        var rounds = (await db.QaRounds.AsNoTracking().ToListAsync(ct)).Where(r => agreements.ContainsKey(r.AgreementId)).ToList();
        var stays = (await db.QaStays.AsNoTracking().Where(s => s.LeftOn != null).ToListAsync(ct)).Where(s => agreements.ContainsKey(s.AgreementId)).ToList();
        IEnumerable<string> Of(Guid agreementId) => AgreementSelection.DimensionsOf(agreements[agreementId], q);
        var decided = rounds.Where(r => r.DecidedOn is not null).ToList();
        var byState = q with { Dimension = "STATE" };
        var signOffs = stays.Where(s => s.State == QaSubmissionState.AwaitingSignOff).ToList();
        var end = q.To.Last;
        return new QualityAssuranceSeries(q,
            Measures.Counts(q, rounds, r => Month.Of(r.SubmittedOn), r => Of(r.AgreementId), dimensionValues: dims),
            Measures.Series(q, decided, r => Month.Of(r.DecidedOn!.Value), r => Of(r.AgreementId), r => r.WorkingDays, Measures.Median, dimensionValues: dims),
            Measures.Series(q, decided, r => Month.Of(r.DecidedOn!.Value), r => Of(r.AgreementId), r => r.WorkingDays, v => Measures.Percentile(v, 90), dimensionValues: dims),
            Measures.Counts(q, decided.Where(r => r.MetTarget == false).ToList(), r => Month.Of(r.DecidedOn!.Value), r => Of(r.AgreementId), dimensionValues: dims),
            Measures.Series(byState, stays, s => Month.Of(s.LeftOn!.Value), s => [Names.Constant(s.State)], Duration, Measures.Median),
            Measures.Series(q, signOffs, s => Month.Of(s.LeftOn!.Value), s => Of(s.AgreementId), Duration, Measures.Median, dimensionValues: dims),
            [.. rounds.Where(r => r.SubmittedOn <= end).GroupBy(r => r.AgreementId)
                .Select(g => new AgreementValue(g.Key, agreements[g.Key].Reference, g.Count()))
                .OrderBy(a => a.Reference, StringComparer.Ordinal)],
            [.. decided.Where(r => Month.Of(r.DecidedOn!.Value) >= q.From && Month.Of(r.DecidedOn!.Value) <= q.To)
                .Select(r => new DecidedRound(agreements[r.AgreementId].Reference, r.Round, Month.Of(r.DecidedOn!.Value), r.WorkingDays))
                .OrderBy(r => r.DecidedIn).ThenBy(r => r.Reference, StringComparer.Ordinal).ThenBy(r => r.Round)]);
    }

    private static double Duration(QaStayRow s) => WorkingDays.Between(s.EnteredOn, s.LeftOn!.Value);
}
