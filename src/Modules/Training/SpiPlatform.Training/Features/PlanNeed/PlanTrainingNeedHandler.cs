using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.Data;
using SpiPlatform.Training.Domain;
using SpiPlatform.Training.Features.Shared;

namespace SpiPlatform.Training.Features.PlanNeed;

internal sealed record PlanTrainingNeedInput(Guid NeedId, Guid SessionId);

/// <summary>An open need is planned (or re-planned) onto an upcoming session of its own course.</summary>
internal sealed class PlanTrainingNeedHandler(TrainingDbContext db, IProtocolsApi protocols, TimeProvider clock)
{
    public async Task<Result<TrainingNeed>> HandleAsync(PlanTrainingNeedInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var found = await TrainingNeeds.ForChangeAsync(db, protocols, input.NeedId, user, ct);
        if (!found.Succeeded)
        {
            return found.Cast<TrainingNeed>();
        }
        var need = found.Value.Need;
        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == input.SessionId, ct);
        if (session is null)
        {
            return Problem.Invalid("sessionId", "There is no such training session.");
        }
        if (session.CourseId != need.CourseId)
        {
            return Problem.Invalid("sessionId", "That session is of another course than the training need.");
        }
        var now = clock.GetUtcNow();
        if (session.StartsAt <= now)
        {
            return Problem.Invalid("sessionId", "A training need can only be planned onto a session that has not started yet.");
        }
        need.Status = TrainingNeedStatus.Planned;
        need.SessionId = session.Id;
        need.PlannedAt = now;
        if (await db.TrySaveAsync(ct) is { } problem)
        {
            return problem;
        }
        return await TrainingNeeds.LoadAsync(db, need.Id, ct);
    }
}
