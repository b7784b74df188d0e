namespace SpiPlatform.Notifications.Domain;

/// <summary>
/// One digest mail sent to one person for one period (a day, or the week starting on a Monday). Its key (recipient,
/// cadence, period) is unique: a digest job that runs twice, or on two hosts, sends the period's digest once.
/// </summary>
internal sealed class Digest
{
    public Guid Id { get; init; }

    public required string RecipientEmail { get; init; }

    /// <summary><see cref="Delivery.DailyDigest"/> or <see cref="Delivery.WeeklyDigest"/>.</summary>
    public Delivery Cadence { get; init; }

    /// <summary>The day (daily) or the Monday (weekly) the digest is for, in Wales.</summary>
    public DateOnly PeriodStart { get; init; }

    public int ItemCount { get; init; }

    public DateTimeOffset SentAt { get; init; }
}
