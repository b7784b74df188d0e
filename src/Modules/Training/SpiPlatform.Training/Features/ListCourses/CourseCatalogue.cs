using Microsoft.EntityFrameworkCore;
using SpiPlatform.Training.Data;
using SpiPlatform.Training.Domain;

namespace SpiPlatform.Training.Features.ListCourses;

/// <summary>Reads the catalogue and the sessions of its courses.</summary>
internal sealed class CourseCatalogue(TrainingDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<Course>> CoursesAsync(CancellationToken ct)
        => [.. (await db.Courses.AsNoTracking().ToListAsync(ct)).OrderBy(c => c.Kind).ThenBy(c => c.TitleEn, StringComparer.Ordinal)];

    public Task<Course?> CourseAsync(Guid id, CancellationToken ct) => db.Courses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);

    public Task<TrainingSession?> SessionAsync(Guid id, CancellationToken ct)
        => db.Sessions.AsNoTracking().Include(s => s.Course).Include(s => s.Enrolments.OrderBy(e => e.Arrival))
            .AsSplitQuery().FirstOrDefaultAsync(s => s.Id == id, ct);

    public async Task<(IReadOnlyList<TrainingSession> Sessions, int Total)> SessionsAsync(SessionQuery q, CancellationToken ct)
    {
        var query = db.Sessions.AsNoTracking();
        if (q.CourseId is { } course)
        {
            query = query.Where(s => s.CourseId == course);
        }
        if (q.Area is { } area)
        {
            query = query.Where(s => s.Area == area);
        }
        var from = q.From ?? clock.GetUtcNow();
        query = query.Where(s => s.EndsAt >= from);
        var total = await query.CountAsync(ct);
        var page = await query.OrderBy(s => s.StartsAt).ThenBy(s => s.Id).Skip(q.Offset).Take(q.First)
            .Include(s => s.Course).Include(s => s.Enrolments).AsSplitQuery().ToListAsync(ct);
        return (page, total);
    }
}

/// <summary>Sessions of a course, in an area, ending at or after a moment (now when not given).</summary>
internal sealed record SessionQuery(Guid? CourseId, SpiPlatform.Signatories.Contracts.ServiceArea? Area, DateTimeOffset? From, int Offset, int First);
