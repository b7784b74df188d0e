namespace SpiPlatform.Notifications.Domain;

/// <summary>How a person wants one kind of reminder mailed: at once, or gathered into a daily or weekly digest.</summary>
internal enum Delivery
{
    Immediate,
    DailyDigest,
    WeeklyDigest,
}

/// <summary>
/// A person's choice for one kind of reminder. No row means <see cref="Delivery.Immediate"/>: the default costs nothing
/// and a new kind of reminder needs no migration of preferences.
/// </summary>
internal sealed class DeliveryPreference
{
    /// <summary>Lower-case email, as on <see cref="Notification.RecipientEmail"/>.</summary>
    public required string RecipientEmail { get; init; }

    public required string Kind { get; init; }

    public Delivery Delivery { get; set; }
}
