using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.QualityAssurance.Data;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.SharedKernel.Security;

namespace SpiPlatform.QualityAssurance.Features.Shared;

/// <summary>Who may sign off for an organisation, and who may say so.</summary>
internal static class SignOffAccess
{
    /// <summary>
    /// The caller's current sign-off right for <paramref name="organisationId"/>: only a member of staff of that
    /// organisation (never an OAuth client, never the programme team on its behalf) whose editor granted it.
    /// </summary>
    public static async Task<QaSignOffRight?> RightOfAsync(QualityAssuranceDbContext db, ClaimsPrincipal user, Guid organisationId, CancellationToken ct)
    {
        if (user.OrganisationIdOf() != organisationId || QaAccess.StaffEmail(user) is not { } email)
        {
            return null;
        }
        var normalised = email.ToLowerInvariant();
        return await db.SignOffRights.AsNoTracking()
            .FirstOrDefaultAsync(r => r.OrganisationId == organisationId && r.Email == normalised && r.RevokedAt == null, ct);
    }

    /// <summary>The organisation's own editors, and the programme team for any organisation, grant and revoke the right.</summary>
    public static bool MayManageRights(ClaimsPrincipal user, Guid organisationId)
        => QaAccess.StaffEmail(user) is not null
           && (user.IsInRole(SpiRoles.ProgrammeTeam) || (user.IsInRole(SpiRoles.OrganisationEditor) && user.OrganisationIdOf() == organisationId));
}
