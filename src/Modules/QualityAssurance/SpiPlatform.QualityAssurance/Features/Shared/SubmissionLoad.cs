using Microsoft.EntityFrameworkCore;
using SpiPlatform.QualityAssurance.Data;
using SpiPlatform.QualityAssurance.Domain;

namespace SpiPlatform.QualityAssurance.Features.Shared;

internal static class SubmissionLoad
{
    /// <summary>A submission with its rounds, their checklists and its history, tracked for a change.</summary>
    public static Task<QaSubmission?> LoadForReviewAsync(this QualityAssuranceDbContext db, Guid id, CancellationToken ct)
        => db.Submissions.Include(s => s.Rounds).ThenInclude(r => r.Checklist).Include(s => s.Events)
            .AsSplitQuery().FirstOrDefaultAsync(s => s.Id == id, ct);

    /// <summary>A submission's comments in reading order (read only).</summary>
    public static async Task<IReadOnlyList<ThreadedComment>> ThreadOfAsync(this QualityAssuranceDbContext db, Guid submissionId, CancellationToken ct)
        => QaCommentThread.Order(await db.Comments.AsNoTracking().Where(c => c.SubmissionId == submissionId).ToListAsync(ct));

    /// <summary>The threads of several submissions in one query, by submission.</summary>
    public static async Task<IDictionary<Guid, IReadOnlyList<ThreadedComment>>> ThreadsOfAsync(this QualityAssuranceDbContext db, IReadOnlyCollection<Guid> submissionIds, CancellationToken ct)
    {
        var ids = submissionIds.ToList();
        var comments = await db.Comments.AsNoTracking().Where(c => ids.Contains(c.SubmissionId)).ToListAsync(ct);
        return ids.ToDictionary(id => id, id => QaCommentThread.Order([.. comments.Where(c => c.SubmissionId == id)]));
    }
}
