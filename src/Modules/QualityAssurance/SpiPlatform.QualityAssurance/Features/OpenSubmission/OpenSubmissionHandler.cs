using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.QualityAssurance.Contracts;
using SpiPlatform.QualityAssurance.Data;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.QualityAssurance.Features.Shared;
using SpiPlatform.SharedKernel.Messaging;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.QualityAssurance.Features.OpenSubmission;

/// <summary>
/// A frozen version submitted by Protocols opens a submission in the group of the coordinator's area, or — when the
/// agreement's submission was returned — the next round of it. Idempotent: a redelivered event (same id) or the same
/// version again changes nothing; the unique indexes on rounds and agreements stop a race between two deliveries.
/// </summary>
internal sealed class OpenSubmissionHandler(
    QualityAssuranceDbContext db, IProtocolsApi protocols, ISignatoriesApi signatories, TimeProvider clock,
    ILogger<OpenSubmissionHandler> logger) : IIntegrationEventHandler<AgreementSubmittedForQualityAssurance>
{
    public const string Actor = "system:protocols";

    public async Task HandleAsync(AgreementSubmittedForQualityAssurance submitted, Guid eventId, CancellationToken ct)
    {
        if (await db.Rounds.AnyAsync(r => r.EventId == eventId, ct))
        {
            return;
        }
        var now = clock.GetUtcNow();
        var existing = await db.Submissions.Include(s => s.Rounds).FirstOrDefaultAsync(s => s.AgreementId == submitted.AgreementId, ct);
        if (existing is null)
        {
            db.Submissions.Add(await OpenAsync(submitted, eventId, now, ct));
        }
        else if (existing.Rounds.Any(r => r.AgreementVersion == submitted.VersionNumber))
        {
            return;
        }
        else if (existing.State == QaSubmissionState.Returned)
        {
            if (await protocols.FindAsync(submitted.AgreementId, ct) is { } agreement)
            {
                existing.CoordinatorId = agreement.CoordinatorId;
            }
            existing.Rounds.Add(Round(existing.Id, existing.CurrentRound.Number + 1, submitted.VersionNumber, eventId, now));
            // The same reviewer carries on with the next round, if someone had claimed it.
            existing.Move(existing.ClaimedBy is null ? QaSubmissionState.Waiting : QaSubmissionState.InReview, Actor,
                $"Resubmitted as version {submitted.VersionNumber}", now);
        }
        else
        {
            logger.LogWarning("Agreement {Reference} version {Version} was submitted while its submission is {State}; ignored",
                submitted.Reference, submitted.VersionNumber, existing.State);
            return;
        }
        if (await db.TrySaveAsync(ct) is not null)
        {
            // Another delivery of the same submission won the race: it is opened once, by that one.
            logger.LogInformation("Submission of {Reference} version {Version} was already opened", submitted.Reference, submitted.VersionNumber);
        }
    }

    private async Task<QaSubmission> OpenAsync(AgreementSubmittedForQualityAssurance submitted, Guid eventId, DateTimeOffset now, CancellationToken ct)
    {
        var groups = await db.Groups.AsNoTracking().ToListAsync(ct);
        var agreement = await protocols.FindAsync(submitted.AgreementId, ct);
        IReadOnlyList<ServiceArea> areas = [];
        if (agreement is not null && (await signatories.FindAsync([agreement.CoordinatorId], ct)).TryGetValue(agreement.CoordinatorId, out var coordinator))
        {
            areas = coordinator.Areas;
        }
        var id = Guid.CreateVersion7();
        var submission = new QaSubmission
        {
            Id = id,
            AgreementId = submitted.AgreementId,
            Reference = submitted.Reference,
            GroupId = QaRegions.GroupFor(areas, groups).Id,
            CoordinatorId = agreement?.CoordinatorId ?? Guid.Empty,
            OpenedAt = now,
            Rounds = [Round(id, 1, submitted.VersionNumber, eventId, now)],
        };
        submission.Events.Add(new QaSubmissionEvent
        {
            Id = Guid.CreateVersion7(), SubmissionId = id, At = now, Actor = Actor, To = QaSubmissionState.Waiting,
            Reason = $"Submitted as version {submitted.VersionNumber}",
        });
        return submission;
    }

    private static QaRound Round(Guid submissionId, int number, int version, Guid eventId, DateTimeOffset now)
        => new() { Id = Guid.CreateVersion7(), SubmissionId = submissionId, Number = number, AgreementVersion = version, EventId = eventId, SubmittedAt = now };
}
