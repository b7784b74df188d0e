using GraphQL.Types;
using SpiPlatform.Metrics.Features.Figures;

namespace SpiPlatform.Metrics.GraphQL;

internal sealed class MeasurePointGraphType : ObjectGraphType<MeasurePoint>
{
    public MeasurePointGraphType()
    {
        Name = "MeasurePoint";
        Description = "One value of a measured series (a median, percentile, mean, sum or share): a Float beside the number of observations it was taken over.";
        Field<NonNullGraphType<StringGraphType>>("period").Description("The month, as YYYY-MM.").Resolve(c => c.Source.Period);
        Field<NonNullGraphType<StringGraphType>>("dimension")
            .Description("The value of the dimension the series is broken down by (e.g. ADULT_PROTECTION for SERVICE_AREA), or TOTAL.")
            .Resolve(c => c.Source.Dimension);
        Field<FloatGraphType>("value").Description("The measure; null when nothing was observed in the month.").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many observations (rounds, agreements, records) the measure was taken over.").Resolve(c => c.Source.Count);
    }
}

internal sealed class AgreementValueGraphType : ObjectGraphType<AgreementValue>
{
    public AgreementValueGraphType()
    {
        Name = "AgreementFigure";
        Description = "A count for one agreement.";
        Field<NonNullGraphType<IdGraphType>>("agreementId").Description("The agreement's id.").Resolve(c => c.Source.AgreementId);
        Field<NonNullGraphType<StringGraphType>>("reference").Description("Its reference, e.g. ISP-2012-0002.").Resolve(c => c.Source.Reference);
        Field<NonNullGraphType<IntGraphType>>("value").Description("The count.").Resolve(c => c.Source.Value);
    }
}

/// <summary>The from/to/dimension fields every period figure starts with.</summary>
internal static class PeriodFields
{
    public static void Add<T>(ObjectGraphType<T> type, Func<T, FigureQuery> query)
    {
        type.Field<NonNullGraphType<StringGraphType>>("from").Description("The first month covered, as YYYY-MM.").Resolve(c => query(c.Source).From.ToString());
        type.Field<NonNullGraphType<StringGraphType>>("to").Description("The last month covered, as YYYY-MM.").Resolve(c => query(c.Source).To.ToString());
        type.Field<NonNullGraphType<StringGraphType>>("dimension").Description("What the series are broken down by.").Resolve(c => query(c.Source).Dimension);
    }

    public static void Counts<T>(ObjectGraphType<T> type, string name, string description, Func<T, IReadOnlyList<FigurePoint>> series)
        => type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FigurePointGraphType>>>>(name).Description(description).Resolve(c => series(c.Source));

    public static void Measures<T>(ObjectGraphType<T> type, string name, string description, Func<T, IReadOnlyList<MeasurePoint>> series)
        => type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeasurePointGraphType>>>>(name).Description(description).Resolve(c => series(c.Source));
}
