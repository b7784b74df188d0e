using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.Messaging;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Signatories.Data;
using SpiPlatform.Signatories.Domain;
using SpiPlatform.Signatories.Features.Shared;

namespace SpiPlatform.Signatories.Features.DecideSignature;

/// <summary>The programme team's verification queue decisions: verify a pending signature, or reject it with a reason.</summary>
internal sealed class DecideSignatureHandler(SignatoriesDbContext db, TimeProvider clock, IOptions<SignatoriesOptions> options, IOutboxSignal outbox)
{
    public Task<Result<Organisation>> VerifyAsync(Guid signatureId, ClaimsPrincipal user, CancellationToken ct)
        => DecideAsync(signatureId, user, reason: null, verify: true, ct);

    public Task<Result<Organisation>> RejectAsync(Guid signatureId, string? reason, ClaimsPrincipal user, CancellationToken ct)
        => OrganisationRules.Tidy(reason) is null
            ? Task.FromResult<Result<Organisation>>(Problem.Invalid("reason", "Give the reason the signature cannot be verified; the organisation will see it."))
            : DecideAsync(signatureId, user, OrganisationRules.Tidy(reason), verify: false, ct);

    private async Task<Result<Organisation>> DecideAsync(Guid signatureId, ClaimsPrincipal user, string? reason, bool verify, CancellationToken ct)
    {
        if (!SignatoriesAccess.IsProgrammeTeam(user))
        {
            return Problem.Forbidden("Only the Welsh Government programme team verifies Accord signatures.");
        }
        var organisation = await db.Organisations.Include(o => o.Signatures)
            .FirstOrDefaultAsync(o => o.Signatures.Any(s => s.Id == signatureId), ct);
        var signature = organisation?.Signatures.Single(s => s.Id == signatureId);
        if (organisation is null || signature is null)
        {
            return Problem.NotFound("There is no signature with that id.");
        }
        if (signature.Status != SignatureStatus.Pending)
        {
            return Problem.Conflict("This signature is no longer pending: only a pending signature can be verified or rejected.");
        }

        var before = OrganisationSnapshot.Of(organisation);
        var now = clock.GetUtcNow();
        var actor = Actor.From(user);
        signature.Status = verify ? SignatureStatus.Active : SignatureStatus.Rejected;
        signature.DecidedAt = now;
        signature.DecidedBy = actor.Id;
        signature.Reason = reason;
        if (verify)
        {
            signature.RenewalDueOn = signature.SignedOn.AddYears(options.Value.RenewalYears);
            db.Publish(new AccordSignatureVerified(organisation.Id, signature.Id, signature.RenewalDueOn.Value), now);
        }
        organisation.RefreshStatus();
        organisation.Touch(now);
        db.Record(organisation, actor, verify ? "SignatureVerified" : "SignatureRejected", before, now);
        if (await db.TrySaveAsync(ct) is { } conflict)
        {
            return conflict;
        }
        if (verify)
        {
            outbox.Notify();
        }
        return organisation;
    }
}
