using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.QualityAssurance.Contracts;
using SpiPlatform.QualityAssurance.Data;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.QualityAssurance.Features.Shared;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.QualityAssurance.Features.ViewAgreementQa;

internal sealed record QaRoundView(QaRound Round, QaTurnaround Turnaround);

/// <summary>One step of the QA timeline; <see cref="Actor"/> is null for readers who are not signed in.</summary>
internal sealed record QaTimelineEntry(DateTimeOffset At, QaSubmissionState? From, QaSubmissionState To, string? Reason, string? Actor);

internal sealed record QaSignOffView(QaSignOff SignOff, string OrganisationNameEn, string OrganisationNameCy);

/// <summary>Where an agreement stands in QA and sign-off, as the agreement page and the agreement's <c>qa</c> field show it.</summary>
internal sealed record AgreementQaView(
    QaSubmission Submission, IReadOnlyList<QaRoundView> Rounds, IReadOnlyList<QaTimelineEntry> Timeline, IReadOnlyList<QaSignOffView> SignOffs,
    bool MayOpenCoordination = false, bool MayOpenReview = false, bool MaySignOff = false)
{
    public int Signed => SignOffs.Count(s => s.SignOff.State == SignOffState.Signed);
}

/// <summary>
/// Reads an agreement's QA story for anyone who may see the agreement (the caller has checked that): its rounds with
/// their turnaround, its timeline, and the current round's sign-offs. Who did each step is shown to signed-in readers only.
/// </summary>
internal sealed class AgreementQaReader(QualityAssuranceDbContext db, ISignatoriesApi register, QaSla sla)
{
    public async Task<AgreementQaView?> ForAsync(Guid agreementId, ClaimsPrincipal reader, CancellationToken ct)
    {
        var submission = await db.Submissions.AsNoTracking().Include(s => s.Rounds).Include(s => s.Events).Include(s => s.SignOffs)
            .AsSplitQuery().FirstOrDefaultAsync(s => s.AgreementId == agreementId, ct);
        if (submission is null)
        {
            return null;
        }
        var signedIn = reader.Identity?.IsAuthenticated == true;
        var current = submission.SignOffs.Where(o => o.RoundNumber == submission.CurrentRound.Number).ToList();
        var names = await register.FindAsync([.. current.Select(o => o.OrganisationId)], ct);
        var organisation = reader.OrganisationIdOf();
        var staff = reader.IsInRole(SpiRoles.QaReviewer) || reader.IsInRole(SpiRoles.ProgrammeTeam);
        return new AgreementQaView(
            submission,
            [.. submission.Rounds.OrderBy(r => r.Number).Select(r => new QaRoundView(r, sla.Of(r)))],
            [.. submission.Events.OrderBy(e => e.At).Select(e => new QaTimelineEntry(e.At, e.From, e.To, e.Reason, signedIn ? e.Actor : null))],
            [.. current.Select(o => new QaSignOffView(o, names.GetValueOrDefault(o.OrganisationId)?.NameEn ?? "", names.GetValueOrDefault(o.OrganisationId)?.NameCy ?? ""))
                .OrderBy(o => o.SignOff.State == SignOffState.Signed).ThenBy(o => o.OrganisationNameEn)],
            MayOpenCoordination: signedIn && (staff || organisation == submission.CoordinatorId),
            MayOpenReview: staff,
            MaySignOff: submission.State == QaSubmissionState.AwaitingSignOff
                && current.Any(o => o.State == SignOffState.Pending && o.OrganisationId == organisation));
    }
}
