using SpiPlatform.QualityAssurance.Contracts;

namespace SpiPlatform.QualityAssurance.Domain;

/// <summary>
/// An agreement in quality assurance: one per agreement, with one round per version its partners submitted.
/// <see cref="Version"/> is the optimistic-concurrency token: every change raises it.
/// </summary>
internal sealed class QaSubmission
{
    public Guid Id { get; init; }
    public Guid AgreementId { get; init; }
    public required string Reference { get; set; }
    public Guid GroupId { get; set; }
    /// <summary>The coordinating organisation, as it was when the latest round opened: its people answer comments and get returned drafts.</summary>
    public Guid CoordinatorId { get; set; }
    public QaSubmissionState State { get; set; }
    public DateTimeOffset OpenedAt { get; init; }
    /// <summary>The reviewer (<c>staff:email</c> or <c>client:id</c>) who claimed it, while claimed.</summary>
    public string? ClaimedBy { get; set; }
    public string? ClaimedByName { get; set; }
    public DateTimeOffset? ClaimedAt { get; set; }
    public int Version { get; set; }
    /// <summary>Given on approval: <c>QA-{year}-{number}</c>.</summary>
    public string? QaReference { get; set; }
    public DateOnly? QualityAssuredOn { get; set; }
    public List<QaRound> Rounds { get; set; } = [];
    public List<QaSubmissionEvent> Events { get; set; } = [];
    public List<QaComment> Comments { get; set; } = [];
    public List<QaSignOff> SignOffs { get; set; } = [];

    public QaRound CurrentRound => Rounds.MaxBy(r => r.Number)!;

    /// <summary>
    /// Moves to <paramref name="to"/>, raising the version and recording who did it. Events are ordered by their time, so
    /// one recorded in the same instant as the previous one (approved, then sent for sign-off) is placed a microsecond
    /// (what PostgreSQL keeps) after it: otherwise the timeline could show them the wrong way round.
    /// </summary>
    public void Move(QaSubmissionState to, string actor, string? reason, DateTimeOffset at)
    {
        if (Events.Count > 0 && Events.Max(e => e.At) is var latest && at <= latest)
        {
            at = latest.AddMicroseconds(1);
        }
        Events.Add(new QaSubmissionEvent { Id = Guid.CreateVersion7(), SubmissionId = Id, At = at, Actor = actor, From = State, To = to, Reason = reason });
        State = to;
        Version++;
    }

    /// <summary>Records something that happened without a change of state (still raising the version).</summary>
    public void Note(string actor, string reason, DateTimeOffset at) => Move(State, actor, reason, at);

    /// <summary>A change inside the current round (a checklist result): raises the version only.</summary>
    public void Touch() => Version++;
}

/// <summary>One submitted version of the agreement. The outbox event's id makes a redelivery recognisable.</summary>
internal sealed class QaRound
{
    public Guid Id { get; init; }
    public Guid SubmissionId { get; init; }
    public int Number { get; init; }
    public int AgreementVersion { get; init; }
    public Guid EventId { get; init; }
    public DateTimeOffset SubmittedAt { get; init; }
    public string ChecklistVersion { get; init; } = QaChecklist.Version;
    public List<QaChecklistEntry> Checklist { get; set; } = [];
    /// <summary>Returned or QualityAssured once decided.</summary>
    public QaSubmissionState? Outcome { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    /// <summary>The changes required (returned) or the override reason (approved with an item not met).</summary>
    public string? OutcomeReason { get; set; }
}

/// <summary>An append-only entry in a submission's history.</summary>
internal sealed class QaSubmissionEvent
{
    public Guid Id { get; init; }
    public Guid SubmissionId { get; init; }
    public DateTimeOffset At { get; init; }
    public required string Actor { get; init; }
    /// <summary>Null when the submission was opened.</summary>
    public QaSubmissionState? From { get; init; }
    public QaSubmissionState To { get; init; }
    public string? Reason { get; init; }
}
