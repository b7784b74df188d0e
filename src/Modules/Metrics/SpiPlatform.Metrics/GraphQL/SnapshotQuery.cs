using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.GraphQL;

namespace SpiPlatform.Metrics.GraphQL;

/// <summary><c>metricsSnapshot(month, figure, dimension)</c>: the same readers as <c>metrics</c>.</summary>
internal static class SnapshotQuery
{
    public static void Add(ObjectGraphType query)
        => query.Field<MetricsSnapshotGraphType>("metricsSnapshot")
            .Description("""
                One month's figures as frozen after the month ended (Welsh time): they read the same forever, whatever arrives later.
                Null with an error when the month cannot be read: a malformed month, or one not yet ended (the current month or later),
                is VALIDATION_FAILED naming `month`; an ended month with no snapshot (before the first record) is NOT_FOUND naming `month`;
                a figure or dimension the snapshot does not hold is VALIDATION_FAILED naming the filter.
                For metrics:read clients, evaluators and the programme team.
                """)
            .Argument<NonNullGraphType<StringGraphType>>("month", "The month, as YYYY-MM, e.g. 2012-03.")
            .Argument<StringGraphType>("figure", "Only the values of this figure, as the field under `metrics` names it (e.g. adoption, agreements).")
            .Argument<StringGraphType>("dimension", "Only the values broken down by this dimension (e.g. TOTAL, SECTOR, STATUS).")
            .RequireAccess(MetricsQuery.Scopes, MetricsQuery.Roles)
            .ResolveAsync(async c =>
            {
                var result = await c.RequestServices!.GetRequiredService<SnapshotReader>().ReadAsync(
                    c.GetArgument<string>("month"), c.GetArgument<string?>("figure"), c.GetArgument<string?>("dimension"), c.CancellationToken);
                foreach (var problem in result.Problems)
                {
                    c.Errors.Add(ToError(problem));
                }
                return result.Value;
            });

    // The field is the argument's own name (month, figure, dimension), as these are arguments, not an input object's fields.
    private static ExecutionError ToError(Problem problem)
        => new(problem.Message) { Code = problem.Code, Extensions = new Dictionary<string, object?> { ["field"] = problem.Field } };
}

internal sealed class MetricsSnapshotGraphType : ObjectGraphType<FrozenMonth>
{
    public MetricsSnapshotGraphType()
    {
        Name = "MetricsSnapshot";
        Description = "A month's figures frozen once the month had ended: every series of every figure, by every dimension, for that month alone and unfiltered.";
        Field<NonNullGraphType<StringGraphType>>("month").Description("The month, as YYYY-MM.").Resolve(c => c.Source.Month.ToString());
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("takenAt").Description("When the snapshot was taken (UTC); a later run never retakes it.").Resolve(c => c.Source.TakenAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MetricsSnapshotValueGraphType>>>>("values")
            .Description("The frozen values (those of the figure and dimension asked for), in the order of the figures' own series.")
            .Resolve(c => c.Source.Values);
    }
}

internal sealed class MetricsSnapshotValueGraphType : ObjectGraphType<Features.Figures.SnapshotValue>
{
    public MetricsSnapshotValueGraphType()
    {
        Name = "MetricsSnapshotValue";
        Description = "One frozen value: the month's value of one series of a figure for one value of a dimension.";
        Field<NonNullGraphType<StringGraphType>>("figure").Description("The figure, as the field under `metrics` names it (e.g. adoption).").Resolve(c => c.Source.Figure);
        Field<NonNullGraphType<StringGraphType>>("series").Description("The series within the figure, as its field names it (e.g. active, statusChanges).").Resolve(c => c.Source.Series);
        Field<NonNullGraphType<StringGraphType>>("dimension").Description("What the series is broken down by (e.g. SECTOR), or TOTAL.").Resolve(c => c.Source.Dimension);
        Field<NonNullGraphType<StringGraphType>>("key").Description("The dimension's value (e.g. LOCAL_AUTHORITY), or TOTAL; the `dimension` of the live figure's point.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<DecimalGraphType>>("value").Description("The number: a count, or a measure such as a median in working days.").Resolve(c => c.Source.Value);
    }
}

/// <summary>The snapshot field.</summary>
internal sealed class SnapshotSchemaContributor : IGraphQLSchemaContributor
{
    public void ContributeQueries(ObjectGraphType query) => SnapshotQuery.Add(query);
}
