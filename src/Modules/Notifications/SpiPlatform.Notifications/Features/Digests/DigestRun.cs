using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SpiPlatform.Notifications.Data;
using SpiPlatform.Notifications.Domain;
using SpiPlatform.Notifications.Features.DeliverMail;

namespace SpiPlatform.Notifications.Features.Digests;

/// <summary>
/// Sends one digest per person for a period: every reminder of theirs not yet mailed whose kind they take in this
/// cadence, then marks those reminders sent. Per person, in one transaction: the digest row is inserted first against
/// its unique key (a second run, or a second host, waits on it and then finds it there and sends nothing), the
/// reminders are claimed with <c>FOR UPDATE SKIP LOCKED</c>, the mail is sent, and all is committed together. A failed
/// send rolls back, so the reminders stay pending and the job fails for Hangfire to retry; digests already sent are kept.
/// </summary>
internal sealed class DigestRun(NotificationsDbContext db, IMailTransport transport, DigestComposer composer, TimeProvider clock, ILogger<DigestRun> log)
{
    /// <summary>Sends the digests for <paramref name="period"/>; returns how many were sent.</summary>
    public async Task<int> RunAsync(Delivery cadence, DateOnly period, CancellationToken ct)
    {
        var recipients = await Pending(cadence).Select(n => n.RecipientEmail).Distinct().OrderBy(e => e).ToListAsync(ct);
        var sent = 0;
        var failures = new List<Exception>();
        foreach (var email in recipients)
        {
            try
            {
                sent += await SendOneAsync(email, cadence, period, ct) ? 1 : 0;
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                log.LogWarning(e, "The {Cadence} digest for {Recipient} on {Period} was not sent", cadence, email, period);
                failures.Add(e);
            }
            db.ChangeTracker.Clear();
        }
        return failures.Count == 0 ? sent : throw new AggregateException($"{failures.Count} {cadence} digest(s) for {period} were not sent; the job is retried.", failures);
    }

    private IQueryable<Notification> Pending(Delivery cadence)
        => db.Notifications.Where(n => n.MailStatus == MailStatus.Pending
            && db.Preferences.Any(p => p.RecipientEmail == n.RecipientEmail && p.Kind == n.Kind && p.Delivery == cadence));

    private async Task<bool> SendOneAsync(string email, Delivery cadence, DateOnly period, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var inserted = await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO notifications.digests ("Id", "RecipientEmail", "Cadence", "PeriodStart", "ItemCount", "SentAt")
            VALUES ({id}, {email}, {cadence.ToString()}, {period}, 0, {now})
            ON CONFLICT ("RecipientEmail", "Cadence", "PeriodStart") DO NOTHING
            """, ct);
        if (inserted == 0)
        {
            return false;
        }
        var items = await db.Notifications.FromSql($"""
            SELECT n.* FROM notifications.notifications n
            WHERE n."RecipientEmail" = {email} AND n."MailStatus" = {nameof(MailStatus.Pending)}
              AND EXISTS (SELECT 1 FROM notifications.delivery_preferences p
                          WHERE p."RecipientEmail" = n."RecipientEmail" AND p."Kind" = n."Kind" AND p."Delivery" = {cadence.ToString()})
            ORDER BY n."DueOn", n."CreatedAt", n."Id"
            FOR UPDATE OF n SKIP LOCKED
            """).ToListAsync(ct);
        if (items.Count == 0)
        {
            return false;
        }
        await transport.SendAsync(composer.Compose(id, email, cadence, period, items), ct);
        foreach (var n in items)
        {
            n.MailAttempts++;
            n.MailStatus = MailStatus.Sent;
            n.MailSentAt = now;
            n.NextMailAttemptAt = null;
            n.DigestId = id;
        }
        await db.SaveChangesAsync(ct);
        await db.Digests.Where(d => d.Id == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.ItemCount, items.Count), ct);
        await tx.CommitAsync(ct);
        return true;
    }
}
