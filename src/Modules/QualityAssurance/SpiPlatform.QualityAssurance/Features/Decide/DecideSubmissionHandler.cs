using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.QualityAssurance.Contracts;
using SpiPlatform.QualityAssurance.Data;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.QualityAssurance.Features.Shared;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.Security;

namespace SpiPlatform.QualityAssurance.Features.Decide;

internal sealed record ReturnForAmendmentInput(Guid SubmissionId, int Version, int? Round, string? ChangesRequired);

internal sealed record ApproveSubmissionInput(Guid SubmissionId, int Version, int? Round, string? OverrideReason);

/// <summary>
/// A reviewer of the group (or a qa:write client), from no partner organisation, returns or approves a submission in
/// review. The QA change is saved first under the version check, so of several decisions at once exactly one wins;
/// only the winner then moves the agreement in Protocols. Should Protocols refuse after the save, the refusal is
/// logged and noted on the submission's history for the programme team to put right.
/// </summary>
internal sealed class DecideSubmissionHandler(QualityAssuranceDbContext db, IProtocolsApi protocols, TimeProvider clock, ILogger<DecideSubmissionHandler> logger)
{
    public async Task<Result<QaSubmission>> ReturnAsync(ReturnForAmendmentInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var (submission, problem) = await LoadDecidableAsync(input.SubmissionId, input.Version, input.Round, user, ct);
        if (problem is not null)
        {
            return problem;
        }
        var changes = input.ChangesRequired?.Trim();
        if (string.IsNullOrEmpty(changes))
        {
            return Problem.Invalid("changesRequired", "Say what the partners need to change.");
        }
        return await DecideAsync(submission!, QaSubmissionState.Returned, [AgreementStatus.Draft], changes, user, ct);
    }

    public async Task<Result<QaSubmission>> ApproveAsync(ApproveSubmissionInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var (submission, problem) = await LoadDecidableAsync(input.SubmissionId, input.Version, input.Round, user, ct);
        if (problem is not null)
        {
            return problem;
        }
        var checklist = submission!.CurrentRound.Checklist;
        if (QaChecklist.Items.Any(i => checklist.All(c => c.Item != i.Key)))
        {
            return Problem.Invalid("checklist", "Record a result for every checklist item before approving.");
        }
        var overrideReason = input.OverrideReason?.Trim();
        if (checklist.Any(c => c.Result == ChecklistResult.NotMet) && string.IsNullOrEmpty(overrideReason))
        {
            return Problem.Invalid("overrideReason", "An item is not met: give the reason for approving all the same.");
        }
        var now = clock.GetUtcNow();
        var number = await db.Database.SqlQueryRaw<long>(
            $"SELECT nextval('{QualityAssuranceDbContext.Schema}.{QualityAssuranceDbContext.QaReferenceSequence}') AS \"Value\"").SingleAsync(ct);
        submission.QaReference = $"QA-{now.Year}-{number:0000}";
        submission.QualityAssuredOn = DateOnly.FromDateTime(now.UtcDateTime);
        var agreement = await protocols.FindAsync(submission.AgreementId, ct);
        List<Guid> partners = agreement is null ? [] : agreement.PartnerIds.Append(agreement.CoordinatorId).Distinct().ToList();
        await AskForSignOffAsync(submission, partners, now, ct);
        return await DecideAsync(submission, QaSubmissionState.QualityAssured, [AgreementStatus.QualityAssured, AgreementStatus.AwaitingSignOff],
            string.IsNullOrEmpty(overrideReason) ? null : overrideReason, user, ct);
    }

    /// <summary>
    /// A pending sign-off for every partner (the coordinator included) of the approved round; a sign-off already given
    /// for this round is kept, any other is asked again.
    /// </summary>
    private async Task AskForSignOffAsync(QaSubmission submission, IReadOnlyList<Guid> partners, DateTimeOffset now, CancellationToken ct)
    {
        var round = submission.CurrentRound.Number;
        var existing = await db.SignOffs.Where(o => o.SubmissionId == submission.Id && o.RoundNumber == round).ToListAsync(ct);
        foreach (var organisationId in partners)
        {
            if (existing.FirstOrDefault(o => o.OrganisationId == organisationId) is { } signOff)
            {
                if (signOff.State != SignOffState.Signed)
                {
                    signOff.State = SignOffState.Pending;
                    signOff.Reason = null;
                    signOff.Version++;
                }
                continue;
            }
            db.SignOffs.Add(new QaSignOff
            {
                Id = Guid.CreateVersion7(), SubmissionId = submission.Id, RoundNumber = round, OrganisationId = organisationId,
                State = SignOffState.Pending, RequestedAt = now,
            });
        }
    }

    private async Task<(QaSubmission?, Problem?)> LoadDecidableAsync(Guid id, int version, int? round, ClaimsPrincipal user, CancellationToken ct)
    {
        var submission = await db.LoadForReviewAsync(id, ct);
        if (submission is null)
        {
            return (null, Problem.NotFound("There is no such submission."));
        }
        if (!await db.MayActForGroupAsync(user, submission.GroupId, ct))
        {
            return (null, Problem.Forbidden("Only a reviewer in this submission's QA group may decide it."));
        }
        if (user.OrganisationIdOf() is { } own && (await protocols.FindAsync(submission.AgreementId, ct))?.PartnerIds.Contains(own) == true)
        {
            return (null, Problem.Forbidden("You may not decide an agreement your own organisation is a partner to."));
        }
        if (submission.State != QaSubmissionState.InReview)
        {
            return (null, Problem.Conflict("Only a submission in review can be returned or approved."));
        }
        if (round is { } number && number != submission.CurrentRound.Number)
        {
            return (null, Problem.Conflict("That round has been superseded by a later submission.", "round"));
        }
        if (submission.Version != version)
        {
            return (null, Problem.Conflict("Someone else changed this submission at the same time. Reload the queue and try again.", "version"));
        }
        return (submission, null);
    }

    private async Task<Result<QaSubmission>> DecideAsync(QaSubmission submission, QaSubmissionState to, AgreementStatus[] agreementMoves,
        string? reason, ClaimsPrincipal user, CancellationToken ct)
    {
        var actor = Actor.From(user);
        var now = clock.GetUtcNow();
        var round = submission.CurrentRound;
        round.Outcome = to;
        round.DecidedBy = actor.Id;
        round.DecidedAt = now;
        round.OutcomeReason = reason;
        submission.Move(to, actor.Id, reason ?? (to == QaSubmissionState.QualityAssured ? $"Approved as {submission.QaReference}" : null), now);
        if (to == QaSubmissionState.QualityAssured)
        {
            // Approval at once asks every partner to sign off: two entries in the history, one save.
            submission.Move(QaSubmissionState.AwaitingSignOff, actor.Id, "Sent to the partners for sign-off", now);
        }
        if (await db.TrySaveAsync(ct) is { } conflict)
        {
            return conflict;
        }
        foreach (var agreementTo in agreementMoves)
        {
            if (await protocols.TransitionAsync(submission.AgreementId, agreementTo, actor.Id, reason ?? submission.QaReference, ct) is { } refused)
            {
                logger.LogError("Submission {Reference} is {State} but Protocols refused to make the agreement {To}: {Error}",
                    submission.Reference, submission.State, agreementTo, refused);
                submission.Note(actor.Id, $"Protocols refused to make the agreement {agreementTo}: {refused}", clock.GetUtcNow());
                await db.TrySaveAsync(ct);
                break;
            }
        }
        return submission;
    }
}
