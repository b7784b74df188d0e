using Microsoft.EntityFrameworkCore;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Protocols.Data;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.Protocols.Features.Shared;
using SpiPlatform.SharedKernel.Messaging;

namespace SpiPlatform.Protocols.Features;

/// <summary>What other modules may ask of and tell the Protocols module (see <see cref="IProtocolsApi"/>).</summary>
internal sealed class ProtocolsApi(ProtocolsDbContext db, TimeProvider clock, IOutboxSignal outbox) : IProtocolsApi
{
    public async Task<AgreementSummary?> FindAsync(Guid agreementId, CancellationToken ct)
        => await db.Agreements.AsNoTracking().Include(a => a.Partners).FirstOrDefaultAsync(a => a.Id == agreementId, ct) is { } a ? Summary(a) : null;

    public async Task<IReadOnlyList<AgreementSummary>> ListPublicForOrganisationAsync(Guid organisationId, CancellationToken ct)
    {
        var statuses = ProtocolsAccess.PublicStatuses.ToList();
        var rows = await db.Agreements.AsNoTracking().Include(a => a.Partners)
            .Where(a => statuses.Contains(a.Status) && a.Partners.Any(p => p.OrganisationId == organisationId))
            .OrderBy(a => a.Reference).ToListAsync(ct);
        return [.. rows.Select(Summary)];
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
        await db.MoveAsync(agreement, to, actor, reason ?? to.ToString(), clock, ct);
        if (await db.TrySaveAsync(ct) is { } conflict)
        {
            return conflict.Message;
        }
        outbox.Notify();
        return null;
    }

    private static AgreementSummary Summary(Agreement a) => new(a.Id, a.Reference, a.Kind, a.TitleEn, a.Status, a.CoordinatorId, [.. a.PartnerIds], a.TitleCy);
}
