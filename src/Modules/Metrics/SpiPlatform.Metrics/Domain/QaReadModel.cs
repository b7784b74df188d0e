using SpiPlatform.QualityAssurance.Contracts;

namespace SpiPlatform.Metrics.Domain;

/// <summary>
/// One round of quality assurance as the QA module measures it (<c>IQualityAssuranceApi.ListRoundsAsync</c>): its
/// working days and whether it met the target are QA's own figures, copied, never worked out again here.
/// </summary>
internal sealed class QaRoundRow
{
    public Guid AgreementId { get; init; }
    public int Round { get; init; }
    /// <summary>The Welsh date the round was submitted.</summary>
    public DateOnly SubmittedOn { get; set; }
    /// <summary>The Welsh date it was returned or approved; null while open.</summary>
    public DateOnly? DecidedOn { get; set; }
    public QaSubmissionState? Outcome { get; set; }
    /// <summary>QA's turnaround in working days (for an open round, as elapsed at the last refresh).</summary>
    public int WorkingDays { get; set; }
    public int TargetWorkingDays { get; set; }
    /// <summary>QA's verdict: decided within its target; null while open.</summary>
    public bool? MetTarget { get; set; }
}

/// <summary>A stay of a submission in one state, from QA's transitions: entered, and left (null while still there).</summary>
internal sealed class QaStayRow
{
    public Guid SubmissionId { get; init; }
    public int Position { get; init; }
    public Guid AgreementId { get; set; }
    public QaSubmissionState State { get; set; }
    public DateOnly EnteredOn { get; set; }
    public DateOnly? LeftOn { get; set; }
}
