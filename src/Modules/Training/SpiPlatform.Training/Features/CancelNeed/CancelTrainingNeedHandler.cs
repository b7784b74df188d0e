using System.Security.Claims;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.Data;
using SpiPlatform.Training.Domain;
using SpiPlatform.Training.Features.Shared;

namespace SpiPlatform.Training.Features.CancelNeed;

internal sealed record CancelTrainingNeedInput(Guid NeedId, string? Reason);

/// <summary>An open need is cancelled, always with a reason; a met or cancelled one stays as it is.</summary>
internal sealed class CancelTrainingNeedHandler(TrainingDbContext db, IProtocolsApi protocols, TimeProvider clock)
{
    public async Task<Result<TrainingNeed>> HandleAsync(CancelTrainingNeedInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var found = await TrainingNeeds.ForChangeAsync(db, protocols, input.NeedId, user, ct);
        if (!found.Succeeded)
        {
            return found.Cast<TrainingNeed>();
        }
        if (string.IsNullOrWhiteSpace(input.Reason))
        {
            return Problem.Invalid("reason", "Give the reason for cancelling the training need.");
        }
        var need = found.Value.Need;
        need.Status = TrainingNeedStatus.Cancelled;
        need.CancelledAt = clock.GetUtcNow();
        need.CancelReason = input.Reason.Trim();
        if (await db.TrySaveAsync(ct) is { } problem)
        {
            return problem;
        }
        return await TrainingNeeds.LoadAsync(db, need.Id, ct);
    }
}
