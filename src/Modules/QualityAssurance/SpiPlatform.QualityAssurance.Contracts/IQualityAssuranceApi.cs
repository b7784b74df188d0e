namespace SpiPlatform.QualityAssurance.Contracts;

/// <summary>What other modules (Metrics first) may read of quality assurance: its history and its turnaround figures.</summary>
public interface IQualityAssuranceApi
{
    /// <summary>Every transition of every submission at or after <paramref name="since"/> (all when null), oldest first.</summary>
    Task<IReadOnlyList<QaTransition>> ListTransitionsAsync(DateTimeOffset? since, CancellationToken ct);

    /// <summary>Every round of every submission with its turnaround in Welsh working days, by agreement reference and round.</summary>
    Task<IReadOnlyList<QaRoundFigures>> ListRoundsAsync(CancellationToken ct);

    /// <summary>
    /// The partners' sign-offs still pending on submissions awaiting sign-off, asked for at or before
    /// <paramref name="requestedBy"/>, oldest first: what the sign-off reminders read. No access check.
    /// </summary>
    Task<IReadOnlyList<QaOutstandingSignOff>> ListOutstandingSignOffsAsync(DateTimeOffset requestedBy, CancellationToken ct);

    /// <summary>
    /// The rounds still waiting for a decision that are due within the warning window or past their turnaround target as
    /// of <paramref name="today"/> (Welsh working days), with the reviewers of the group each is routed to: what the SLA
    /// reminders read. No access check.
    /// </summary>
    Task<IReadOnlyList<QaRoundNearingTarget>> ListRoundsNearingTargetAsync(DateOnly today, CancellationToken ct);
}

/// <summary>A round waiting for a decision that is due soon or overdue, and who in its QA group should know.</summary>
/// <param name="SubmissionId">The submission.</param>
/// <param name="Reference">The agreement's reference.</param>
/// <param name="RoundNumber">The round.</param>
/// <param name="DueOn">The day the turnaround target falls.</param>
/// <param name="Overdue">True when the target has passed; false when it is within the warning window.</param>
/// <param name="GroupNameEn">The QA group's English name.</param>
/// <param name="GroupNameCy">The QA group's Welsh name.</param>
/// <param name="ReviewerEmails">The group's reviewers, by email.</param>
public sealed record QaRoundNearingTarget(
    Guid SubmissionId, string Reference, int RoundNumber, DateOnly DueOn, bool Overdue, string GroupNameEn, string GroupNameCy, IReadOnlyList<string> ReviewerEmails);

/// <summary>A partner that has been asked to sign a quality-assured agreement off and has not yet.</summary>
/// <param name="SubmissionId">The submission.</param>
/// <param name="AgreementId">Its agreement.</param>
/// <param name="Reference">The agreement's reference.</param>
/// <param name="RoundNumber">The round being signed.</param>
/// <param name="OrganisationId">The partner (Signatories id).</param>
/// <param name="RequestedAt">When the partner was asked.</param>
public sealed record QaOutstandingSignOff(Guid SubmissionId, Guid AgreementId, string Reference, int RoundNumber, Guid OrganisationId, DateTimeOffset RequestedAt);

/// <summary>One step in a submission's append-only history.</summary>
/// <param name="SubmissionId">The submission.</param>
/// <param name="AgreementId">Its agreement.</param>
/// <param name="Reference">The agreement's reference.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who: <c>staff:email</c>, <c>client:id</c> or <c>system:…</c>.</param>
/// <param name="From">The state it left (null when opened).</param>
/// <param name="To">The state it entered (the same as From for a note).</param>
/// <param name="Reason">Why, as recorded.</param>
public sealed record QaTransition(Guid SubmissionId, Guid AgreementId, string Reference, DateTimeOffset At, string Actor, QaSubmissionState? From, QaSubmissionState To, string? Reason);

/// <summary>One round of quality assurance, measured against the turnaround target.</summary>
/// <param name="AgreementId">The agreement.</param>
/// <param name="Reference">Its reference.</param>
/// <param name="Round">The round number (1 for the first submission).</param>
/// <param name="SubmittedAt">When the round was submitted.</param>
/// <param name="DecidedAt">When it was returned or approved (null while open).</param>
/// <param name="Outcome">Returned or QualityAssured (null while open).</param>
/// <param name="WorkingDays">Working days taken, or elapsed so far while open.</param>
/// <param name="TargetWorkingDays">The target in force.</param>
/// <param name="MetTarget">Whether the decision came within the target (null while open).</param>
public sealed record QaRoundFigures(Guid AgreementId, string Reference, int Round, DateTimeOffset SubmittedAt, DateTimeOffset? DecidedAt,
    QaSubmissionState? Outcome, int WorkingDays, int TargetWorkingDays, bool? MetTarget);
