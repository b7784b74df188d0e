using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.QualityAssurance.Contracts;
using SpiPlatform.QualityAssurance.Data;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.QualityAssurance.Features.Shared;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.Security;

namespace SpiPlatform.QualityAssurance.Features.RecordChecklist;

internal sealed record RecordChecklistItemInput(Guid SubmissionId, int Version, string Item, ChecklistResult Result, string? Comment);

/// <summary>The claimant (or a qa:write client) records a result for one item of the current round's checklist.</summary>
internal sealed class RecordChecklistItemHandler(QualityAssuranceDbContext db, TimeProvider clock)
{
    public async Task<Result<QaSubmission>> HandleAsync(RecordChecklistItemInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var submission = await db.LoadForReviewAsync(input.SubmissionId, ct);
        if (submission is null)
        {
            return Problem.NotFound("There is no such submission.");
        }
        var actor = Actor.From(user);
        if (!user.Scopes().Contains(SpiScopes.QaWrite) && submission.ClaimedBy != actor.Id)
        {
            return Problem.Forbidden("Only the reviewer who claimed this submission may record its checklist.");
        }
        if (submission.State != QaSubmissionState.InReview)
        {
            return Problem.Conflict("Only a submission in review can have its checklist recorded.");
        }
        if (QaChecklist.Find(input.Item) is null)
        {
            return Problem.Invalid("item", "There is no such item on the checklist.");
        }
        var comment = string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim();
        if (input.Result == ChecklistResult.NotMet && comment is null)
        {
            return Problem.Invalid("comment", "Say why the item is not met.");
        }
        if (submission.Version != input.Version)
        {
            return Problem.Conflict("Someone else changed this submission at the same time. Reload the queue and try again.", "version");
        }
        var now = clock.GetUtcNow();
        var round = submission.CurrentRound;
        var entry = round.Checklist.FirstOrDefault(c => c.Item == input.Item);
        if (entry is null)
        {
            entry = new QaChecklistEntry { Id = Guid.CreateVersion7(), RoundId = round.Id, Item = input.Item, RecordedBy = actor.Id };
            round.Checklist.Add(entry);
            db.Add(entry);
        }
        entry.Result = input.Result;
        entry.Comment = comment;
        entry.RecordedBy = actor.Id;
        entry.RecordedAt = now;
        submission.Touch();
        if (await db.TrySaveAsync(ct) is { } conflict)
        {
            return conflict;
        }
        return submission;
    }
}
