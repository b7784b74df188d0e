using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.QualityAssurance.Contracts;
using SpiPlatform.QualityAssurance.Data;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.QualityAssurance.Features.Shared;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.SharedKernel.Web;

namespace SpiPlatform.QualityAssurance.Features.ListWork;

/// <summary>
/// What QA has waiting for one person: for a reviewer, submissions of their groups to claim, their own to decide and
/// the partners' comments to answer; for someone of an organisation, the reviewers' comments to answer and the
/// drafts returned to it (when it coordinates), and the sign-offs to give (when they hold its sign-off right).
/// </summary>
internal sealed class QaWorkItems(QualityAssuranceDbContext db, IProtocolsApi protocols) : IWorkItemSource
{
    public const string Claim = "qa.claim";
    public const string Decide = "qa.decide";
    public const string Answer = "qa.answer";
    public const string SignOff = "qa.sign-off";
    public const string Returned = "qa.returned";

    private static readonly QaSubmissionState[] Commentable =
        [QaSubmissionState.Waiting, QaSubmissionState.InReview, QaSubmissionState.Returned, QaSubmissionState.AwaitingSignOff];

    public async Task<IReadOnlyList<WorkItem>> ForAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var found = await FindAsync(user, ct);
        var agreements = await protocols.FindManyAsync([.. found.Select(f => f.Submission.AgreementId)], ct);
        var items = new List<WorkItem>();
        foreach (var (kind, submission, since) in found)
        {
            var agreement = agreements.GetValueOrDefault(submission.AgreementId);
            var (en, cy, url) = kind switch
            {
                Claim => ("Claim for review", "Hawlio i'w adolygu", $"/qa?state=Waiting&group={submission.GroupId}#submission-{submission.Id}"),
                Decide => ("Review and decide", "Adolygu a phenderfynu", $"/qa/submissions/{submission.Id}"),
                SignOff => ("Sign off or decline", "Cymeradwyo neu wrthod", $"/qa/sign-off/{submission.Id}"),
                Returned => ("Amend and resubmit", "Diwygio ac ailgyflwyno", $"/library/{submission.Reference}/edit/review"),
                _ => ("Answer the comment", "Ateb y sylw", QaWorkUrls.CommentsOf(submission, user)),
            };
            items.Add(new WorkItem(kind, $"{submission.Reference} {agreement?.Title(false)}".Trim(), $"{submission.Reference} {agreement?.Title(true)}".Trim(), en, cy, url, since));
        }
        return items;
    }

    public async Task<int> CountAsync(ClaimsPrincipal user, CancellationToken ct) => (await FindAsync(user, ct)).Count;

    private async Task<List<(string Kind, QaSubmission Submission, DateTimeOffset Since)>> FindAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var found = new List<(string, QaSubmission, DateTimeOffset)>();
        if (QaAccess.StaffEmail(user) is not { } email)
        {
            return found;
        }
        var me = Actor.From(user).Id;
        var groups = await db.GroupsOfAsync(user, ct);
        if (groups.Count > 0)
        {
            var toClaim = await db.Submissions.AsNoTracking().Include(s => s.Rounds)
                .Where(s => groups.Contains(s.GroupId) && s.State == QaSubmissionState.Waiting).OrderBy(s => s.OpenedAt).ToListAsync(ct);
            found.AddRange(toClaim.Select(s => (Claim, s, s.CurrentRound.SubmittedAt)));
            var mine = await db.Submissions.AsNoTracking().Include(s => s.Rounds)
                .Where(s => s.ClaimedBy == me && Commentable.Contains(s.State)).OrderBy(s => s.OpenedAt).ToListAsync(ct);
            found.AddRange(mine.Where(s => s.State == QaSubmissionState.InReview).Select(s => (Decide, s, s.CurrentRound.SubmittedAt)));
            // Once decided, the decision answers the partners; their later comments wait for the next round.
            found.AddRange(await UnansweredAsync([.. mine.Where(s => s.State == QaSubmissionState.InReview)], CommentSide.Partners, ct));
        }
        if (user.OrganisationIdOf() is { } organisation)
        {
            var coordinated = await db.Submissions.AsNoTracking().Include(s => s.Rounds).Include(s => s.Events)
                .Where(s => s.CoordinatorId == organisation && Commentable.Contains(s.State)).OrderBy(s => s.OpenedAt).ToListAsync(ct);
            found.AddRange(coordinated.Where(s => s.State == QaSubmissionState.Returned)
                .Select(s => (Returned, s, s.Events.Where(e => e.To == QaSubmissionState.Returned).Max(e => (DateTimeOffset?)e.At) ?? s.OpenedAt)));
            found.AddRange(await UnansweredAsync(coordinated, CommentSide.Reviewer, ct));
            found.AddRange(await SignOffsAsync(organisation, email, ct));
        }
        return found;
    }

    /// <summary>Submissions whose latest comment came from <paramref name="otherSide"/>: the ball is in this user's court.</summary>
    private async Task<IEnumerable<(string, QaSubmission, DateTimeOffset)>> UnansweredAsync(List<QaSubmission> submissions, CommentSide otherSide, CancellationToken ct)
    {
        var ids = submissions.Select(s => s.Id).ToList();
        var latest = await db.Comments.AsNoTracking().Where(c => ids.Contains(c.SubmissionId))
            .GroupBy(c => c.SubmissionId)
            .Select(g => g.OrderByDescending(c => c.At).ThenByDescending(c => c.Id).First())
            .ToListAsync(ct);
        var waiting = latest.Where(c => c.Side == otherSide).ToDictionary(c => c.SubmissionId, c => c.At);
        return submissions.Where(s => waiting.ContainsKey(s.Id)).Select(s => (Answer, s, waiting[s.Id]));
    }

    private async Task<IEnumerable<(string, QaSubmission, DateTimeOffset)>> SignOffsAsync(Guid organisation, string email, CancellationToken ct)
    {
        var normalised = email.ToLowerInvariant();
        if (!await db.SignOffRights.AnyAsync(r => r.OrganisationId == organisation && r.Email == normalised && r.RevokedAt == null, ct))
        {
            return [];
        }
        var pending = await db.SignOffs.AsNoTracking()
            .Where(o => o.OrganisationId == organisation && o.State == SignOffState.Pending)
            .Join(db.Submissions.AsNoTracking().Include(s => s.Rounds).Where(s => s.State == QaSubmissionState.AwaitingSignOff),
                o => o.SubmissionId, s => s.Id, (o, s) => new { SignOff = o, Submission = s })
            .ToListAsync(ct);
        return pending.Where(p => p.SignOff.RoundNumber == p.Submission.CurrentRound.Number)
            .Select(p => (SignOff, p.Submission, p.SignOff.RequestedAt));
    }
}

internal static class QaWorkUrls
{
    /// <summary>Reviewers answer on the review screen; the partners on the coordinator's view.</summary>
    public static string CommentsOf(QaSubmission submission, ClaimsPrincipal user)
        => user.IsInRole(SpiRoles.QaReviewer) && user.OrganisationIdOf() is null
            ? $"/qa/submissions/{submission.Id}#comments"
            : $"/qa/agreements/{submission.AgreementId}#comments";
}
