using System.Data;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.Data;
using SpiPlatform.Training.Domain;
using SpiPlatform.Training.Features.Shared;

namespace SpiPlatform.Training.Features.Enrol;

/// <param name="OrganisationId">The named person's organisation (for someone enrolling another); yourself: your sign-in's.</param>
internal sealed record EnrolInput(Guid SessionId, string? Email, string? DisplayName, Guid? OrganisationId = null);

internal sealed record CancelEnrolmentInput(Guid EnrolmentId);

/// <summary>
/// Enrolment and cancellation. Both take a row lock on the session (<c>SELECT … FOR UPDATE</c>) inside a transaction,
/// so requests for one session run one at a time: the places are counted and the new row written under the lock,
/// which is why a full session never goes over capacity, the waiting list keeps arrival order and a cancellation
/// promotes exactly the first waiting person. Different sessions do not wait for each other.
/// </summary>
internal sealed class EnrolmentHandler(TrainingDbContext db, TimeProvider clock)
{
    public async Task<Result<Enrolment>> EnrolAsync(EnrolInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var staffEmail = TrainingAccess.StaffEmail(user);
        var named = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim().ToLowerInvariant();
        string email;
        string displayName;
        Guid? organisationId;
        if (named is not null && named != staffEmail?.ToLowerInvariant())
        {
            if (!TrainingAccess.MayManage(user))
            {
                return Problem.Forbidden("You may only enrol yourself.");
            }
            if (!named.Contains('@'))
            {
                return Problem.Invalid("email", "Give the email address of the person to enrol.");
            }
            email = named;
            displayName = string.IsNullOrWhiteSpace(input.DisplayName) ? named : input.DisplayName.Trim();
            organisationId = input.OrganisationId;
        }
        else if (staffEmail is not null)
        {
            email = staffEmail.ToLowerInvariant();
            displayName = Actor.From(user).DisplayName;
            organisationId = user.OrganisationIdOf() ?? input.OrganisationId;
        }
        else
        {
            return TrainingAccess.MayManage(user)
                ? Problem.Invalid("email", "Give the email address of the person to enrol.")
                : Problem.Forbidden("You may only enrol yourself.");
        }

        await using var tx = await db.Database.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct);
        var session = await LockSessionAsync(input.SessionId, ct);
        if (session is null)
        {
            return Problem.NotFound("There is no such training session.");
        }
        var now = clock.GetUtcNow();
        if (session.StartsAt <= now)
        {
            return Problem.Invalid("sessionId", "This session has already started; you can no longer enrol.");
        }
        var live = await db.Enrolments.Where(e => e.SessionId == session.Id && e.Status != EnrolmentStatus.Cancelled)
            .Select(e => new { e.Email, e.Status }).ToListAsync(ct);
        if (live.Any(e => e.Email == email))
        {
            return Problem.Conflict("This person is already enrolled on this session or on its waiting list.");
        }
        var enrolment = new Enrolment
        {
            Id = Guid.NewGuid(), SessionId = session.Id, Email = email, DisplayName = displayName, OrganisationId = organisationId,
            Status = live.Count(e => e.Status == EnrolmentStatus.Enrolled) < session.Capacity ? EnrolmentStatus.Enrolled : EnrolmentStatus.Waiting,
            RequestedAt = now, RequestedBy = Actor.From(user).Id,
        };
        db.Enrolments.Add(enrolment);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return enrolment;
    }

    public async Task<Result<Enrolment>> CancelAsync(CancelEnrolmentInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var sessionId = await db.Enrolments.Where(e => e.Id == input.EnrolmentId).Select(e => (Guid?)e.SessionId).FirstOrDefaultAsync(ct);
        if (sessionId is null)
        {
            return Problem.NotFound("There is no such enrolment.");
        }
        await using var tx = await db.Database.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct);
        var session = await LockSessionAsync(sessionId.Value, ct);
        var enrolment = await db.Enrolments.FirstAsync(e => e.Id == input.EnrolmentId, ct);
        var staffEmail = TrainingAccess.StaffEmail(user)?.ToLowerInvariant();
        if (enrolment.Email != staffEmail && !TrainingAccess.MayManage(user))
        {
            return Problem.Forbidden("You may only cancel your own place.");
        }
        if (enrolment.Status == EnrolmentStatus.Cancelled)
        {
            return Problem.Conflict("This place has already been cancelled.");
        }
        var now = clock.GetUtcNow();
        var heldPlace = enrolment.Status == EnrolmentStatus.Enrolled;
        enrolment.Status = EnrolmentStatus.Cancelled;
        enrolment.CancelledAt = now;
        if (heldPlace)
        {
            var enrolled = await db.Enrolments.CountAsync(e => e.SessionId == session!.Id && e.Status == EnrolmentStatus.Enrolled && e.Id != enrolment.Id, ct);
            if (enrolled < session!.Capacity)
            {
                var first = await db.Enrolments.Where(e => e.SessionId == session.Id && e.Status == EnrolmentStatus.Waiting)
                    .OrderBy(e => e.Arrival).FirstOrDefaultAsync(ct);
                if (first is not null)
                {
                    first.Status = EnrolmentStatus.Enrolled;
                    first.PromotedAt = now;
                }
            }
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return enrolment;
    }

    private async Task<TrainingSession?> LockSessionAsync(Guid id, CancellationToken ct)
        => (await db.Sessions.FromSql($"SELECT * FROM training.sessions WHERE \"Id\" = {id} FOR UPDATE").ToListAsync(ct)).SingleOrDefault();
}
