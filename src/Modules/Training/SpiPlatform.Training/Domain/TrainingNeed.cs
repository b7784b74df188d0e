using SpiPlatform.Training.Contracts;

namespace SpiPlatform.Training.Domain;

/// <summary>
/// What an organisation on an agreement needs trained: raised when the agreement went live (one briefing per partner)
/// or by hand; planned onto a session of its course; met when a person of the organisation completes that course.
/// </summary>
internal sealed class TrainingNeed
{
    public Guid Id { get; set; }
    public Guid AgreementId { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid CourseId { get; set; }
    public Course? Course { get; set; }
    public TrainingNeedStatus Status { get; set; }
    public Guid? SessionId { get; set; }
    public TrainingSession? Session { get; set; }
    /// <summary>The integration event that raised it, when raised automatically: a redelivery finds it and stops.</summary>
    public Guid? RaisedByEventId { get; set; }
    public DateTimeOffset RaisedAt { get; set; }
    public required string RaisedBy { get; set; }
    public DateTimeOffset? PlannedAt { get; set; }
    public DateTimeOffset? MetAt { get; set; }
    public Guid? MetByCompletionId { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public string? CancelReason { get; set; }
    public uint Version { get; set; }

    /// <summary>Identified and Planned needs are still open: they may be planned, cancelled or met.</summary>
    public bool IsOpen => Status is TrainingNeedStatus.Identified or TrainingNeedStatus.Planned;
}
