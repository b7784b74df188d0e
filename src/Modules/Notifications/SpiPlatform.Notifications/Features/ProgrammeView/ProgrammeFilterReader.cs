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
        var area = Parse<ServiceArea>(query["area"], "area", "Choose an area from the list.", problems);
        var serviceArea = Parse<AgreementServiceArea>(query["serviceArea"], "serviceArea", "Choose a service area from the list.", problems);
        var within = ProgrammeFilter.DefaultWithinDays;
        if (query["within"].ToString() is { Length: > 0 } text
            && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out within) || within < 1 || within > ProgrammeFilter.MaxWithinDays))
        {
            problems.Add(Problem.Describe(ErrorCodes.ValidationFailed, "within", "Look ahead between 1 and {0} days.", ProgrammeFilter.MaxWithinDays));
            within = ProgrammeFilter.DefaultWithinDays;
        }
        return (new ProgrammeFilter(area, serviceArea, within), problems);
    }

    private static T? Parse<T>(string? text, string field, string message, List<Problem> problems) where T : struct, Enum
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        if (Enum.TryParse<T>(text, ignoreCase: false, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _))
        {
            return value;
        }
        problems.Add(Problem.Describe(ErrorCodes.ValidationFailed, field, message));
        return null;
    }
}
