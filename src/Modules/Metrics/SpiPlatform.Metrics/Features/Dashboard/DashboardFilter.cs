using System.Globalization;
using Microsoft.AspNetCore.Http;
using SpiPlatform.Metrics.Features.Figures;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Metrics.Features.Dashboard;

/// <summary>What the dashboard shows: the months (both included) and the filters every panel applies.</summary>
internal sealed record DashboardFilter(Month From, Month To, OrganisationSector? Sector, ServiceArea? Area, AgreementServiceArea? ServiceArea)
{
    /// <summary>The default period: two years up to the current month.</summary>
    public const int DefaultMonths = 24;

    public static DashboardFilter Default(Month current) => new(current.Plus(1 - DefaultMonths), current, null, null, null);

    /// <summary>The figures' query for this filter, broken down by <paramref name="dimension"/>.</summary>
    public FigureQuery Query(string dimension) => new(From, To, dimension, Sector, Area, ServiceArea);

    /// <summary>The filter as the dashboard's query string (what the URL keeps and the form sends).</summary>
    public string ToQueryString()
    {
        var pairs = new List<KeyValuePair<string, string?>> { new("from", From.ToString()), new("to", To.ToString()) };
        if (Sector is { } sector)
        {
            pairs.Add(new("sector", sector.ToString()));
        }
        if (Area is { } area)
        {
            pairs.Add(new("area", area.ToString()));
        }
        if (ServiceArea is { } serviceArea)
        {
            pairs.Add(new("serviceArea", serviceArea.ToString()));
        }
        return QueryString.Create(pairs).ToString();
    }
}

/// <summary>
/// Reads the dashboard's query string: <c>from</c> and <c>to</c> as YYYY-MM (not after the current month, at most
/// <see cref="FigureArguments.MaxMonths"/> months), <c>sector</c>, <c>area</c> and <c>serviceArea</c> by their names.
/// A value that is not one of the choices is a problem naming its field, not silently ignored.
/// </summary>
internal static class DashboardFilterReader
{
    public static (DashboardFilter Filter, IReadOnlyList<Problem> Problems) Read(IQueryCollection query, Month current)
    {
        var problems = new List<Problem>();
        var defaults = DashboardFilter.Default(current);
        var to = ReadMonth(query["to"], "to", "Enter the last month as a year and month, for example 2012-12.", problems) ?? defaults.To;
        var from = ReadMonth(query["from"], "from", "Enter the first month as a year and month, for example 2011-01.", problems)
            ?? (query["to"].ToString().Length > 0 ? to.Plus(1 - DashboardFilter.DefaultMonths) : defaults.From);
        if (to > current)
        {
            problems.Add(Problem.Describe(ErrorCodes.ValidationFailed, "to", "The last month cannot be after this month ({0}).", current.ToString()));
        }
        if (from > to)
        {
            problems.Add(Problem.Invalid("from", "The first month must not be after the last month."));
        }
        else if (from.MonthsUntil(to) + 1 > GraphQL.FigureArguments.MaxMonths)
        {
            problems.Add(Problem.Describe(ErrorCodes.ValidationFailed, "from", "Choose a period of at most {0} months.", GraphQL.FigureArguments.MaxMonths));
        }
        if (!TryChoice<OrganisationSector>(query["sector"], out var sector))
        {
            problems.Add(Problem.Invalid("sector", "Choose a sector from the list."));
        }
        if (!TryChoice<ServiceArea>(query["area"], out var area))
        {
            problems.Add(Problem.Invalid("area", "Choose an area from the list."));
        }
        if (!TryChoice<AgreementServiceArea>(query["serviceArea"], out var serviceArea))
        {
            problems.Add(Problem.Invalid("serviceArea", "Choose a service area from the list."));
        }
        return (new DashboardFilter(from, to, sector, area, serviceArea), problems);
    }

    private static Month? ReadMonth(string? text, string field, string message, List<Problem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Month.Of(date);
        }
        problems.Add(Problem.Invalid(field, message));
        return null;
    }

    // Empty is "all" (null); anything else must be one of the names (not a number).
    private static bool TryChoice<T>(string? text, out T? value) where T : struct, Enum
    {
        value = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }
        if (!int.TryParse(text, out _) && Enum.TryParse<T>(text, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed))
        {
            value = parsed;
            return true;
        }
        return false;
    }
}
