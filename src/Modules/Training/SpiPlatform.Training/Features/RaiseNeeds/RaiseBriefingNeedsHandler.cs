using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.SharedKernel.Data;
using SpiPlatform.SharedKernel.Messaging;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.Data;
using SpiPlatform.Training.DemoData;
using SpiPlatform.Training.Domain;
using SpiPlatform.Training.Features.Shared;

namespace SpiPlatform.Training.Features.RaiseNeeds;

/// <summary>
/// An agreement going Live raises one practitioner-briefing need (the WASPI briefing course) per partner organisation.
/// Exactly once: a redelivered event (same id) finds its needs and stops; a partner that already has an open or met
/// briefing need on the agreement is skipped; two deliveries racing trip the unique indexes and the loser changes nothing.
/// </summary>
internal sealed class RaiseBriefingNeedsHandler(TrainingDbContext db, IProtocolsApi protocols, TimeProvider clock,
    ILogger<RaiseBriefingNeedsHandler> logger) : IIntegrationEventHandler<AgreementStatusChanged>
{
    public const string Actor = "system:protocols";

    public static Guid BriefingCourseId => TrainingDemoSeeder.CourseId(CourseKind.WaspiBriefing);

    public async Task HandleAsync(AgreementStatusChanged changed, Guid eventId, CancellationToken ct)
    {
        if (changed.To != AgreementStatus.Live || await db.Needs.AnyAsync(n => n.RaisedByEventId == eventId, ct))
        {
            return;
        }
        if (await protocols.FindAsync(changed.AgreementId, ct) is not { } agreement)
        {
            logger.LogWarning("Agreement {Id} went live but Protocols does not know it; no training needs raised", changed.AgreementId);
            return;
        }
        var course = BriefingCourseId;
        if (!await db.Courses.AnyAsync(c => c.Id == course, ct))
        {
            logger.LogWarning("There is no WASPI briefing course; no training needs raised for {Reference}", agreement.Reference);
            return;
        }
        var have = await db.Needs.Where(n => n.AgreementId == agreement.Id && n.CourseId == course && n.Status != TrainingNeedStatus.Cancelled)
            .Select(n => n.OrganisationId).ToListAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var partner in agreement.PartnerIds.Distinct().Where(p => !have.Contains(p)))
        {
            db.Needs.Add(new TrainingNeed
            {
                Id = NeedId(eventId, partner), AgreementId = agreement.Id, OrganisationId = partner, CourseId = course,
                Status = TrainingNeedStatus.Identified, RaisedByEventId = eventId, RaisedAt = now, RaisedBy = Actor,
            });
        }
        // The needs are written in id order: ids from (event, partner) give every delivery of one event the same order,
        // so racing deliveries wait on each other's first row instead of deadlocking on rows taken in another order.
        if (await db.TrySaveAsync(ct) is not null)
        {
            logger.LogInformation("Training needs of {Reference} were already raised by another delivery", agreement.Reference);
        }
    }

    private static Guid NeedId(Guid eventId, Guid partner) => StableId.For("training-need", $"{eventId:N}/{partner:N}");
}
