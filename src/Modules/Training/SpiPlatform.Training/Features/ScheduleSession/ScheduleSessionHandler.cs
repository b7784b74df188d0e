using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Training.Data;
using SpiPlatform.Training.Domain;
using SpiPlatform.Training.Features.Shared;

namespace SpiPlatform.Training.Features.ScheduleSession;

internal sealed record ScheduleSessionInput(Guid CourseId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, bool IsOnline,
    string? Venue, ServiceArea? Area, int Capacity, string TrainerEmail);

/// <summary>The programme team (or a training:write client) puts a session of a course in the calendar.</summary>
internal sealed class ScheduleSessionHandler(TrainingDbContext db, TimeProvider clock)
{
    public async Task<Result<TrainingSession>> HandleAsync(ScheduleSessionInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!TrainingAccess.MayManage(user))
        {
            return Problem.Forbidden("Only the programme team may schedule training sessions.");
        }
        var problems = new List<Problem>();
        if (input.Capacity < 1)
        {
            problems.Add(Problem.Invalid("capacity", "A session needs at least one place."));
        }
        if (input.EndsAt <= input.StartsAt)
        {
            problems.Add(Problem.Invalid("endsAt", "A session must end after it starts."));
        }
        if (input.StartsAt <= clock.GetUtcNow())
        {
            problems.Add(Problem.Invalid("startsAt", "A session cannot be scheduled in the past."));
        }
        if (string.IsNullOrWhiteSpace(input.TrainerEmail) || !input.TrainerEmail.Contains('@'))
        {
            problems.Add(Problem.Invalid("trainerEmail", "Give the trainer's email address."));
        }
        if (!input.IsOnline && string.IsNullOrWhiteSpace(input.Venue))
        {
            problems.Add(Problem.Invalid("venue", "A session that is not online needs a venue."));
        }
        if (!input.IsOnline && input.Area is null)
        {
            problems.Add(Problem.Invalid("area", "A session at a venue needs the area it is in."));
        }
        if (!await db.Courses.AnyAsync(c => c.Id == input.CourseId, ct))
        {
            problems.Add(Problem.Invalid("courseId", "There is no such course."));
        }
        if (problems.Count > 0)
        {
            return Result<TrainingSession>.Fail(problems);
        }
        var session = new TrainingSession
        {
            Id = Guid.NewGuid(), CourseId = input.CourseId, StartsAt = input.StartsAt.ToUniversalTime(), EndsAt = input.EndsAt.ToUniversalTime(),
            IsOnline = input.IsOnline, Venue = input.IsOnline ? null : input.Venue!.Trim(), Area = input.Area,
            Capacity = input.Capacity, TrainerEmail = input.TrainerEmail.Trim().ToLowerInvariant(), CreatedAt = clock.GetUtcNow(),
        };
        db.Sessions.Add(session);
        await db.SaveChangesAsync(ct);
        session.Course = await db.Courses.FirstAsync(c => c.Id == session.CourseId, ct);
        return session;
    }
}
