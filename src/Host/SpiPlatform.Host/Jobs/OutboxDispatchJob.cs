using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.SharedKernel.Data;
using SpiPlatform.SharedKernel.Messaging;

namespace SpiPlatform.Host.Jobs;

/// <summary>
/// Delivers waiting integration events from every module's outbox to their handlers. Rows are claimed with
/// <c>FOR UPDATE SKIP LOCKED</c>, so concurrent runs never deliver the same row twice at once; a row whose
/// handler fails stays waiting and is retried next run (handlers are idempotent).
/// </summary>
internal sealed class OutboxDispatchJob(
    IServiceProvider services,
    IEnumerable<ModuleDbContextRegistration> registrations,
    IEnumerable<IntegrationEventType> eventTypes,
    TimeProvider clock,
    ILogger<OutboxDispatchJob> logger)
{
    public const string Id = "dispatch-outbox";
    private const int BatchSize = 100;

    private static readonly MethodInfo HandleMethod = typeof(OutboxDispatchJob).GetMethod(nameof(HandleAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    public async Task RunAsync(CancellationToken ct)
    {
        var types = eventTypes.GroupBy(t => t.Name).ToDictionary(g => g.Key, g => g.First().Type);
        foreach (var registration in registrations)
        {
            await using var scope = services.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(registration.ContextType);
            if (db.Model.FindEntityType(typeof(OutboxMessage)) is null)
            {
                continue;
            }
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // The schema comes from the module's registration in code, never from input.
            var claim = $"SELECT * FROM \"{registration.Schema}\".{Outbox.Table} WHERE \"DispatchedAt\" IS NULL ORDER BY \"OccurredAt\" LIMIT {BatchSize} FOR UPDATE SKIP LOCKED";
            var batch = await db.Set<OutboxMessage>().FromSqlRaw(claim).ToListAsync(ct);
            foreach (var message in batch)
            {
                await DeliverAsync(message, types, ct);
            }
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
    }

    private async Task DeliverAsync(OutboxMessage message, Dictionary<string, Type> types, CancellationToken ct)
    {
        if (!types.TryGetValue(message.EventType, out var type))
        {
            message.Attempts++;
            message.LastError = $"No module registered the event type {message.EventType}.";
            logger.LogWarning("Outbox message {Id} has unknown event type {Type}", message.Id, message.EventType);
            return;
        }
        try
        {
            var integrationEvent = JsonSerializer.Deserialize(message.Payload, type)!;
            await using var handlerScope = services.CreateAsyncScope();
            await (Task)HandleMethod.MakeGenericMethod(type).Invoke(null, [handlerScope.ServiceProvider, integrationEvent, message.Id, ct])!;
            message.DispatchedAt = clock.GetUtcNow();
            message.LastError = null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            message.Attempts++;
            message.LastError = e.Message;
            logger.LogError(e, "Delivering outbox message {Id} ({Type}) failed, attempt {Attempt}", message.Id, message.EventType, message.Attempts);
        }
    }

    private static async Task HandleAsync<TEvent>(IServiceProvider scope, TEvent integrationEvent, Guid eventId, CancellationToken ct)
        where TEvent : IIntegrationEvent
    {
        foreach (var handler in scope.GetServices<IIntegrationEventHandler<TEvent>>())
        {
            await handler.HandleAsync(integrationEvent, eventId, ct);
        }
    }
}
