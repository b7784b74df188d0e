using Microsoft.EntityFrameworkCore;
using SpiPlatform.Metrics.Data;
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
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Claiming the id first: a parallel delivery of the same event waits here for this one, then claims nothing and skips.
        var type = IntegrationEventTypes.NameOf(e.GetType());
        var claimed = await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO metrics.handled_events (\"EventId\", \"EventType\", \"HandledAt\") VALUES ({eventId}, {type}, {clock.GetUtcNow()}) ON CONFLICT DO NOTHING", ct);
        if (claimed == 0)
        {
            return;
        }
        await apply();
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
