using System.Security.Claims;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.Messaging;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Signatories.Data;
using SpiPlatform.Signatories.Domain;
using SpiPlatform.Signatories.Features.Shared;

namespace SpiPlatform.Signatories.Features.WithdrawFromAccord;

/// <summary>Withdraws an organisation from the Accord (its editor, or the programme team), with a reason on record.</summary>
internal sealed class WithdrawFromAccordHandler(SignatoriesDbContext db, TimeProvider clock, IOutboxSignal outbox)
{
    public async Task<Result<Organisation>> HandleAsync(Guid organisationId, int version, string? reason, ClaimsPrincipal user, CancellationToken ct)
    {
        var why = OrganisationRules.Tidy(reason);
        if (why is null)
        {
            return Problem.Invalid("reason", "Give the reason for withdrawing from the Accord.");
        }
        var loaded = await db.LoadForEditAsync(organisationId, version, user, ct);
        if (loaded.Value is not { } organisation)
        {
            return loaded;
        }
        if (organisation.CurrentSignature is not { } signature)
        {
            return Problem.Conflict("This organisation has no pending or active signature to withdraw.");
        }

        var before = OrganisationSnapshot.Of(organisation);
        var now = clock.GetUtcNow();
        var actor = Actor.From(user);
        signature.Status = SignatureStatus.Withdrawn;
        signature.DecidedAt = now;
        signature.DecidedBy = actor.Id;
        signature.Reason = why;
        organisation.RefreshStatus();
        organisation.Touch(now);
        db.Record(organisation, actor, "Withdrawn", before, now);
        db.Publish(new AccordWithdrawn(organisation.Id, signature.Id, why), now);
        if (await db.TrySaveAsync(ct) is { } conflict)
        {
            return conflict;
        }
        outbox.Notify();
        return organisation;
    }
}
