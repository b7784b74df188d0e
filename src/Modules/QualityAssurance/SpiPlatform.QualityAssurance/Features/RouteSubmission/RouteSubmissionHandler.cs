using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.QualityAssurance.Contracts;
using SpiPlatform.QualityAssurance.Data;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.QualityAssurance.Features.Shared;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.Security;

namespace SpiPlatform.QualityAssurance.Features.RouteSubmission;

internal sealed record AssignSubmissionInput(Guid SubmissionId, int Version, string? ReviewerEmail);

internal sealed record ChangeSubmissionGroupInput(Guid SubmissionId, int Version, Guid GroupId, string? Reason);

/// <summary>
/// Who reviews a submission: a lead of its group (or the programme team) assigns it to a reviewer of the group; the
/// programme team moves it to another group, saying why. Both are recorded on its history.
/// </summary>
internal sealed class RouteSubmissionHandler(QualityAssuranceDbContext db, TimeProvider clock)
{
    private static readonly QaSubmissionState[] Routable = [QaSubmissionState.Waiting, QaSubmissionState.InReview];

    public async Task<Result<QaSubmission>> AssignAsync(AssignSubmissionInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var submission = await db.Submissions.Include(s => s.Rounds).FirstOrDefaultAsync(s => s.Id == input.SubmissionId, ct);
        if (submission is null)
        {
            return Problem.NotFound("There is no such submission.");
        }
        if (!user.IsInRole(SpiRoles.ProgrammeTeam) && !await IsLeadAsync(user, submission.GroupId, ct))
        {
            return Problem.Forbidden("Only a lead of this submission's QA group, or the programme team, may assign it.");
        }
        var email = input.ReviewerEmail?.Trim().ToLowerInvariant();
        var reviewer = string.IsNullOrEmpty(email) ? null
            : await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.GroupId == submission.GroupId && m.Email == email, ct);
        if (reviewer is null)
        {
            return Problem.Invalid("reviewerEmail", "Choose a reviewer of this submission's QA group.");
        }
        if (StaleOrClosed(submission, input.Version) is { } problem)
        {
            return problem;
        }
        var actor = Actor.From(user);
        var now = clock.GetUtcNow();
        submission.ClaimedBy = $"staff:{reviewer.Email}";
        submission.ClaimedByName = reviewer.DisplayName;
        submission.ClaimedAt = now;
        submission.Move(QaSubmissionState.InReview, actor.Id, $"Assigned to {reviewer.DisplayName}", now);
        return await db.TrySaveAsync(ct) is { } conflict ? conflict : submission;
    }

    public async Task<Result<QaSubmission>> ChangeGroupAsync(ChangeSubmissionGroupInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!user.IsInRole(SpiRoles.ProgrammeTeam))
        {
            return Problem.Forbidden("Only the programme team may move a submission to another QA group.");
        }
        var submission = await db.Submissions.Include(s => s.Rounds).FirstOrDefaultAsync(s => s.Id == input.SubmissionId, ct);
        if (submission is null)
        {
            return Problem.NotFound("There is no such submission.");
        }
        var groups = await db.Groups.AsNoTracking().ToListAsync(ct);
        var to = groups.FirstOrDefault(g => g.Id == input.GroupId);
        if (to is null)
        {
            return Problem.Invalid("groupId", "That is not the id of a QA group.");
        }
        if (to.Id == submission.GroupId)
        {
            return Problem.Invalid("groupId", "The submission is already with that group.");
        }
        var reason = input.Reason?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            return Problem.Invalid("reason", "Say why the submission is moving to another group.");
        }
        if (StaleOrClosed(submission, input.Version) is { } problem)
        {
            return problem;
        }
        var from = groups.First(g => g.Id == submission.GroupId);
        var actor = Actor.From(user);
        var now = clock.GetUtcNow();
        submission.GroupId = to.Id;
        // The new group's reviewers pick it up afresh.
        submission.ClaimedBy = null;
        submission.ClaimedByName = null;
        submission.ClaimedAt = null;
        submission.Move(QaSubmissionState.Waiting, actor.Id, $"Moved from {from.NameEn} to {to.NameEn}: {reason}", now);
        return await db.TrySaveAsync(ct) is { } conflict ? conflict : submission;
    }

    private async Task<bool> IsLeadAsync(ClaimsPrincipal user, Guid groupId, CancellationToken ct)
        => user.IsInRole(SpiRoles.QaReviewer) && QaAccess.StaffEmail(user) is { } email
            && await db.Members.AnyAsync(m => m.GroupId == groupId && m.Email == email.ToLowerInvariant() && m.IsLead, ct);

    private static Problem? StaleOrClosed(QaSubmission submission, int version)
    {
        if (!Routable.Contains(submission.State))
        {
            return Problem.Conflict("Only a submission waiting or in review can be assigned or moved.");
        }
        return submission.Version != version
            ? Problem.Conflict("Someone else changed this submission at the same time. Reload the queue and try again.", "version")
            : null;
    }
}
