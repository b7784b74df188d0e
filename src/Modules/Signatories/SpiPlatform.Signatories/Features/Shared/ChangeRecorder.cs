using SpiPlatform.SharedKernel.Security;
using SpiPlatform.Signatories.Data;
using SpiPlatform.Signatories.Domain;

namespace SpiPlatform.Signatories.Features.Shared;

/// <summary>Records a change in the append-only history, in the same unit of work as the change.</summary>
internal static class ChangeRecorder
{
    public static void Record(this SignatoriesDbContext db, Organisation organisation, Actor actor, string action, string? before, DateTimeOffset at)
        => db.History.Add(new HistoryEntry
        {
            OrganisationId = organisation.Id,
            At = at,
            ActorId = actor.Id,
            ActorName = actor.DisplayName,
            Action = action,
            Before = before,
            After = OrganisationSnapshot.Of(organisation),
        });
}
