using Microsoft.EntityFrameworkCore;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.Training.Data;
using SpiPlatform.Training.Domain;

namespace SpiPlatform.Training.Features.Shared;

/// <summary>Loads a need with its course and session, for the answer of a change.</summary>
internal static class TrainingNeeds
{
    public static async Task<TrainingNeed> LoadAsync(TrainingDbContext db, Guid id, CancellationToken ct)
        => await db.Needs.AsNoTracking().Include(n => n.Course).Include(n => n.Session).FirstAsync(n => n.Id == id, ct);

    /// <summary>The need for a change by someone allowed to manage it, or the problem.</summary>
    public static async Task<Result<(TrainingNeed Need, Protocols.Contracts.AgreementSummary Agreement)>> ForChangeAsync(
        TrainingDbContext db, Protocols.Contracts.IProtocolsApi protocols, Guid needId, System.Security.Claims.ClaimsPrincipal user, CancellationToken ct)
    {
        var need = await db.Needs.FirstOrDefaultAsync(n => n.Id == needId, ct);
        if (need is null || await protocols.FindAsync(need.AgreementId, ct) is not { } agreement)
        {
            return Problem.NotFound("There is no such training need.");
        }
        if (!TrainingAccess.MayManageNeeds(user, agreement))
        {
            return Problem.Forbidden("Only the agreement's coordinator or the programme team may manage its training needs.");
        }
        if (!need.IsOpen)
        {
            return Problem.Conflict(need.Status == Contracts.TrainingNeedStatus.Met
                ? "This training need has been met and can no longer change."
                : "This training need has been cancelled and can no longer change.");
        }
        return Result<(TrainingNeed Need, Protocols.Contracts.AgreementSummary Agreement)>.Ok((need, agreement));
    }
}
