namespace SpiPlatform.Training.Domain;

/// <summary>A person's completion of a course on a session, recorded by its trainer; current until <see cref="ExpiresOn"/>.</summary>
internal sealed class Completion
{
    public Guid Id { get; set; }
    public Guid EnrolmentId { get; set; }
    public Guid SessionId { get; set; }
    public Guid CourseId { get; set; }
    public required string Email { get; set; }
    public required string DisplayName { get; set; }
    public Guid? OrganisationId { get; set; }
    /// <summary>The Welsh date of the session.</summary>
    public DateOnly CompletedOn { get; set; }
    /// <summary>Completed plus the course's months current; null when the course does not lapse.</summary>
    public DateOnly? ExpiresOn { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public required string RecordedBy { get; set; }

    public static DateOnly? ExpiryOf(DateOnly completedOn, int? currentForMonths)
        => currentForMonths is { } months ? completedOn.AddMonths(months) : null;
}
