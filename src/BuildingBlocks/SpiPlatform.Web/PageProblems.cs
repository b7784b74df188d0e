using Microsoft.AspNetCore.Http;
using SpiPlatform.SharedKernel.Errors;

namespace SpiPlatform.Web;

/// <summary>The HTTP status a page answers with when a command was refused, the same for every page.</summary>
public static class PageProblems
{
    /// <summary>403 when the caller may not act, 404 when the thing is not there, else 422 (the form is shown again with the messages).</summary>
    public static int StatusFor(IEnumerable<Problem> problems)
    {
        var codes = problems.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        return codes.Contains(ErrorCodes.Forbidden) ? StatusCodes.Status403Forbidden
            : codes.Contains(ErrorCodes.NotFound) ? StatusCodes.Status404NotFound
            : StatusCodes.Status422UnprocessableEntity;
    }
}
