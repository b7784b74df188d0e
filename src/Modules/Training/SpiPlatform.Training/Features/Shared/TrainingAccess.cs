using System.Security.Claims;
using SpiPlatform.SharedKernel.Security;

namespace SpiPlatform.Training.Features.Shared;

/// <summary>Who may do what in Training.</summary>
internal static class TrainingAccess
{
    public static readonly string[] WriteScopes = [SpiScopes.TrainingWrite];
    public static readonly string[] ProgrammeRoles = [SpiRoles.ProgrammeTeam];

    /// <summary>The programme team and training:write clients schedule sessions and act for named people.</summary>
    public static bool MayManage(ClaimsPrincipal user) => user.HasScopeOrRole(WriteScopes, ProgrammeRoles);

    /// <summary>The signed-in member of staff's email, or null for an OAuth client or anonymous caller.</summary>
    public static string? StaffEmail(ClaimsPrincipal user)
        => user.FindFirst("client_id") is null && user.FindFirst("azp") is null && user.Identity?.IsAuthenticated == true
            ? user.FindFirst(ClaimTypes.Email)?.Value ?? user.Identity?.Name
            : null;
}
