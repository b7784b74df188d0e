using System.Security.Claims;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Protocols.Data;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.Protocols.Features.Shared;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.Messaging;
using SpiPlatform.SharedKernel.Security;

namespace SpiPlatform.Protocols.Features.SubmitForQualityAssurance;

/// <summary>Partners submit a complete draft to the WASPI team; the frozen version is announced for the QA module.</summary>
internal sealed class SubmitForQualityAssuranceHandler(ProtocolsDbContext db, TimeProvider clock, IOutboxSignal outbox)
{
    public async Task<Result<Agreement>> HandleAsync(Guid id, int version, ClaimsPrincipal user, CancellationToken ct)
    {
        var loaded = await db.LoadDraftAsync(id, version, user, ct);
        if (loaded.Value is not { } agreement)
        {
            return loaded;
        }
        if (AgreementRules.CheckReadyForQualityAssurance(agreement) is { Count: > 0 } incomplete)
        {
            return Result<Agreement>.Fail(incomplete);
        }
        var number = await db.MoveAsync(agreement, AgreementStatus.InQualityAssurance, Actor.From(user).Id, "Submitted for quality assurance", clock, ct);
        db.Publish(new AgreementSubmittedForQualityAssurance(agreement.Id, agreement.Reference, number), clock.GetUtcNow());
        if (await db.TrySaveAsync(ct) is { } conflict)
        {
            return conflict;
        }
        outbox.Notify();
        return agreement;
    }
}
