using Microsoft.EntityFrameworkCore;
using SpiPlatform.Metrics.Data;
using SpiPlatform.Metrics.Domain;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.SharedKernel.Messaging;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Metrics.Features.ReadModel;

/// <summary>
/// Keeps the read model current from the Signatories and Protocols events. Each event re-reads its organisation's
/// signatures or its agreement through the owner's contract (the events carry no sector, area or partners), and is
/// recorded by id in the same transaction: a redelivery is skipped, and would change nothing if it were not.
/// </summary>
internal sealed class ReadModelEventHandlers(MetricsDbContext db, ReadModelRefresher refresher, TimeProvider clock) :
    IIntegrationEventHandler<AccordSigned>,
    IIntegrationEventHandler<AccordSignatureVerified>,
    IIntegrationEventHandler<AccordWithdrawn>,
    IIntegrationEventHandler<AgreementStatusChanged>,
    IIntegrationEventHandler<AgreementSubmittedForQualityAssurance>,
    IIntegrationEventHandler<AgreementDerived>
{
    public Task HandleAsync(AccordSigned e, Guid eventId, CancellationToken ct) => SignaturesAsync(e, e.OrganisationId, eventId, ct);

    public Task HandleAsync(AccordSignatureVerified e, Guid eventId, CancellationToken ct) => SignaturesAsync(e, e.OrganisationId, eventId, ct);

    public Task HandleAsync(AccordWithdrawn e, Guid eventId, CancellationToken ct) => SignaturesAsync(e, e.OrganisationId, eventId, ct);

    public Task HandleAsync(AgreementStatusChanged e, Guid eventId, CancellationToken ct) => AgreementAsync(e, e.AgreementId, eventId, ct);

    public Task HandleAsync(AgreementSubmittedForQualityAssurance e, Guid eventId, CancellationToken ct) => AgreementAsync(e, e.AgreementId, eventId, ct);

    public Task HandleAsync(AgreementDerived e, Guid eventId, CancellationToken ct) => AgreementAsync(e, e.AgreementId, eventId, ct);

    private Task SignaturesAsync(IIntegrationEvent e, Guid organisationId, Guid eventId, CancellationToken ct)
        => OnceAsync(e, eventId, () => refresher.RefreshSignaturesAsync([organisationId], ct), ct);

    private Task AgreementAsync(IIntegrationEvent e, Guid agreementId, Guid eventId, CancellationToken ct)
        => OnceAsync(e, eventId, () => refresher.RefreshAgreementsAsync([agreementId], ct), ct);

    private async Task OnceAsync(IIntegrationEvent e, Guid eventId, Func<Task> apply, CancellationToken ct)
    {
        if (await db.HandledEvents.AnyAsync(h => h.EventId == eventId, ct))
        {
            return;
        }
        await apply();
        db.HandledEvents.Add(new HandledEvent { EventId = eventId, EventType = IntegrationEventTypes.NameOf(e.GetType()), HandledAt = clock.GetUtcNow() });
        // A parallel delivery of the same event fails here on the key and is retried, then skipped.
        await db.SaveChangesAsync(ct);
    }
}
