using System.Data;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.Data;
using SpiPlatform.Training.Domain;
using SpiPlatform.Training.Features.Shared;

namespace SpiPlatform.Training.Features.ChangeSessionCapacity;

internal sealed record ChangeSessionCapacityInput(Guid SessionId, int Capacity);

/// <summary>
/// The programme team changes how many places a session has. Never below the people already enrolled; more places
/// promote the first people waiting, in arrival order. Under the same session row lock as enrolment.
/// </summary>
internal sealed class ChangeSessionCapacityHandler(TrainingDbContext db, TimeProvider clock)
{
    public async Task<Result<TrainingSession>> HandleAsync(ChangeSessionCapacityInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!TrainingAccess.MayManage(user))
        {
            return Problem.Forbidden("Only the programme team may change a session's capacity.");
        }
        if (input.Capacity < 1)
        {
            return Problem.Invalid("capacity", "A session needs at least one place.");
        }
        await using var tx = await db.Database.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct);
        var session = (await db.Sessions.FromSql($"SELECT * FROM training.sessions WHERE \"Id\" = {input.SessionId} FOR UPDATE").ToListAsync(ct)).SingleOrDefault();
        if (session is null)
        {
            return Problem.NotFound("There is no such training session.");
        }
        var now = clock.GetUtcNow();
        if (session.StartsAt <= now)
        {
            return Problem.Invalid("sessionId", "This session has already started; its capacity can no longer change.");
        }
        var enrolled = await db.Enrolments.CountAsync(e => e.SessionId == session.Id && e.Status == EnrolmentStatus.Enrolled, ct);
        if (input.Capacity < enrolled)
        {
            return Problem.Describe(ErrorCodes.ValidationFailed, "capacity",
                "The capacity cannot be below the {0} people already enrolled.", enrolled);
        }
        var freed = input.Capacity - enrolled;
        if (freed > 0)
        {
            var promoted = await db.Enrolments.Where(e => e.SessionId == session.Id && e.Status == EnrolmentStatus.Waiting)
                .OrderBy(e => e.Arrival).Take(freed).ToListAsync(ct);
            foreach (var e in promoted)
            {
                e.Status = EnrolmentStatus.Enrolled;
                e.PromotedAt = now;
            }
        }
        session.Capacity = input.Capacity;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return await db.Sessions.AsNoTracking().Include(s => s.Course).Include(s => s.Enrolments).AsSplitQuery().FirstAsync(s => s.Id == session.Id, ct);
    }
}
