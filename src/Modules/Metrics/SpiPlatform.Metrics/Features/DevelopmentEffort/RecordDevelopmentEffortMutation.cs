using GraphQL;
using GraphQL.Types;
using SpiPlatform.Metrics.Features.Figures;
using SpiPlatform.Metrics.GraphQL;
using SpiPlatform.SharedKernel.GraphQL;

namespace SpiPlatform.Metrics.Features.DevelopmentEffort;

internal sealed class RecordDevelopmentEffortInputGraphType : InputObjectGraphType
{
    public RecordDevelopmentEffortInputGraphType()
    {
        Name = "RecordDevelopmentEffortInput";
        Description = "The effort an agreement's development took, as a source states it. Leave out what the source does not give.";
        Field<NonNullGraphType<IdGraphType>>("agreementId").Description("The agreement.");
        Field<IntGraphType>("practitioners").Description("How many practitioners took part (1 to 1000); leave out when the source does not say.");
        Field<DecimalGraphType>("hoursPerPractitioner").Description("Hours each practitioner gave (more than 0, one decimal place); leave out when the source gives none.");
        Field<IntGraphType>("periodMonthsLow").Description("The development period's shortest length in months (1 to 120).");
        Field<IntGraphType>("periodMonthsHigh").Description("Its longest length in months, for a range (\"eight to nine months\"); the shortest when left out.");
        Field<NonNullGraphType<StringGraphType>>("periodEnded").Description("The month the effort was counted up to, as YYYY-MM; not in the future.");
        Field<NonNullGraphType<StringGraphType>>("source").Description("Where the figure comes from, e.g. the case study and its words (at most 1000 characters).");
    }
}

/// <summary><c>recordDevelopmentEffort</c>: the programme team records (or replaces) an agreement's development effort.</summary>
internal static class RecordDevelopmentEffortMutation
{
    public static void Add(ObjectGraphType mutation)
        => mutation.AddCommand<DevelopmentEffortGraphType, RecordDevelopmentEffortInputGraphType, EffortFigure>("recordDevelopmentEffort",
            "Record, or replace, the evaluation's figure for the effort an agreement's development took (the programme team only). Bad input is VALIDATION_FAILED naming the input field, and records nothing.",
            async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                return await c.Service<RecordDevelopmentEffortHandler>().RecordAsync(new RecordDevelopmentEffortInput(
                    input.IdOf("agreementId"), input.OptionalIntOf("practitioners"),
                    input.GetValueOrDefault("hoursPerPractitioner") is { } h ? Convert.ToDecimal(h, System.Globalization.CultureInfo.InvariantCulture) : null,
                    input.OptionalIntOf("periodMonthsLow"), input.OptionalIntOf("periodMonthsHigh"), input.TextOf("periodEnded"), input.TextOf("source")),
                    c.User!, c.CancellationToken);
            });
}
