using Microsoft.EntityFrameworkCore;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Protocols.Data;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.SharedKernel;
using SpiPlatform.SharedKernel.Messaging;

namespace SpiPlatform.Protocols.Features.Shared;

/// <summary>Moves an agreement to its next status: every move freezes an immutable version and announces the change.</summary>
internal static class AgreementMoves
{
    /// <summary>Makes the move in the unit of work (the caller saves) and returns the new version's number.</summary>
    public static async Task<int> MoveAsync(this ProtocolsDbContext db, Agreement agreement, AgreementStatus to, string actor, string reason,
        TimeProvider clock, CancellationToken ct)
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
