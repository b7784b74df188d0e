using GraphQL.Types;
using SpiPlatform.Metrics.Features.Figures;
using SpiPlatform.SharedKernel.GraphQL;

namespace SpiPlatform.Metrics.GraphQL;

internal sealed class AgreementDevelopmentGraphType : ObjectGraphType<AgreementDevelopment>
{
    public AgreementDevelopmentGraphType()
    {
        Name = "AgreementDevelopmentFigure";
        Description = "How long one agreement took from the start of its development to going live.";
        Field<NonNullGraphType<IdGraphType>>("agreementId").Description("The agreement's id.").Resolve(c => c.Source.AgreementId);
        Field<NonNullGraphType<StringGraphType>>("reference").Description("Its reference, e.g. ISP-2011-0003.").Resolve(c => c.Source.Reference);
        Field<NonNullGraphType<StringGraphType>>("serviceArea").Description("Its service area (an AgreementServiceArea value).").Resolve(c => Names.Constant(c.Source.ServiceArea));
        Field<NonNullGraphType<DateOnlyGraphType>>("developmentStarted").Description("The day its development started (else the day it was created).").Resolve(c => c.Source.Started);
        Field<NonNullGraphType<DateOnlyGraphType>>("liveOn").Description("The day it first went live.").Resolve(c => c.Source.LiveOn);
        Field<NonNullGraphType<FloatGraphType>>("months").Description("Months between, to one decimal (days over the mean month of 30.44 days).").Resolve(c => c.Source.Months);
    }
}

internal sealed class DevelopmentEffortGraphType : ObjectGraphType<EffortFigure>
{
    public DevelopmentEffortGraphType()
    {
        Name = "DevelopmentEffort";
        Description = "The evaluation's record of the effort an agreement's development took, as its source states it; what the source does not give is null, not estimated.";
        Field<NonNullGraphType<IdGraphType>>("agreementId").Description("The agreement's id.").Resolve(c => c.Source.Record.AgreementId);
        Field<NonNullGraphType<StringGraphType>>("reference").Description("Its reference.").Resolve(c => c.Source.Reference);
        Field<NonNullGraphType<StringGraphType>>("serviceArea").Description("Its service area (an AgreementServiceArea value).").Resolve(c => Names.Constant(c.Source.ServiceArea));
        Field<IntGraphType>("practitioners").Description("How many practitioners took part; null when the source does not say.").Resolve(c => c.Source.Record.Practitioners);
        Field<DecimalGraphType>("hoursPerPractitioner").Description("Hours each practitioner gave; null when the source gives none.").Resolve(c => c.Source.Record.HoursPerPractitioner);
        Field<DecimalGraphType>("totalHours").Description("Practitioner hours in all (practitioners × hours each); null unless both are known.").Resolve(c => c.Source.Record.TotalHours);
        Field<IntGraphType>("periodMonthsLow").Description("The development period's shortest length in months, as the source gives it.").Resolve(c => c.Source.Record.PeriodMonthsLow);
        Field<IntGraphType>("periodMonthsHigh").Description("Its longest length in months (the same as the shortest for an exact figure).").Resolve(c => c.Source.Record.PeriodMonthsHigh);
        Field<NonNullGraphType<StringGraphType>>("periodEnded").Description("The month the effort was counted up to, as YYYY-MM; the series place the record in it.")
            .Resolve(c => $"{c.Source.Record.PeriodEnded:yyyy-MM}");
        Field<NonNullGraphType<StringGraphType>>("source").Description("Where the figure comes from.").Resolve(c => c.Source.Record.Source);
        Field<NonNullGraphType<StringGraphType>>("recordedBy").Description("Who recorded it (staff:email, client:id or system:demo-data).").Resolve(c => c.Source.Record.RecordedBy);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("recordedAt").Description("When it was recorded.").Resolve(c => c.Source.Record.RecordedAt);
    }
}

internal sealed class DevelopmentFiguresGraphType : ObjectGraphType<DevelopmentSeries>
{
    public DevelopmentFiguresGraphType()
    {
        Name = "DevelopmentFigures";
        Description = "How long agreements take to develop and the practitioner effort recorded for them.";
        PeriodFields.Add(this, s => s.Query);
        PeriodFields.Measures(this, "monthsToLive", "Median months from development start to Live of the agreements that first went live in the month.", s => s.MonthsToLive);
        PeriodFields.Measures(this, "practitionerHours", "Practitioner hours in all of the effort records placed in the month (their periodEnded), counting only records that give both the practitioners and the hours each; count is those records.", s => s.PractitionerHours);
        PeriodFields.Measures(this, "hoursPerPractitioner", "Mean hours each practitioner gave, over the effort records placed in the month that state it; count is those records.", s => s.HoursPerPractitioner);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgreementDevelopmentGraphType>>>>("agreements")
            .Description("Each agreement passing the filters that was live by the period's end, by reference: its development start, first Live date and months between.")
            .Resolve(c => c.Source.Agreements);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DevelopmentEffortGraphType>>>>("effort")
            .Description("The effort records of the agreements passing the filters, counted up to the period's end or before, by reference.")
            .Resolve(c => c.Source.Effort);
    }
}
