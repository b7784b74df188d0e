using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.Signatories.Data;
using SpiPlatform.Signatories.Domain;

namespace SpiPlatform.Signatories.Features.Shared;

internal static class OrganisationLoader
{
    /// <summary>The organisation with its signatures, if the user may edit it and the version they saw is current.</summary>
    public static async Task<Result<Organisation>> LoadForEditAsync(
        this SignatoriesDbContext db, Guid id, int? expectedVersion, ClaimsPrincipal user, CancellationToken ct)
    {
        var organisation = await db.Organisations.Include(o => o.Signatures).FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null)
        {
            return Problem.NotFound("There is no organisation with that id on the register.");
        }
        if (!SignatoriesAccess.CanEdit(user, organisation))
        {
            return Problem.Forbidden("You may change only your own organisation and the bodies it leads.");
        }
        if (expectedVersion is { } version && version != organisation.Version)
        {
            return Problem.Describe(ErrorCodes.Conflict, "version",
                "Someone else changed this organisation (it is now at version {0}, you had version {1}). Reload it and make your change again.",
                organisation.Version, version);
        }
        return organisation;
    }
}
