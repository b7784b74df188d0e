using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace SpiPlatform.SharedKernel.Messaging;

/// <summary>Puts the outbox table in a module's schema and writes events to it within the module's unit of work.</summary>
public static class Outbox
{
    /// <summary>The outbox table's name, the same in every module schema.</summary>
    public const string Table = "outbox_messages";

    /// <summary>Maps <see cref="OutboxMessage"/> in the context's default schema.</summary>
    public static void ConfigureOutbox(this ModelBuilder modelBuilder)
        => modelBuilder.Entity<OutboxMessage>(e =>
        {
            e.ToTable(Table);
            e.HasKey(m => m.Id);
            e.Property(m => m.EventType).HasMaxLength(200);
            e.Property(m => m.Payload).HasColumnType("jsonb");
            e.HasIndex(m => m.OccurredAt).HasFilter("\"DispatchedAt\" IS NULL");
        });

    /// <summary>Adds the event to the outbox; it is saved (or not) with the rest of the context's changes.</summary>
    public static void Publish<TEvent>(this DbContext context, TEvent integrationEvent, DateTimeOffset occurredAt)
        where TEvent : IIntegrationEvent
        => context.Set<OutboxMessage>().Add(new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            EventType = IntegrationEventTypes.NameOf(typeof(TEvent)),
            Payload = JsonSerializer.Serialize(integrationEvent),
            OccurredAt = occurredAt,
        });
}
