using Microsoft.EntityFrameworkCore;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.QualityAssurance.Contracts;
using SpiPlatform.QualityAssurance.Data;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.SharedKernel.Data;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.QualityAssurance.DemoData;

/// <summary>One case study's path through QA, with the dates the source document gives (or implies).</summary>
internal sealed record CaseStudyQa(
    string Reference, DateOnly Submitted, QaSubmissionState State, DateOnly? Decided = null, string? QaReference = null,
    DateOnly? Live = null, string? ChangesRequired = null, IReadOnlyList<string>? SignedBy = null,
    IReadOnlyList<(string Organisation, string Role)>? SignedBeforeQa = null);

/// <summary>
/// The six case studies' QA, as the source document leaves them: Flying Start Torfaen, Gwent Frailty and Hafan Lles
/// quality assured and live; the Cardiff MARAC quality assured with sign-off by its 17 partners "currently underway";
/// POVA Powys returned with feedback; North Caerphilly signed locally and "awaiting formal sign-off from the central
/// WASPI team". Their agreements' statuses and versions are Protocols' demo data; this adds the QA side.
/// </summary>
internal sealed class CaseStudySubmissions(QualityAssuranceDbContext db, IProtocolsApi protocols, ISignatoriesApi register)
{
    public const string Reviewer = "staff:waspi.reviewer@demo.spi.wales";
    public const string ReviewerName = "WASPI QA reviewer";
    private const string Importer = "system:demo-data";

    /// <summary>The MARAC partners who had signed off when the case study was written (9 of 17).</summary>
    public static readonly string[] MaracSignedSoFar =
    [
        "South Wales Police", "Cardiff Council", "Cardiff and Vale University Local Health Board", "Wales Probation Trust",
        "South Wales Fire and Rescue Service", "Cardiff Women's Aid", "BAWSO (Black Association of Women Step Out)", "Safer Wales",
        "Victim Support (South Wales and Gwent)",
    ];

    public static readonly CaseStudyQa[] All =
    [
        new("ISP-2011-0001", new(2011, 4, 11), QaSubmissionState.SignedOff, new(2011, 5, 23), "QA-2011-0001", Live: new(2011, 6, 27)),
        new("ISP-2011-0002", new(2011, 4, 18), QaSubmissionState.SignedOff, new(2011, 6, 6), "QA-2011-0002", Live: new(2011, 6, 20)),
        new("ISP-2011-0003", new(2011, 5, 9), QaSubmissionState.SignedOff, new(2011, 7, 14), "QA-2011-0003", Live: new(2011, 9, 5)),
        new("ISP-2012-0001", new(2011, 11, 21), QaSubmissionState.AwaitingSignOff, new(2012, 1, 16), "QA-2012-0001", SignedBy: MaracSignedSoFar),
        new("ISP-2012-0002", new(2012, 3, 19), QaSubmissionState.Returned, new(2012, 4, 23),
            ChangesRequired: "Feedback from the WASPI team: set the retention period for strategy meeting and case conference records, "
                + "say how often consent is reviewed, and confirm that every partner is a current Accord signatory before resubmitting."),
        new("ISP-2012-0003", new(2012, 1, 16), QaSubmissionState.Waiting,
            SignedBeforeQa: [("Aneurin Bevan Health Board", "Caldicott Guardian"), ("Gwent Police", "Chief Inspector")]),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        var groups = await db.Groups.AsNoTracking().ToListAsync(ct);
        foreach (var study in All)
        {
            if (await protocols.FindByReferenceAsync(study.Reference, ct) is not { } agreement
                || await db.Submissions.AnyAsync(s => s.AgreementId == agreement.Id, ct))
            {
                continue;
            }
            var coordinator = (await register.FindAsync([agreement.CoordinatorId], ct)).GetValueOrDefault(agreement.CoordinatorId);
            db.Submissions.Add(Build(study, agreement, QaRegions.GroupFor(coordinator?.Areas ?? [], groups).Id));
        }
        await db.SaveChangesAsync(ct);
    }

