namespace SpiPlatform.Notifications.Domain;

internal enum MailStatus
{
    Pending,
    Sent,
    Failed,
}

/// <summary>
/// One reminder for one person: shown in their notifications list and mailed to them once. The key
/// (kind, offset, subject, due date, recipient) is unique, so a rule that runs twice creates nothing twice.
/// </summary>
internal sealed class Notification
{
    public Guid Id { get; init; }

    /// <summary>The rule (<see cref="Contracts.NotificationKinds"/>) that made it.</summary>
    public required string Kind { get; init; }

    /// <summary>Days from the due date to the reminder: -90, -30, 0 (due today), 7, 14 … (overdue).</summary>
    public int Offset { get; init; }

    public Guid SubjectId { get; init; }
    public DateOnly DueOn { get; init; }

    /// <summary>Lower-case email of the person it is for.</summary>
    public required string RecipientEmail { get; init; }

    /// <summary><c>cy</c>, <c>en</c>, or null when the person has not said (they are mailed in both).</summary>
    public string? RecipientLanguage { get; init; }

    /// <summary>The subject's reference or name as the texts show it (e.g. ISP-2011-0042).</summary>
    public required string SubjectLabelEn { get; init; }
    public required string SubjectLabelCy { get; init; }
    public required string Link { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ReadAt { get; set; }

    public MailStatus MailStatus { get; set; }
    public int MailAttempts { get; set; }
    public DateTimeOffset? NextMailAttemptAt { get; set; }
    public DateTimeOffset? MailSentAt { get; set; }
    public string? LastMailError { get; set; }

    /// <summary>The digest that carried it, when the person gets this kind of reminder in a digest.</summary>
    public Guid? DigestId { get; set; }
}
