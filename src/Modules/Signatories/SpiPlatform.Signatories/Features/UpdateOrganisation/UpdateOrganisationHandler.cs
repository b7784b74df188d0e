using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.Signatories.Data;
using SpiPlatform.Signatories.Domain;
using SpiPlatform.Signatories.Features.Shared;

namespace SpiPlatform.Signatories.Features.UpdateOrganisation;

internal sealed class UpdateOrganisationHandler(SignatoriesDbContext db, TimeProvider clock)
{
    public async Task<Result<Organisation>> HandleAsync(Guid id, int version, OrganisationDetails input, ClaimsPrincipal user, CancellationToken ct)
    {
        var loaded = await db.LoadForEditAsync(id, version, user, ct);
        if (loaded.Value is not { } organisation)
        {
            return loaded;
        }
        var (clean, problems) = OrganisationRules.Check(input);
        if (clean.LeadOrganisationId == id)
        {
            problems.Add(Problem.Invalid("leadOrganisationId", "An organisation cannot lead itself."));
        }
        else if (clean.LeadOrganisationId is { } lead && !await db.Organisations.AnyAsync(o => o.Id == lead, ct))
        {
            problems.Add(Problem.Invalid("leadOrganisationId", "The lead organisation is not on the register."));
        }
        if (problems.Count == 0)
        {
            problems.AddRange(await Duplicates.FindAsync(db, clean, except: id, ct));
        }
        if (problems.Count > 0)
        {
            return Result<Organisation>.Fail(problems);
        }

        var before = OrganisationSnapshot.Of(organisation);
        OrganisationEditing.Apply(organisation, clean);
        var now = clock.GetUtcNow();
        organisation.Touch(now);
        db.Record(organisation, Actor.From(user), "Updated", before, now);
        return await db.TrySaveAsync(ct) is { } conflict ? conflict : organisation;
    }
}
