using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.QualityAssurance.Contracts;
using SpiPlatform.QualityAssurance.Data;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.QualityAssurance.Features.Shared;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.Security;

namespace SpiPlatform.QualityAssurance.Features.ClaimSubmission;

internal sealed record ClaimSubmissionInput(Guid SubmissionId, int Version);

/// <summary>
/// A reviewer of the submission's group (or a client with qa:write) takes a waiting submission. Of several claims at
/// once exactly one wins: the others find it claimed, or lose the version race on save (both CONFLICT).
/// </summary>
internal sealed class ClaimSubmissionHandler(QualityAssuranceDbContext db, TimeProvider clock)
{
    public async Task<Result<QaSubmission>> HandleAsync(ClaimSubmissionInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var submission = await db.Submissions.Include(s => s.Rounds).FirstOrDefaultAsync(s => s.Id == input.SubmissionId, ct);
        if (submission is null)
        {
            return Problem.NotFound("There is no such submission.");
        }
        if (!await db.MayActForGroupAsync(user, submission.GroupId, ct))
        {
            return Problem.Forbidden("Only a reviewer in this submission's QA group may claim it.");
        }
        if (submission.State != QaSubmissionState.Waiting)
        {
            return Problem.Conflict("This submission has already been claimed.");
        }
        if (submission.Version != input.Version)
        {
            return Problem.Conflict("Someone else changed this submission at the same time. Reload the queue and try again.", "version");
        }
        var actor = Actor.From(user);
        var now = clock.GetUtcNow();
        submission.ClaimedBy = actor.Id;
        submission.ClaimedByName = actor.DisplayName;
        submission.ClaimedAt = now;
        submission.Move(QaSubmissionState.InReview, actor.Id, "Claimed", now);
        if (await db.TrySaveAsync(ct) is { } conflict)
        {
            return conflict;
        }
        return submission;
    }
}
