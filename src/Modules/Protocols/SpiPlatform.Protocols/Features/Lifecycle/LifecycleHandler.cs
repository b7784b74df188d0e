using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Protocols.Data;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.Protocols.Features.Shared;
using SpiPlatform.SharedKernel;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.Messaging;
using SpiPlatform.SharedKernel.Security;

namespace SpiPlatform.Protocols.Features.Lifecycle;

/// <summary>Moves agreements through their lifecycle; each move freezes an immutable version.</summary>
internal sealed class LifecycleHandler(ProtocolsDbContext db, TimeProvider clock, IOutboxSignal outbox) : IProtocolsApi
{
    /// <summary>Partners submit their draft to the WASPI team.</summary>
    public async Task<Result<Agreement>> SubmitForQualityAssuranceAsync(Guid id, int version, ClaimsPrincipal user, CancellationToken ct)
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
        var number = await MoveAsync(agreement, AgreementStatus.InQualityAssurance, Actor.From(user).Id, "Submitted for quality assurance", ct);
        db.Publish(new AgreementSubmittedForQualityAssurance(agreement.Id, agreement.Reference, number), clock.GetUtcNow());
        if (await db.TrySaveAsync(ct) is { } conflict)
        {
            return conflict;
        }
        outbox.Notify();
        return agreement;
    }

    public async Task<AgreementSummary?> FindAsync(Guid agreementId, CancellationToken ct)
        => await db.FindAsync(agreementId, ct) is { } a
            ? new AgreementSummary(a.Id, a.Reference, a.Kind, a.TitleEn, a.Status, a.CoordinatorId, [.. a.PartnerIds])
            : null;

    public async Task<IReadOnlyList<AgreementSummary>> ListPublicForOrganisationAsync(Guid organisationId, CancellationToken ct)
    {
        var statuses = ProtocolsAccess.PublicStatuses.ToList();
        var rows = await db.Agreements.AsNoTracking().Include(a => a.Partners)
            .Where(a => statuses.Contains(a.Status) && a.Partners.Any(p => p.OrganisationId == organisationId))
            .OrderBy(a => a.Reference).ToListAsync(ct);
        return [.. rows.Select(a => new AgreementSummary(a.Id, a.Reference, a.Kind, a.TitleEn, a.Status, a.CoordinatorId, [.. a.PartnerIds]))];
    }

    public async Task<string?> TransitionAsync(Guid agreementId, AgreementStatus to, string actor, string? reason, CancellationToken ct)
    {
        var agreement = await db.FindAsync(agreementId, ct);
        if (agreement is null)
        {
            return "There is no agreement with that id.";
        }
        if (!AgreementLifecycle.CanMove(agreement.Status, to))
        {
            return $"An agreement that is {agreement.Status} cannot become {to}.";
        }
        await MoveAsync(agreement, to, actor, reason ?? to.ToString(), ct);
        if (await db.TrySaveAsync(ct) is { } conflict)
        {
            return conflict.Message;
        }
        outbox.Notify();
        return null;
    }

    private async Task<int> MoveAsync(Agreement agreement, AgreementStatus to, string actor, string reason, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var from = agreement.Status;
        agreement.Status = to;
        if (to == AgreementStatus.Live)
        {
            agreement.LiveOn ??= clock.TodayInWales();
        }
        agreement.Touch(now);
        var number = (await db.Versions.Where(v => v.AgreementId == agreement.Id).MaxAsync(v => (int?)v.Number, ct) ?? 0) + 1;
        db.Versions.Add(new AgreementVersion
        {
            Id = Guid.CreateVersion7(),
            AgreementId = agreement.Id,
            Number = number,
            Status = to,
            CreatedAt = now,
            CreatedBy = actor,
            Reason = reason,
            Snapshot = AgreementSnapshot.Of(agreement),
        });
        db.Publish(new AgreementStatusChanged(agreement.Id, from, to), now);
        return number;
    }
}