    private static QaSubmission Build(CaseStudyQa study, AgreementSummary agreement, Guid groupId)
    {
        var id = StableId.For("qa-submission", study.Reference);
        var submitted = At(study.Submitted, 10);
        var round = new QaRound
        {
            Id = StableId.For("qa-round", $"{study.Reference}:1"), SubmissionId = id, Number = 1, AgreementVersion = 1,
            EventId = StableId.For("qa-round-event", $"{study.Reference}:1"), SubmittedAt = submitted,
        };
        var submission = new QaSubmission
        {
            Id = id, AgreementId = agreement.Id, Reference = study.Reference, GroupId = groupId, CoordinatorId = agreement.CoordinatorId,
            State = QaSubmissionState.Waiting, OpenedAt = submitted, Rounds = [round],
        };
        submission.Events.Add(new QaSubmissionEvent
        {
            Id = StableId.For("qa-event", $"{study.Reference}:opened"), SubmissionId = id, At = submitted, Actor = "system:protocols",
            To = QaSubmissionState.Waiting, Reason = "Submitted as version 1",
        });
        var minute = 0;
        foreach (var (organisation, role) in study.SignedBeforeQa ?? [])
        {
            submission.SignOffs.Add(SignOff(study, id, DemoOrganisationIds.Of(organisation), SignOffState.Signed, submitted, submitted, role));
            Note(submission, study, $"signed:{organisation}", submitted.AddMinutes(++minute), $"Signed off locally by the {role} ({organisation}) before submission");
        }
        if (study.Decided is not { } decided)
        {
            return submission;
        }
        submission.ClaimedBy = Reviewer;
        submission.ClaimedByName = ReviewerName;
        submission.ClaimedAt = At(study.Submitted.AddDays(2), 9);
        Move(submission, study, "claimed", submission.ClaimedAt.Value, QaSubmissionState.InReview, "Claimed");
        var decidedAt = At(decided, 15);
        var returned = study.State == QaSubmissionState.Returned;
        foreach (var item in QaChecklist.Items)
        {
            var notMet = returned && item.Key is "retention" or "consent" or "partners";
            round.Checklist.Add(new QaChecklistEntry
            {
                Id = StableId.For("qa-checklist", $"{study.Reference}:1:{item.Key}"), RoundId = round.Id, Item = item.Key,
                Result = notMet ? ChecklistResult.NotMet : ChecklistResult.Met, Comment = notMet ? "See the feedback." : null,
                RecordedBy = Reviewer, RecordedAt = decidedAt.AddHours(-2),
            });
        }
        round.DecidedBy = Reviewer;
        round.DecidedAt = decidedAt;
        if (returned)
        {
            round.Outcome = QaSubmissionState.Returned;
            round.OutcomeReason = study.ChangesRequired;
            Move(submission, study, "returned", decidedAt, QaSubmissionState.Returned, study.ChangesRequired);
            return submission;
        }
        round.Outcome = QaSubmissionState.QualityAssured;
        submission.QaReference = study.QaReference;
        submission.QualityAssuredOn = decided;
        Move(submission, study, "approved", decidedAt, QaSubmissionState.QualityAssured, $"Approved as {study.QaReference}");
        // A second apart, so the timeline (ordered by time) keeps approval before the request for sign-off.
        Move(submission, study, "sign-off", decidedAt.AddSeconds(1), QaSubmissionState.AwaitingSignOff, "Sent to every partner for sign-off");
        var signed = study.Live is { } live
            ? agreement.PartnerIds.ToHashSet()
            : (study.SignedBy ?? []).Select(DemoOrganisationIds.Of).ToHashSet();
        var last = study.Live ?? decided.AddDays(120);
        var position = 0;
        foreach (var partner in agreement.PartnerIds.Where(p => submission.SignOffs.All(o => o.OrganisationId != p)))
        {
            // Spread the signatures between the approval and the go-live date (or four months on, while under way).
            var on = decided.AddDays(1 + position++ * Math.Max(1, (last.DayNumber - decided.DayNumber - 1) / Math.Max(1, agreement.PartnerIds.Count)));
            submission.SignOffs.Add(signed.Contains(partner)
                ? SignOff(study, id, partner, SignOffState.Signed, decidedAt, At(on > last ? last : on, 11), null)
                : SignOff(study, id, partner, SignOffState.Pending, decidedAt, null, null));
        }
        if (study.Live is { } liveOn)
        {
            Move(submission, study, "live", At(liveOn, 12), QaSubmissionState.SignedOff, "Signed off by every partner");
        }
        return submission;
    }

    private static QaSignOff SignOff(CaseStudyQa study, Guid submissionId, Guid organisation, SignOffState state, DateTimeOffset requested, DateTimeOffset? decided, string? role)
        => new()
        {
            Id = StableId.For("qa-sign-off", $"{study.Reference}:1:{organisation}"), SubmissionId = submissionId, RoundNumber = 1,
            OrganisationId = organisation, State = state, RequestedAt = requested, DecidedAt = decided,
            DecidedBy = decided is null ? null : Importer, SignatoryRole = role,
        };

    private static void Move(QaSubmission submission, CaseStudyQa study, string step, DateTimeOffset at, QaSubmissionState to, string? reason)
    {
        submission.Events.Add(new QaSubmissionEvent
        {
            Id = StableId.For("qa-event", $"{study.Reference}:{step}"), SubmissionId = submission.Id, At = at,
            Actor = step == "live" ? Importer : Reviewer, From = submission.State, To = to, Reason = reason,
        });
        submission.State = to;
        submission.Version++;
    }

    private static void Note(QaSubmission submission, CaseStudyQa study, string step, DateTimeOffset at, string reason)
        => submission.Events.Add(new QaSubmissionEvent
        {
            Id = StableId.For("qa-event", $"{study.Reference}:{step}"), SubmissionId = submission.Id, At = at, Actor = Importer,
            From = submission.State, To = submission.State, Reason = reason,
        });

    private static DateTimeOffset At(DateOnly day, int hour) => new(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero);
}
