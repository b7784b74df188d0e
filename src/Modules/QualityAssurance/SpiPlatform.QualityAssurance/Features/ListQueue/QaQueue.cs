using Microsoft.EntityFrameworkCore;
using SpiPlatform.QualityAssurance.Contracts;
using SpiPlatform.QualityAssurance.Data;
using SpiPlatform.QualityAssurance.Domain;

namespace SpiPlatform.QualityAssurance.Features.ListQueue;

internal sealed record QueueQuery(IReadOnlyCollection<Guid>? GroupIds, IReadOnlyCollection<QaSubmissionState>? States, int Offset, int First);

internal sealed record QueuePage(IReadOnlyList<QaSubmission> Submissions, int Offset, int TotalCount);

/// <summary>The one read of submissions, oldest first: the queue page and <c>qaSubmissions</c> both use it.</summary>
internal sealed class QaQueue(QualityAssuranceDbContext db)
{
    public async Task<QueuePage> ListAsync(QueueQuery query, CancellationToken ct)
    {
        var submissions = db.Submissions.AsNoTracking();
        if (query.GroupIds is { } groups)
        {
            submissions = submissions.Where(s => groups.Contains(s.GroupId));
        }
        if (query.States is { } states)
        {
            submissions = submissions.Where(s => states.Contains(s.State));
        }
        var total = await submissions.CountAsync(ct);
        var page = await submissions.Include(s => s.Rounds).ThenInclude(r => r.Checklist).Include(s => s.Events).AsSplitQuery()
            .OrderBy(s => s.OpenedAt).ThenBy(s => s.Id)
            .Skip(query.Offset).Take(query.First)
            .ToListAsync(ct);
        return new(page, query.Offset, total);
    }

    /// <summary>How many submissions of the groups (all when null) are in each state.</summary>
    public async Task<Dictionary<QaSubmissionState, int>> CountByStateAsync(IReadOnlyCollection<Guid>? groupIds, CancellationToken ct)
    {
        var submissions = db.Submissions.AsNoTracking();
        if (groupIds is not null)
        {
            submissions = submissions.Where(s => groupIds.Contains(s.GroupId));
        }
        return await submissions.GroupBy(s => s.State).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
    }

    public Task<QaSubmission?> FindAsync(Guid id, CancellationToken ct)
        => db.Submissions.AsNoTracking().Include(s => s.Rounds).ThenInclude(r => r.Checklist).Include(s => s.Events).AsSplitQuery().FirstOrDefaultAsync(s => s.Id == id, ct);

    public Task<List<QaGroup>> GroupsAsync(CancellationToken ct)
        => db.Groups.AsNoTracking().Include(g => g.Members.OrderBy(m => m.DisplayName)).OrderBy(g => g.IsNational).ThenBy(g => g.NameEn).ToListAsync(ct);
}
