using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SpiPlatform.Notifications.Data;
using SpiPlatform.Notifications.Domain;

namespace SpiPlatform.Notifications.Features.DeliverMail;

/// <summary>
/// Sends the notifications whose mail is due. Rows are claimed with <c>FOR UPDATE SKIP LOCKED</c> and kept locked
/// until their outcome is saved, so two dispatchers never send the same one; a failure is retried later with a
/// doubling wait, and after <see cref="MailOptions.MaxAttempts"/> it is recorded as failed (never dropped). Kinds the
/// recipient takes in a digest are left for the digest job (the preference is read now, so a change applies to mail not yet sent).
/// </summary>
internal sealed class MailDispatcher(
    NotificationsDbContext db, IMailTransport transport, MailComposer composer, IOptions<MailOptions> options, TimeProvider clock,
    ILogger<MailDispatcher> log)
{
    /// <summary>Delivers what is due now; returns how many were sent.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var sent = 0;
        var o = options.Value;
        var claimedBefore = new HashSet<Guid>();
        while (true)
        {
            var now = clock.GetUtcNow();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var batch = await db.Notifications.FromSql($"""
                SELECT n.* FROM notifications.notifications n
                WHERE n."MailStatus" = {nameof(MailStatus.Pending)} AND n."NextMailAttemptAt" <= {now}
                  AND NOT EXISTS (SELECT 1 FROM notifications.delivery_preferences p
                                  WHERE p."RecipientEmail" = n."RecipientEmail" AND p."Kind" = n."Kind" AND p."Delivery" <> {nameof(Delivery.Immediate)})
                ORDER BY n."NextMailAttemptAt", n."Id" LIMIT {o.BatchSize}
                FOR UPDATE OF n SKIP LOCKED
                """).ToListAsync(ct);
            // A row retried at once (no wait configured) is left for the next run rather than tried again in this one.
            batch.RemoveAll(n => !claimedBefore.Add(n.Id));
            if (batch.Count == 0)
            {
                return sent;
            }
            foreach (var n in batch)
            {
                sent += await TryDeliverAsync(n, now, o, ct) ? 1 : 0;
            }
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            db.ChangeTracker.Clear();
        }
    }

    private async Task<bool> TryDeliverAsync(Notification n, DateTimeOffset now, MailOptions o, CancellationToken ct)
    {
        n.MailAttempts++;
        try
        {
            await transport.SendAsync(composer.Compose(n), ct);
            n.MailStatus = MailStatus.Sent;
            n.MailSentAt = now;
            n.NextMailAttemptAt = null;
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            n.LastMailError = e.Message.Length > 2000 ? e.Message[..2000] : e.Message;
            if (n.MailAttempts >= o.MaxAttempts)
            {
                n.MailStatus = MailStatus.Failed;
                n.NextMailAttemptAt = null;
                log.LogWarning("Notification {Id} to {Recipient} failed after {Attempts} attempts: {Error}", n.Id, n.RecipientEmail, n.MailAttempts, e.Message);
            }
            else
            {
                n.NextMailAttemptAt = now + o.RetryAfter(n.MailAttempts);
            }
            return false;
        }
    }
}
