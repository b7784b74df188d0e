using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Training.Contracts;

namespace SpiPlatform.Training.Domain;

/// <summary>A session of a course: when (stored in UTC, shown in Welsh local time), where, how many places, who trains.</summary>
internal sealed class TrainingSession
{
    public Guid Id { get; set; }
    public Guid CourseId { get; set; }
    public Course? Course { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public bool IsOnline { get; set; }
    public string? Venue { get; set; }
    public ServiceArea? Area { get; set; }
    public int Capacity { get; set; }
    public required string TrainerEmail { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<Enrolment> Enrolments { get; set; } = [];

    public int EnrolledCount => Enrolments.Count(e => e.Status == EnrolmentStatus.Enrolled);
    public int WaitingCount => Enrolments.Count(e => e.Status == EnrolmentStatus.Waiting);
    public int PlacesLeft => Math.Max(0, Capacity - EnrolledCount);
}

/// <summary>A person's place (or waiting-list position) on a session; <see cref="Arrival"/> is the order they asked in.</summary>
internal sealed class Enrolment
{
    public Guid Id { get; set; }
    public Guid SessionId { get; set; }
    public required string Email { get; set; }
    public required string DisplayName { get; set; }
    /// <summary>The person's organisation as known when they enrolled (their own sign-in's, or as the enroller named it).</summary>
    public Guid? OrganisationId { get; set; }
    public EnrolmentStatus Status { get; set; }
    public long Arrival { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public required string RequestedBy { get; set; }
    public DateTimeOffset? PromotedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    /// <summary>Ticked by the trainer on the attendance sheet.</summary>
    public bool Attended { get; set; }
}
