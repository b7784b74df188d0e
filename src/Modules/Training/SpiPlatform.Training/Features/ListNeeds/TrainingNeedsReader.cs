using Microsoft.EntityFrameworkCore;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.Data;
using SpiPlatform.Training.Domain;

namespace SpiPlatform.Training.Features.ListNeeds;

/// <summary>Training needs of an agreement and/or an organisation, in a status; all given conditions apply together.</summary>
internal sealed record TrainingNeedQuery(Guid? AgreementId, Guid? OrganisationId, TrainingNeedStatus? Status, int Offset, int First);

/// <summary>Reads training needs for the boards and the <c>trainingNeeds</c> field.</summary>
internal sealed class TrainingNeedsReader(TrainingDbContext db, TimeProvider clock)
{
    public async Task<(IReadOnlyList<TrainingNeed> Needs, int Total)> ListAsync(TrainingNeedQuery q, CancellationToken ct)
    {
        var query = db.Needs.AsNoTracking();
        if (q.AgreementId is { } agreement)
        {
            query = query.Where(n => n.AgreementId == agreement);
        }
        if (q.OrganisationId is { } organisation)
        {
            query = query.Where(n => n.OrganisationId == organisation);
        }
        if (q.Status is { } status)
        {
            query = query.Where(n => n.Status == status);
        }
        var total = await query.CountAsync(ct);
        var page = await query.OrderBy(n => n.RaisedAt).ThenBy(n => n.Id).Skip(q.Offset).Take(q.First)
            .Include(n => n.Course).Include(n => n.Session).ToListAsync(ct);
        return (page, total);
    }

    /// <summary>How many needs of the agreement are in each status.</summary>
    public async Task<IReadOnlyDictionary<TrainingNeedStatus, int>> CountsForAgreementAsync(Guid agreementId, CancellationToken ct)
        => await db.Needs.Where(n => n.AgreementId == agreementId).GroupBy(n => n.Status)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);

    /// <summary>Upcoming sessions of these courses, soonest first: where an open need can be planned.</summary>
    public async Task<IReadOnlyList<TrainingSession>> UpcomingSessionsAsync(IReadOnlyCollection<Guid> courseIds, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return await db.Sessions.AsNoTracking().Where(s => courseIds.Contains(s.CourseId) && s.StartsAt > now)
            .OrderBy(s => s.StartsAt).Take(50).ToListAsync(ct);
    }
}
