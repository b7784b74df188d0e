using System.Data;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.SharedKernel;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.Messaging;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.Data;
using SpiPlatform.Training.Domain;
using SpiPlatform.Training.Features.Shared;

namespace SpiPlatform.Training.Features.RecordAttendance;

internal sealed record RecordAttendanceInput(Guid EnrolmentId, bool Attended, bool Completed);

/// <summary>What the attendance sheet shows of one place after a change: the place, its completion, the needs it met.</summary>
internal sealed record AttendanceRecord(Enrolment Enrolment, Completion? Completion, IReadOnlyList<TrainingNeed> NeedsMet);

/// <summary>
/// The trainer ticks a person with a place as attended and, once they finished, completed. A completion is recorded once
/// (the unique index on its place), expires after the course's months current, and — in the same transaction — meets
/// every open need of the person's organisation for that course, with <see cref="TrainingCompleted"/> and
/// <see cref="TrainingNeedMet"/> in the outbox. The session row is locked so the sheet's ticks for one session run one at a time.
/// </summary>
internal sealed class RecordAttendanceHandler(TrainingDbContext db, TimeProvider clock, IOutboxSignal outbox)
{
    public async Task<Result<AttendanceRecord>> HandleAsync(RecordAttendanceInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var sessionId = await db.Enrolments.Where(e => e.Id == input.EnrolmentId).Select(e => (Guid?)e.SessionId).FirstOrDefaultAsync(ct);
        if (sessionId is null)
        {
            return Problem.NotFound("There is no such enrolment.");
        }
        await using var tx = await db.Database.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct);
        var session = (await db.Sessions.FromSql($"SELECT * FROM training.sessions WHERE \"Id\" = {sessionId} FOR UPDATE").ToListAsync(ct)).Single();
        if (!TrainingAccess.MayRecordAttendance(user, session))
        {
            return Problem.Forbidden("Only the session's trainer or the programme team may record attendance.");
        }
        var now = clock.GetUtcNow();
        if (session.StartsAt > now)
        {
            return Problem.Invalid("enrolmentId", "This session has not started yet; attendance and completion cannot be recorded.");
        }
        var enrolment = await db.Enrolments.FirstAsync(e => e.Id == input.EnrolmentId, ct);
        if (enrolment.Status != EnrolmentStatus.Enrolled)
        {
            return Problem.Invalid("enrolmentId", "Only a person with a place on this session can be recorded as attending or completing it.");
        }
        if (input.Completed && !input.Attended)
        {
            return Problem.Invalid("attended", "A person who completed the session must have attended it.");
        }
        var completion = await db.Completions.FirstOrDefaultAsync(c => c.EnrolmentId == enrolment.Id, ct);
        if (completion is not null && !(input.Completed && input.Attended))
        {
            return Problem.Conflict("This person's completion is recorded and cannot be withdrawn.", "completed");
        }
        enrolment.Attended = input.Attended;
        List<TrainingNeed> met = [];
        var completedNow = input.Completed && completion is null;
        if (completedNow)
        {
            var course = await db.Courses.FirstAsync(c => c.Id == session.CourseId, ct);
            var on = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(session.StartsAt, WalesClock.TimeZone).DateTime);
            completion = new Completion
            {
                Id = Guid.CreateVersion7(), EnrolmentId = enrolment.Id, SessionId = session.Id, CourseId = course.Id,
                Email = enrolment.Email, DisplayName = enrolment.DisplayName, OrganisationId = enrolment.OrganisationId,
                CompletedOn = on, ExpiresOn = Completion.ExpiryOf(on, course.CurrentForMonths), RecordedAt = now, RecordedBy = Actor.From(user).Id,
            };
            db.Completions.Add(completion);
            db.Publish(new TrainingCompleted(completion.Id, course.Id, course.Kind, completion.OrganisationId, completion.CompletedOn, completion.ExpiresOn), now);
            if (completion.OrganisationId is { } organisationId)
            {
                met = await db.Needs.Where(n => n.OrganisationId == organisationId && n.CourseId == course.Id
                    && (n.Status == TrainingNeedStatus.Identified || n.Status == TrainingNeedStatus.Planned)).ToListAsync(ct);
                foreach (var need in met)
                {
                    need.Status = TrainingNeedStatus.Met;
                    need.MetAt = now;
                    need.MetByCompletionId = completion.Id;
                    db.Publish(new TrainingNeedMet(need.Id, need.AgreementId, need.OrganisationId, need.CourseId, completion.Id), now);
                }
            }
        }
        if (await db.TrySaveAsync(ct) is { } problem)
        {
            return problem;
        }
        await tx.CommitAsync(ct);
        if (completedNow)
        {
            outbox.Notify();
        }
        return new AttendanceRecord(enrolment, completion, met);
    }
}
