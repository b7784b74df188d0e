using Microsoft.EntityFrameworkCore;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.SharedKernel.Data;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.Data;
using SpiPlatform.Training.Domain;

namespace SpiPlatform.Training.DemoData;

/// <summary>
/// Training needs as the case studies tell them. Flying Start Torfaen (live since June 2011): "the WASPI Facilitator
/// attended several Flying Start Information Exchange Sessions to explain the Accord", so a practitioner of each partner
/// completed a WASPI briefing in Pontypool in May 2011, led by the WASPI facilitator, and every partner's briefing need
/// is met. POVA Powys is still being
/// finalised ("once signed off, training needs ... will be identified"): its partners' practitioner-briefing needs are
/// identified, none planned yet. Runs after the Protocols seeder; idempotent by stable ids.
/// </summary>
internal sealed class TrainingNeedsDemoSeeder(TrainingDbContext db, IProtocolsApi protocols) : IDemoDataSeeder
{
    public const string FlyingStart = "ISP-2011-0001";
    public const string PovaPowys = "ISP-2012-0002";
    public const string FacilitatorEmail = "waspi.facilitator@demo.spi.wales";
    public const string Actor = "system:demo";

    public static Guid FlyingStartBriefingId => StableId.For("training-session", "flying-start-briefing-2011");

    private static readonly DateTimeOffset BriefingStart = new(2011, 5, 10, 9, 30, 0, TimeSpan.Zero); // 10:30 in Wales (BST)

    public async Task SeedAsync(CancellationToken ct)
    {
        var briefing = TrainingDemoSeeder.CourseId(CourseKind.WaspiBriefing);
        var course = await db.Courses.FirstOrDefaultAsync(c => c.Id == briefing, ct);
        if (course is null)
        {
            return;
        }
        if (await protocols.FindByReferenceAsync(FlyingStart, ct) is { } flyingStart)
        {
            await SeedMetAsync(flyingStart, course, ct);
        }
        if (await protocols.FindByReferenceAsync(PovaPowys, ct) is { } pova)
        {
            foreach (var partner in pova.PartnerIds)
            {
                AddNeed(pova.Id, partner, briefing, new DateTimeOffset(2012, 9, 1, 9, 0, 0, TimeSpan.Zero), await ExistingNeedsAsync(pova.Id, ct));
            }
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task SeedMetAsync(AgreementSummary agreement, Course course, CancellationToken ct)
    {
        var sessionId = FlyingStartBriefingId;
        if (!await db.Sessions.AnyAsync(s => s.Id == sessionId, ct))
        {
            db.Sessions.Add(new TrainingSession
            {
                Id = sessionId, CourseId = course.Id, StartsAt = BriefingStart, EndsAt = BriefingStart.AddMinutes(course.DurationMinutes),
                IsOnline = false, Venue = "Torfaen Civic Centre, Pontypool", Area = ServiceArea.Torfaen,
                Capacity = Math.Max(20, agreement.PartnerIds.Count), TrainerEmail = FacilitatorEmail, CreatedAt = BriefingStart.AddDays(-28),
            });
        }
        var existing = await ExistingNeedsAsync(agreement.Id, ct);
        var places = await db.Enrolments.Where(e => e.SessionId == sessionId).Select(e => e.Id).ToListAsync(ct);
        var completed = await db.Completions.Where(c => c.SessionId == sessionId).Select(c => c.Id).ToListAsync(ct);
        var on = new DateOnly(2011, 5, 10);
        var arrival = 0;
        foreach (var partner in agreement.PartnerIds)
        {
            arrival++;
            var key = $"{agreement.Reference}:{partner}";
            var enrolmentId = StableId.For("training-enrolment", key);
            var completionId = StableId.For("training-completion", key);
            var email = $"practitioner{arrival}.flyingstart@demo.spi.wales";
            var name = $"Flying Start practitioner {arrival}";
            if (!places.Contains(enrolmentId))
            {
                db.Enrolments.Add(new Enrolment
                {
                    Id = enrolmentId, SessionId = sessionId, Email = email, DisplayName = name, OrganisationId = partner,
                    Status = EnrolmentStatus.Enrolled, RequestedAt = BriefingStart.AddDays(-21), RequestedBy = Actor, Attended = true,
                });
            }
            if (!completed.Contains(completionId))
            {
                db.Completions.Add(new Completion
                {
                    Id = completionId, EnrolmentId = enrolmentId, SessionId = sessionId, CourseId = course.Id, Email = email, DisplayName = name,
                    OrganisationId = partner, CompletedOn = on, ExpiresOn = Completion.ExpiryOf(on, course.CurrentForMonths),
                    RecordedAt = BriefingStart.AddHours(3), RecordedBy = $"staff:{FacilitatorEmail}",
                });
            }
            if (AddNeed(agreement.Id, partner, course.Id, BriefingStart.AddDays(-30), existing) is { } need)
            {
                need.Status = TrainingNeedStatus.Met;
                need.SessionId = sessionId;
                need.PlannedAt = BriefingStart.AddDays(-21);
                need.MetAt = BriefingStart.AddHours(3);
                need.MetByCompletionId = completionId;
            }
        }
    }

    private Task<List<Guid>> ExistingNeedsAsync(Guid agreementId, CancellationToken ct)
        => db.Needs.Where(n => n.AgreementId == agreementId).Select(n => n.Id).ToListAsync(ct);

    private TrainingNeed? AddNeed(Guid agreementId, Guid organisationId, Guid courseId, DateTimeOffset raisedAt, List<Guid> existing)
    {
        var id = StableId.For("training-need", $"{agreementId}:{organisationId}:{courseId}");
        if (existing.Contains(id))
        {
            return null;
        }
        var need = new TrainingNeed
        {
            Id = id, AgreementId = agreementId, OrganisationId = organisationId, CourseId = courseId,
            Status = TrainingNeedStatus.Identified, RaisedAt = raisedAt, RaisedBy = Actor,
        };
        db.Needs.Add(need);
        existing.Add(id);
        return need;
    }
}
