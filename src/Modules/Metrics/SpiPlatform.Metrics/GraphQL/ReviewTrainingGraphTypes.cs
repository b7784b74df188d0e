using GraphQL.Types;
using SpiPlatform.Metrics.Features.Figures;
using SpiPlatform.Training.Contracts;

namespace SpiPlatform.Metrics.GraphQL;

internal sealed class ReviewFiguresGraphType : ObjectGraphType<ReviewSeries>
{
    public ReviewFiguresGraphType()
    {
        Name = "ReviewFigures";
        Description = "Agreement reviews month by month, from the review date each version of an agreement carried.";
        PeriodFields.Add(this, s => s.Query);
        PeriodFields.Counts(this, "overdue", "Agreements live or under review at the month's end whose review date in force then had passed.", s => s.Overdue);
        PeriodFields.Counts(this, "due", "Reviews that fell due in the month: each review date an agreement carried while live or under review.", s => s.Due);
        PeriodFields.Counts(this, "reviewedOnTime", "Of the reviews due in the month, those reviewed (a new review date set) on or before the date.", s => s.ReviewedOnTime);
        PeriodFields.Measures(this, "shareReviewedOnTime", "Reviewed on time as a share (0 to 1) of the reviews due in the month whose date has passed or that were reviewed; count is those reviews.", s => s.ShareReviewedOnTime);
    }
}

internal sealed class TrainingCoverageGraphType : ObjectGraphType<TrainingCoverage>
{
    public TrainingCoverageGraphType()
    {
        Name = "TrainingCoverage";
        Description = "Coverage of live agreements by training, now: their partner organisations with training needs, and those with a need met.";
        Field<NonNullGraphType<IntGraphType>>("liveAgreements").Description("Live agreements that have training needs.").Resolve(c => c.Source.LiveAgreements);
        Field<NonNullGraphType<IntGraphType>>("partnerOrganisations").Description("Their partner organisations, counted once per agreement.").Resolve(c => c.Source.PartnerOrganisations);
        Field<NonNullGraphType<IntGraphType>>("withNeedMet").Description("Of those, how many have a training need met.").Resolve(c => c.Source.WithNeedMet);
        Field<NonNullGraphType<FloatGraphType>>("share").Description("withNeedMet over partnerOrganisations, 0 to 1 (0 when there are none).").Resolve(c => (double)c.Source.Share);
    }
}

internal sealed class TrainingFiguresGraphType : ObjectGraphType<TrainingSeries>
{
    public TrainingFiguresGraphType()
    {
        Name = "TrainingFigures";
        Description = "Training figures as they stand now: the Training module reports current counts only, not their history, so every point is for the current month; the monthly snapshots keep past months.";
        Field<NonNullGraphType<StringGraphType>>("period").Description("The current month (Welsh time), as YYYY-MM: the period of every point.").Resolve(c => c.Source.Month.ToString());
        PeriodFields.Counts(this, "needs", "Training needs now, by status: the dimension is IDENTIFIED, PLANNED, MET or CANCELLED.", s => s.Needs);
        Field<NonNullGraphType<TrainingCoverageGraphType>>("coverage").Description("Coverage of live agreements now.").Resolve(c => c.Source.Coverage);
        PeriodFields.Counts(this, "facilitators", "Facilitators on the register now, per area they cover (the dimension is the area; one covering several areas counts in each, all of Wales as ALL_WALES).", s => s.Facilitators);
        PeriodFields.Counts(this, "availableFacilitators", "Of those, per area, how many are available now.", s => s.AvailableFacilitators);
    }
}
