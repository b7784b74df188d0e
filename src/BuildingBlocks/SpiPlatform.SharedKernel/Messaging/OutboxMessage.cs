namespace SpiPlatform.SharedKernel.Messaging;

/// <summary>An integration event waiting in (or delivered from) a module's outbox table.</summary>
public sealed class OutboxMessage
{
    /// <summary>The event's id, stable across redeliveries.</summary>
    public Guid Id { get; init; }

    /// <summary>The event's type name, as registered with <see cref="IntegrationEventTypes"/>.</summary>
    public required string EventType { get; init; }

    /// <summary>The event as JSON.</summary>
    public required string Payload { get; init; }

    /// <summary>When the change happened.</summary>
    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>When every handler had handled it; null while it waits.</summary>
    public DateTimeOffset? DispatchedAt { get; set; }

    /// <summary>Failed delivery attempts so far.</summary>
    public int Attempts { get; set; }

    /// <summary>The last delivery failure, for operators.</summary>
    public string? LastError { get; set; }
}
