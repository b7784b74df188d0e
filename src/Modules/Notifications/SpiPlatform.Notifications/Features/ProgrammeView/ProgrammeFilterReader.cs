using System.Globalization;
using Microsoft.AspNetCore.Http;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Notifications.Features.ProgrammeView;

/// <summary>
/// Reads the programme view's filter from a query string (the page and its CSV alike): <c>area</c>, <c>serviceArea</c>
/// and <c>within</c> (days ahead, 1–365). A value that is not one of the choices is a problem naming its field, not ignored.
/// </summary>
internal static class ProgrammeFilterReader
{
    public static (ProgrammeFilter Filter, IReadOnlyList<Problem> Problems) Read(IQueryCollection query)
    {
        var problems = new List<Problem>();
        if (!TryParse<ServiceArea>(query["area"], out var area))
        {
            problems.Add(Problem.Invalid("area", "Choose an area from the list."));
        }
        if (!TryParse<AgreementServiceArea>(query["serviceArea"], out var serviceArea))
        {
            problems.Add(Problem.Invalid("serviceArea", "Choose a service area from the list."));
        }
        var within = ProgrammeFilter.DefaultWithinDays;
        if (query["within"].ToString() is { Length: > 0 } text
            && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out within) || within < 1 || within > ProgrammeFilter.MaxWithinDays))
        {
            problems.Add(Problem.Describe(ErrorCodes.ValidationFailed, "within", "Look ahead between 1 and {0} days.", ProgrammeFilter.MaxWithinDays));
            within = ProgrammeFilter.DefaultWithinDays;
        }
        return (new ProgrammeFilter(area, serviceArea, within), problems);
    }

    // Empty is "all" (null); anything else must be one of the names, not a number.
    private static bool TryParse<T>(string? text, out T? value) where T : struct, Enum
    {
        value = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }
        if (Enum.TryParse<T>(text, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(text, out _))
        {
            value = parsed;
            return true;
        }
        return false;
    }
}
