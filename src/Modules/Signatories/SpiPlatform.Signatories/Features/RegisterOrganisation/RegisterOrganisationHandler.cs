using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.Signatories.Data;
using SpiPlatform.Signatories.Domain;
using SpiPlatform.Signatories.Features.Shared;

namespace SpiPlatform.Signatories.Features.RegisterOrganisation;

/// <summary>
/// Puts an organisation on the register. An organisation editor with no organisation yet (self-service sign-up)
/// becomes the editor of what they registered, whichever way they registered it.
/// </summary>
internal sealed class RegisterOrganisationHandler(SignatoriesDbContext db, TimeProvider clock, IOrganisationMembership membership)
{
    public async Task<Result<Organisation>> HandleAsync(OrganisationDetails input, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!SignatoriesAccess.CanRegister(user, input.LeadOrganisationId))
        {
            return Problem.Forbidden("You need signatories:write access, or to be the editor of the lead organisation, to register an organisation.");
        }
        var (clean, problems) = OrganisationRules.Check(input);
        if (problems.Count > 0)
        {
            return Result<Organisation>.Fail(problems);
        }
        if (clean.LeadOrganisationId is { } lead && !await db.Organisations.AnyAsync(o => o.Id == lead, ct))
        {
            return Problem.Invalid("leadOrganisationId", "The lead organisation is not on the register.");
        }
        var duplicates = await Duplicates.FindAsync(db, clean, except: null, ct);
        if (duplicates.Count > 0)
        {
            return Result<Organisation>.Fail(duplicates);
        }

        var now = clock.GetUtcNow();
        var organisation = new Organisation { Id = Guid.CreateVersion7(), RegisteredAt = now, UpdatedAt = now };
        OrganisationEditing.Apply(organisation, clean);
        db.Organisations.Add(organisation);
        db.Record(organisation, Actor.From(user), "Registered", before: null, now);
        if (await db.TrySaveAsync(ct) is { } conflict)
        {
            return conflict;
        }
        if (SignatoriesAccess.IsEditorWithoutOrganisation(user))
        {
            await membership.LinkEditorAsync(user, organisation.Id, ct);
        }
        return organisation;
    }
}
