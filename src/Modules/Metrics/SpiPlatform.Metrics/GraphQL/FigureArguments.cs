using System.Globalization;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using SpiPlatform.Metrics.Contracts;
using SpiPlatform.Metrics.Features.Figures;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.SharedKernel;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Metrics.GraphQL;

/// <summary>
/// Reads and checks a figure's arguments: months as YYYY-MM, at most <see cref="MaxMonths"/> of them, none in the future;
/// the dimension and filters by their GraphQL names. Every problem is a VALIDATION_FAILED error naming its argument.
/// </summary>
internal static class FigureArguments
{
    /// <summary>The longest period one request may cover: ten years.</summary>
    public const int MaxMonths = 120;

    public static void Declare<TSource, TReturn>(FieldBuilder<TSource, TReturn> field, IReadOnlyList<string> dimensions, bool serviceArea)
    {
        field.Argument<StringGraphType>("from", "The first month, as YYYY-MM. Default: the period of the longest allowed span ending at `to`.")
            .Argument<StringGraphType>("to", "The last month, as YYYY-MM; not after the current month (Welsh time). Default: the current month.")
            .Argument<StringGraphType>("dimension", $"What to break the series down by: one of {string.Join(", ", dimensions)}. Default: {MetricDimensions.Total}.")
            .Argument<StringGraphType>("sector", "Only organisations of this sector (an OrganisationSector value, e.g. LOCAL_AUTHORITY).")
            .Argument<StringGraphType>("area", "Only this principal area (a ServiceArea value, e.g. CARDIFF).");
        if (serviceArea)
        {
            field.Argument<StringGraphType>("serviceArea", "Only agreements of this service area (an AgreementServiceArea value, e.g. DOMESTIC_ABUSE).");
        }
    }

    public static FigureQuery? Read(IResolveFieldContext c, IReadOnlyList<string> dimensions, TimeProvider clock)
    {
        var problems = new List<Problem>();
        var current = Month.Of(clock.TodayInWales());
        var to = ReadMonth(c, "to", problems) ?? current;
        var from = ReadMonth(c, "from", problems) ?? to.Plus(1 - MaxMonths);
        if (to > current)
        {
            problems.Add(Problem.Invalid("to", $"The month {to} is in the future: the latest is {current}."));
        }
        if (from > current)
        {
            problems.Add(Problem.Invalid("from", $"The month {from} is in the future: the latest is {current}."));
        }
        if (from > to)
        {
            problems.Add(Problem.Invalid("to", $"The period ends ({to}) before it starts ({from})."));
        }
        else if (from.MonthsUntil(to) + 1 > MaxMonths)
        {
            problems.Add(Problem.Invalid("from", $"The period covers {from.MonthsUntil(to) + 1} months; at most {MaxMonths} are allowed."));
        }
        var dimension = c.GetArgument<string?>("dimension") ?? MetricDimensions.Total;
        if (!dimensions.Contains(dimension, StringComparer.Ordinal))
        {
            problems.Add(Problem.Invalid("dimension", $"Unknown dimension '{dimension}': use one of {string.Join(", ", dimensions)}."));
        }
        var sector = ReadEnum<OrganisationSector>(c, "sector", problems);
        var area = ReadEnum<ServiceArea>(c, "area", problems);
        var serviceArea = ReadEnum<AgreementServiceArea>(c, "serviceArea", problems);
        foreach (var problem in problems)
        {
            c.Errors.Add(ToError(problem));
        }
        return problems.Count == 0 ? new FigureQuery(from, to, dimension, sector, area, serviceArea) : null;
    }

    /// <summary>Reads the <c>area</c> argument alone (for a current figure); false, with the error added, when it is unknown.</summary>
    public static bool ReadArea(IResolveFieldContext c, out ServiceArea? area)
    {
        var problems = new List<Problem>();
        area = ReadEnum<ServiceArea>(c, "area", problems);
        foreach (var problem in problems)
        {
            c.Errors.Add(ToError(problem));
        }
        return problems.Count == 0;
    }

    private static Month? ReadMonth(IResolveFieldContext c, string name, List<Problem> problems)
    {
        if (c.GetArgument<string?>(name) is not { } text)
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Month.Of(date);
        }
        problems.Add(Problem.Invalid(name, $"'{text}' is not a month: give it as YYYY-MM, e.g. 2011-03."));
        return null;
    }

    private static T? ReadEnum<T>(IResolveFieldContext c, string name, List<Problem> problems) where T : struct, Enum
    {
        if (c.GetArgument<string?>(name) is not { } text)
        {
            return null;
        }
        foreach (var value in Enum.GetValues<T>())
        {
            if (Names.Constant(value) == text)
            {
                return value;
            }
        }
        problems.Add(Problem.Invalid(name, $"Unknown {name} '{text}': use one of {string.Join(", ", Enum.GetValues<T>().Select(v => Names.Constant(v)))}."));
        return null;
    }

    // The field is the argument's own name (from, dimension...), as these are arguments, not an input object's fields.
    private static ExecutionError ToError(Problem problem)
        => new(problem.Message) { Code = problem.Code, Extensions = new Dictionary<string, object?> { ["field"] = problem.Field } };
}
