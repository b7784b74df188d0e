using GraphQL.Types;
using SpiPlatform.Metrics.Features.Figures;

namespace SpiPlatform.Metrics.GraphQL;

internal sealed class QualityAssuranceFiguresGraphType : ObjectGraphType<QualityAssuranceSeries>
{
    public QualityAssuranceFiguresGraphType()
    {
        Name = "QualityAssuranceFigures";
        Description = "Quality assurance month by month. Turnarounds are the QA module's own, in Welsh working days from a round's submission to its decision (bank holidays excluded), and so are its target and breaches. Refreshed daily.";
        PeriodFields.Add(this, s => s.Query);
        PeriodFields.Counts(this, "submissions", "Rounds submitted to QA in the month; a resubmission after a return opens a new round.", s => s.Submissions);
        PeriodFields.Measures(this, "turnaroundMedian", "Median turnaround in working days of the rounds decided (returned or approved) in the month.", s => s.TurnaroundMedian);
        PeriodFields.Measures(this, "turnaroundP90", "90th-percentile turnaround in working days (nearest rank: an observed value) of the rounds decided in the month.", s => s.TurnaroundP90);
        PeriodFields.Counts(this, "slaBreaches", "Rounds decided in the month after QA's turnaround target (QualityAssurance:TurnaroundTargetWorkingDays), as QA judges them.", s => s.SlaBreaches);
        PeriodFields.Measures(this, "timeInState", "Median working days spent in each QA state, over the stays that ended in the month; the dimension is the state (e.g. WAITING, IN_REVIEW), whatever dimension was asked.", s => s.TimeInState);
        PeriodFields.Measures(this, "signOffDuration", "Median working days from the request for partners' sign-off to the last sign-off, over the sign-offs completed in the month.", s => s.SignOffDuration);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgreementValueGraphType>>>>("roundsPerAgreement")
            .Description("For each agreement passing the filters with a round submitted by the period's end, by reference, how many rounds it has had.")
            .Resolve(c => c.Source.RoundsPerAgreement);
    }
}
