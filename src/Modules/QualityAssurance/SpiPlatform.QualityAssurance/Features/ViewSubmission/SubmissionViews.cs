using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.QualityAssurance.Contracts;
using SpiPlatform.QualityAssurance.Data;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.QualityAssurance.Features.Shared;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.Security;

namespace SpiPlatform.QualityAssurance.Features.ViewSubmission;

/// <summary>What the caller may do on a submission's pages; the handlers check the same rules again when they act.</summary>
internal sealed record SubmissionPermissions(bool MayRecord, bool MayDecide, bool MayComment, CommentSide? Side);

/// <summary>A submission as its review screen shows it: the agreement under review, what changed since the last round, the thread.</summary>
internal sealed record ReviewView(
    QaSubmission Submission, string GroupName, AgreementForReview? Agreement, AgreementVersionDiff? SinceLastRound,
    IReadOnlyList<ThreadedComment> Comments, SubmissionPermissions May);

/// <summary>
/// The one read behind the review screen (<c>/qa/submissions/{id}</c>: the group's reviewers, the programme team read-only)
/// and the coordinator's view (<c>/qa/agreements/{agreementId}</c>: the coordinating organisation and the group's reviewers).
/// </summary>
internal sealed class SubmissionViews(QualityAssuranceDbContext db, IProtocolsApi protocols)
{
    public async Task<Result<ReviewView>> ForReviewAsync(Guid submissionId, ClaimsPrincipal user, CancellationToken ct)
    {
        var submission = await LoadAsync(s => s.Id == submissionId, ct);
        if (submission is null)
        {
            return Problem.NotFound("There is no such submission.");
        }
        var reviewer = await db.MayActForGroupAsync(user, submission.GroupId, ct);
        if (!reviewer && !user.IsInRole(SpiRoles.ProgrammeTeam))
        {
            return Problem.Forbidden("Only a reviewer in this submission's QA group or the programme team may review it.");
        }
        return await ViewAsync(submission, user, reviewer, ct);
    }

    public async Task<Result<ReviewView>> ForCoordinatorAsync(Guid agreementId, ClaimsPrincipal user, CancellationToken ct)
    {
        var submission = await LoadAsync(s => s.AgreementId == agreementId, ct);
        // Someone outside the agreement learns nothing, not even that it is in quality assurance.
        if (submission is null)
        {
            return Problem.NotFound("There is no such submission.");
        }
        var reviewer = await db.MayActForGroupAsync(user, submission.GroupId, ct);
        if (!reviewer && !QaAccess.IsOfCoordinator(user, submission) && !user.IsInRole(SpiRoles.ProgrammeTeam))
        {
            return Problem.NotFound("There is no such submission.");
        }
        return await ViewAsync(submission, user, reviewer, ct);
    }

    private async Task<ReviewView> ViewAsync(QaSubmission submission, ClaimsPrincipal user, bool reviewer, CancellationToken ct)
    {
        var round = submission.CurrentRound;
        var previous = submission.Rounds.Where(r => r.Number < round.Number).MaxBy(r => r.Number);
        var agreement = await protocols.ReadForReviewAsync(submission.AgreementId, round.AgreementVersion, ct);
        var diff = previous is null ? null : await protocols.DiffAsync(submission.AgreementId, previous.AgreementVersion, round.AgreementVersion, ct);
        var group = await db.Groups.AsNoTracking().FirstAsync(g => g.Id == submission.GroupId, ct);
        var side = await db.SideOfAsync(submission, user, ct);
        var inReview = submission.State == QaSubmissionState.InReview;
        var may = new SubmissionPermissions(
            MayRecord: inReview && (user.Scopes().Contains(SpiScopes.QaWrite) || submission.ClaimedBy == Actor.From(user).Id),
            MayDecide: inReview && reviewer,
            MayComment: side is not null && submission.State != QaSubmissionState.SignedOff,
            Side: side);
        return new ReviewView(submission, SharedKernel.Localization.Bilingual.Pick(group.NameEn, group.NameCy), agreement, diff,
            await db.ThreadOfAsync(submission.Id, ct), may);
    }

    private Task<QaSubmission?> LoadAsync(System.Linq.Expressions.Expression<Func<QaSubmission, bool>> which, CancellationToken ct)
        => db.Submissions.AsNoTracking().Include(s => s.Rounds).ThenInclude(r => r.Checklist).Include(s => s.Events)
            .AsSplitQuery().FirstOrDefaultAsync(which, ct);
}
