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
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.QualityAssurance.Features.SignOff;

/// <summary>Signs off for <see cref="OrganisationId"/>; <see cref="Version"/> is that organisation's sign-off as last read.</summary>
internal sealed record SignOffInput(Guid SubmissionId, Guid OrganisationId, int Version);

internal sealed record DeclineSignOffInput(Guid SubmissionId, Guid OrganisationId, int Version, string? Reason);

/// <summary>
/// A person holding their organisation's sign-off right signs a quality-assured round off for it, or declines to. Each
/// decision also raises the submission's version, so decisions for different partners at once are serialised: the
/// loser of the version race reloads and applies its own (independent) decision again, a bounded number of times.
/// Only the save that finds every partner signed moves the submission to SignedOff, so the agreement goes live exactly
/// once. A decline returns the submission (resubmitting opens a round whose sign-offs start afresh) and the agreement
/// to draft. Protocols is moved after the QA save, as with QA decisions.
/// </summary>
internal sealed class SignOffHandler(
    QualityAssuranceDbContext db, IProtocolsApi protocols, ISignatoriesApi signatories, TimeProvider clock, ILogger<SignOffHandler> logger)
{
    public const int Attempts = 8;

    public Task<Result<QaSubmission>> SignAsync(SignOffInput input, ClaimsPrincipal user, CancellationToken ct)
        => DecideAsync(input.SubmissionId, input.OrganisationId, input.Version, null, user, ct);

    public async Task<Result<QaSubmission>> DeclineAsync(DeclineSignOffInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var reason = input.Reason?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            return Problem.Invalid("reason", "Say why your organisation will not sign this agreement off.");
        }
        if (reason.Length > 2000)
        {
            return Problem.Invalid("reason", "Keep the reason to 2,000 characters or fewer.");
        }
        return await DecideAsync(input.SubmissionId, input.OrganisationId, input.Version, reason, user, ct);
    }

    private async Task<Result<QaSubmission>> DecideAsync(Guid submissionId, Guid organisationId, int version, string? declineReason,
        ClaimsPrincipal user, CancellationToken ct)
    {
        var agreementId = await db.Submissions.Where(s => s.Id == submissionId).Select(s => (Guid?)s.AgreementId).FirstOrDefaultAsync(ct);
        if (agreementId is null)
        {
            return Problem.NotFound("There is no such submission.");
        }
        if (await SignOffAccess.RightOfAsync(db, user, organisationId, ct) is not { } right)
        {
            return user.OrganisationIdOf() == organisationId
                ? Problem.Forbidden("You do not hold your organisation's right to sign agreements off.")
                : Problem.Forbidden("You may only sign off for the organisation you work for.");
        }
        var agreement = await protocols.FindAsync(agreementId.Value, ct);
        if (agreement is null || !agreement.PartnerIds.Append(agreement.CoordinatorId).Contains(organisationId))
        {
            return Problem.Forbidden("Your organisation is not a partner to this agreement.");
        }
        var organisation = (await signatories.FindAsync([organisationId], ct)).TryGetValue(organisationId, out var o) ? o.NameEn : organisationId.ToString();
        for (var attempt = 1; ; attempt++)
        {
            var submission = (await db.LoadForReviewAsync(submissionId, ct))!;
            if (submission.State != QaSubmissionState.AwaitingSignOff)
            {
                return Problem.Conflict("This agreement is not awaiting sign-off.");
            }
            var round = submission.CurrentRound.Number;
            var signOffs = await db.SignOffs.Where(o => o.SubmissionId == submissionId && o.RoundNumber == round).ToListAsync(ct);
            var mine = signOffs.FirstOrDefault(o => o.OrganisationId == organisationId);
            if (mine is null)
            {
                return Problem.Conflict("Your organisation has not been asked to sign this round off.");
            }
            if (mine.State != SignOffState.Pending)
            {
                return Problem.Conflict(mine.State == SignOffState.Signed
                    ? "Your organisation has already signed this agreement off."
                    : "Your organisation has already declined to sign this agreement off.");
            }
            if (mine.Version != version)
            {
                return Problem.Conflict("Someone else changed your organisation's sign-off at the same time. Reload the page and try again.", "version");
            }
            var actor = Actor.From(user);
            var now = clock.GetUtcNow();
            mine.State = declineReason is null ? SignOffState.Signed : SignOffState.Declined;
            mine.DecidedAt = now;
            mine.DecidedBy = actor.Id;
            mine.DecidedByName = right.DisplayName;
            mine.SignatoryRole = right.SignatoryRole;
            mine.Reason = declineReason;
            mine.Version++;
            AgreementStatus? agreementTo = null;
            if (declineReason is not null)
            {
                submission.Move(QaSubmissionState.Returned, actor.Id, $"Sign-off declined for {organisation} by {right.DisplayName}: {declineReason}", now);
                agreementTo = AgreementStatus.Draft;
            }
            else
            {
                submission.Note(actor.Id, $"Signed off for {organisation} by {right.DisplayName}", now);
                if (signOffs.All(o => o.State == SignOffState.Signed))
                {
                    submission.Move(QaSubmissionState.SignedOff, actor.Id, "Signed off by every partner", now);
                    agreementTo = AgreementStatus.Live;
                }
            }
            if (await db.TrySaveAsync(ct) is { } conflict)
            {
                // Another partner's decision raised the submission's version first: ours does not depend on theirs, so
                // try again on what is there now (which may have made ours the last signature, or ended sign-off).
                if (attempt < Attempts)
                {
                    logger.LogInformation("Sign-off of {Reference} for {Organisation} lost a race (attempt {Attempt}); trying again",
                        submission.Reference, organisation, attempt);
                    continue;
                }
                return conflict;
            }
            if (agreementTo is { } to)
            {
                await MoveAgreementAsync(submission, to, actor.Id, declineReason ?? "Signed off by every partner", ct);
            }
            return submission;
        }
    }

    private async Task MoveAgreementAsync(QaSubmission submission, AgreementStatus to, string actor, string reason, CancellationToken ct)
    {
        if (await protocols.TransitionAsync(submission.AgreementId, to, actor, reason, ct) is { } refused)
        {
            logger.LogError("Submission {Reference} is {State} but Protocols refused to make the agreement {To}: {Error}",
                submission.Reference, submission.State, to, refused);
            submission.Note(actor, $"Protocols refused to make the agreement {to}: {refused}", clock.GetUtcNow());
            await db.TrySaveAsync(ct);
        }
    }
}
