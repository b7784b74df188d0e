using Microsoft.Extensions.DependencyInjection;

namespace SpiPlatform.SharedKernel.Messaging;

/// <summary>The stored name of an event type, and the registrations the outbox dispatcher uses to read it back.</summary>
public static class IntegrationEventTypes
{
    /// <summary>The name stored in the outbox: the type's full name, so renaming an event type needs a data migration.</summary>
    public static string NameOf(Type eventType) => eventType.FullName ?? eventType.Name;

    /// <summary>Registers a handler for an event; the event type becomes known to the dispatcher.</summary>
    public static IServiceCollection AddIntegrationEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IIntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
    {
        services.AddIntegrationEvent<TEvent>();
        services.AddScoped<IIntegrationEventHandler<TEvent>, THandler>();
        return services;
    }

    /// <summary>Makes an event type known to the dispatcher (done by the publishing module).</summary>
    public static IServiceCollection AddIntegrationEvent<TEvent>(this IServiceCollection services)
        where TEvent : IIntegrationEvent
    {
        services.AddSingleton(new IntegrationEventType(NameOf(typeof(TEvent)), typeof(TEvent)));
        return services;
    }
}

/// <summary>An event type the dispatcher can deserialize.</summary>
public sealed record IntegrationEventType(string Name, Type Type);

/// <summary>Asks for prompt delivery of what was just written to an outbox (delivery also runs every minute).</summary>
public interface IOutboxSignal
{
    /// <summary>Schedules a dispatch run soon.</summary>
    void Notify();
}
