using System.Security.Claims;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.Training.Domain;

namespace SpiPlatform.Training.Features.Shared;

/// <summary>Who may do what in Training.</summary>
internal static class TrainingAccess
{
    public static readonly string[] WriteScopes = [SpiScopes.TrainingWrite];
    public static readonly string[] ProgrammeRoles = [SpiRoles.ProgrammeTeam];

    /// <summary>The programme team and training:write clients schedule sessions and act for named people.</summary>
    public static bool MayManage(ClaimsPrincipal user) => user.HasScopeOrRole(WriteScopes, ProgrammeRoles);

    public static readonly string[] ReadScopes = [SpiScopes.TrainingRead, SpiScopes.TrainingWrite];

    /// <summary>The session's own trainer, signed in, or whoever may manage training, records attendance and completions.</summary>
    public static bool MayRecordAttendance(ClaimsPrincipal user, TrainingSession session)
        => MayManage(user) || string.Equals(StaffEmail(user), session.TrainerEmail, StringComparison.OrdinalIgnoreCase);

    /// <summary>Training needs of an agreement are raised, planned and cancelled by its coordinator's editors or whoever may manage training.</summary>
    public static bool MayManageNeeds(ClaimsPrincipal user, AgreementSummary agreement)
        => MayManage(user) || (user.IsInRole(SpiRoles.OrganisationEditor) && user.OrganisationIdOf() == agreement.CoordinatorId);

    /// <summary>The signed-in member of staff's email, or null for an OAuth client or anonymous caller.</summary>
    public static string? StaffEmail(ClaimsPrincipal user)
        => user.FindFirst("client_id") is null && user.FindFirst("azp") is null && user.Identity?.IsAuthenticated == true
            ? user.FindFirst(ClaimTypes.Email)?.Value ?? user.Identity?.Name
            : null;
}
