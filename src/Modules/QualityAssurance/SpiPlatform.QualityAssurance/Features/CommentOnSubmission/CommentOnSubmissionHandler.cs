using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.QualityAssurance.Contracts;
using SpiPlatform.QualityAssurance.Data;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.QualityAssurance.Features.Shared;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.Security;

namespace SpiPlatform.QualityAssurance.Features.CommentOnSubmission;

internal sealed record CommentOnSubmissionInput(Guid SubmissionId, string? Body, Guid? ReplyToId = null, string? Item = null);

/// <summary>
/// A reviewer of the submission's group (or a qa:write client) comments as the reviewers; a user of the coordinating
/// organisation comments or answers as the partners. Comments are append-only and change nothing else, so they do not
/// raise the submission's version (a comment never makes a reviewer's checklist stale). None once signed off.
/// </summary>
internal sealed class CommentOnSubmissionHandler(QualityAssuranceDbContext db, TimeProvider clock)
{
    public async Task<Result<QaSubmission>> HandleAsync(CommentOnSubmissionInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var submission = await db.LoadForReviewAsync(input.SubmissionId, ct);
        if (submission is null)
        {
            return Problem.NotFound("There is no such submission.");
        }
        if (await db.SideOfAsync(submission, user, ct) is not { } side)
        {
            return Problem.Forbidden("Only the submission's QA reviewers and its coordinating organisation may comment on it.");
        }
        if (submission.State == QaSubmissionState.SignedOff)
        {
            return Problem.Conflict("A signed-off submission takes no more comments.");
        }
        var body = input.Body?.Trim();
        if (string.IsNullOrEmpty(body))
        {
            return Problem.Invalid("body", "Write the comment.");
        }
        if (body.Length > QaCommentThread.MaxBodyLength)
        {
            return Problem.Invalid("body", "A comment can be at most 4000 characters.");
        }
        if (input.ReplyToId is { } replyTo && !await db.Comments.AnyAsync(c => c.Id == replyTo && c.SubmissionId == submission.Id, ct))
        {
            return Problem.Invalid("replyToId", "There is no such comment on this submission to reply to.");
        }
        var item = string.IsNullOrWhiteSpace(input.Item) ? null : input.Item.Trim();
        if (item is not null && QaChecklist.Find(item) is null)
        {
            return Problem.Invalid("item", "There is no such item on the checklist.");
        }
        var actor = Actor.From(user);
        db.Comments.Add(new QaComment
        {
            Id = Guid.CreateVersion7(),
            SubmissionId = submission.Id,
            RoundNumber = submission.CurrentRound.Number,
            ReplyToId = input.ReplyToId,
            Side = side,
            AuthorId = actor.Id,
            AuthorName = actor.DisplayName,
            AuthorOrganisationId = user.OrganisationIdOf(),
            Item = item,
            Body = body,
            At = clock.GetUtcNow(),
        });
        if (await db.TrySaveAsync(ct) is { } conflict)
        {
            return conflict;
        }
        return submission;
    }
}
