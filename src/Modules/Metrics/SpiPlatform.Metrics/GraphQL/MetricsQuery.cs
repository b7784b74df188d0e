using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.Metrics.Contracts;
using SpiPlatform.Metrics.Features.Figures;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.SharedKernel.Security;

namespace SpiPlatform.Metrics.GraphQL;

/// <summary><c>metrics { adoption agreements qualityAssurance development reviews training }</c>: for metrics:read clients, evaluators and the programme team.</summary>
internal static class MetricsQuery
{
    public static readonly string[] Scopes = [SpiScopes.MetricsRead];
    public static readonly string[] Roles = [SpiRoles.Evaluator, SpiRoles.ProgrammeTeam];

    public static void Add(ObjectGraphType query)
        => query.Field<MetricsGraphType>("metrics")
            .Description("Programme evaluation figures from the platform's own records, month by month. For metrics:read clients, evaluators and the programme team.")
            .RequireAccess(Scopes, Roles)
            .Resolve(_ => new MetricsRoot());
}

internal sealed class MetricsGraphType : ObjectGraphType<MetricsRoot>
{
    public MetricsGraphType()
    {
        Name = "Metrics";
        Description = "Evaluation figures, each a series of { period, dimension, value } filtered by period, sector, area and service area.";
        var adoption = Field<AdoptionFiguresGraphType>("adoption")
            .Description("Null when an argument is wrong (each problem a VALIDATION_FAILED error naming the argument). Accord adoption: active signatories (cumulative and new) and signing, verification, withdrawal and lapse counts per month.")
            .RequireAccess(MetricsQuery.Scopes, MetricsQuery.Roles);
        FigureArguments.Declare(adoption, MetricDimensions.ForAdoption, serviceArea: false);
        adoption.ResolveAsync(async c => FigureArguments.Read(c, MetricDimensions.ForAdoption, Clock(c)) is { } q
            ? await c.RequestServices!.GetRequiredService<AdoptionFigures>().ComputeAsync(q, c.CancellationToken)
            : null);

        var agreements = Field<AgreementFiguresGraphType>("agreements")
            .Description("Null when an argument is wrong (VALIDATION_FAILED, naming the argument). Agreements by status, kind, service area or area over time; live agreements per organisation; partners per agreement. A sector filter keeps agreements with a partner of that sector.")
            .RequireAccess(MetricsQuery.Scopes, MetricsQuery.Roles);
        FigureArguments.Declare(agreements, MetricDimensions.ForAgreements, serviceArea: true);
        agreements.ResolveAsync(async c => FigureArguments.Read(c, MetricDimensions.ForAgreements, Clock(c)) is { } q
            ? await c.RequestServices!.GetRequiredService<AgreementFigures>().ComputeAsync(q, c.CancellationToken)
            : null);

        AddPeriodFigure<QualityAssuranceFiguresGraphType, QualityAssuranceSeries, QualityAssuranceFigures>("qualityAssurance",
            "Quality assurance: submissions, median and 90th-percentile turnaround in working days, target breaches, time in each state, sign-off duration, rounds per agreement.",
            (f, q, ct) => f.ComputeAsync(q, ct));
        AddPeriodFigure<DevelopmentFiguresGraphType, DevelopmentSeries, DevelopmentFigures>("development",
            "Development: months from development start to Live, and the practitioner hours recorded for agreements.",
            (f, q, ct) => f.ComputeAsync(q, ct));
        AddPeriodFigure<ReviewFiguresGraphType, ReviewSeries, ReviewFigures>("reviews",
            "Reviews: live agreements with their review overdue at each month's end, and the share reviewed on time.",
            (f, q, ct) => f.ComputeAsync(q, ct));

        var training = Field<TrainingFiguresGraphType>("training")
            .Description("Null when an argument is wrong (VALIDATION_FAILED, naming the argument). Training as it stands now (a current figure, not a month series: the Training module keeps no dated counts): needs identified, planned and met, coverage of live agreements, facilitators per area.")
            .RequireAccess(MetricsQuery.Scopes, MetricsQuery.Roles)
            .Argument<StringGraphType>("area", "Only facilitators covering this principal area (a ServiceArea value, e.g. POWYS).");
        training.ResolveAsync(async c => FigureArguments.ReadArea(c, out var area)
            ? await c.RequestServices!.GetRequiredService<TrainingFigures>().ComputeAsync(area, c.CancellationToken)
            : null);
    }

    private void AddPeriodFigure<TGraph, TSeries, TFigures>(string name, string description, Func<TFigures, FigureQuery, CancellationToken, Task<TSeries>> compute)
        where TGraph : IGraphType
        where TFigures : notnull
    {
        var field = Field<TGraph>(name)
            .Description($"Null when an argument is wrong (VALIDATION_FAILED, naming the argument). {description} A sector filter keeps agreements with a partner of that sector.")
            .RequireAccess(MetricsQuery.Scopes, MetricsQuery.Roles);
        FigureArguments.Declare(field, MetricDimensions.ForAgreementMeasures, serviceArea: true);
        field.ResolveAsync(async c => FigureArguments.Read(c, MetricDimensions.ForAgreementMeasures, Clock(c)) is { } q
            ? await compute(c.RequestServices!.GetRequiredService<TFigures>(), q, c.CancellationToken)
            : null);
    }

    private static TimeProvider Clock(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<TimeProvider>();
}

/// <summary>The Metrics fields.</summary>
internal sealed class MetricsSchemaContributor : IGraphQLSchemaContributor
{
    public void ContributeQueries(ObjectGraphType query)
    {
        MetricsQuery.Add(query);
        CaseStudyQuery.Add(query);
    }

    public void ContributeMutations(ObjectGraphType mutation) => Features.DevelopmentEffort.RecordDevelopmentEffortMutation.Add(mutation);
}
