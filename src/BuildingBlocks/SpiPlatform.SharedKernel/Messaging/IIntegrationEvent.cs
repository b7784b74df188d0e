namespace SpiPlatform.SharedKernel.Messaging;

/// <summary>
/// A past-tense fact one module announces to the others (<c>AccordSigned</c>). Written to the module's outbox in
/// the same transaction as the change, and delivered at least once: handlers must be idempotent.
/// </summary>
public interface IIntegrationEvent;

/// <summary>Handles one kind of integration event. Register as scoped.</summary>
public interface IIntegrationEventHandler<in TEvent> where TEvent : IIntegrationEvent
{
    /// <summary>Handles the event; <paramref name="eventId"/> is stable across redeliveries.</summary>
    Task HandleAsync(TEvent integrationEvent, Guid eventId, CancellationToken ct);
}
