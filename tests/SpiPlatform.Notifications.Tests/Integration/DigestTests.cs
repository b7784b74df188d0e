using MimeKit;
using SpiPlatform.Notifications.Contracts;
using SpiPlatform.Notifications.Domain;
using SpiPlatform.Notifications.Jobs;
using static SpiPlatform.Notifications.Tests.Integration.NotificationsScenario;

namespace SpiPlatform.Notifications.Tests.Integration;

[Collection(NotificationsCollection.Collection)]
public sealed class DigestTests(NotificationsFixture fixture) : IAsyncLifetime
{
    private static readonly DateOnly Day = new(2027, 6, 1);

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static MimeMessage Parse(string raw) => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(raw)));

    private static Dictionary<string, MimeMessage> ByRecipient(TestSmtpServer smtp)
        => smtp.Messages.Select(Parse).ToDictionary(m => m.To.Mailboxes.Single().Address);

    [Fact]
    public async Task A_daily_digest_holds_every_pending_item_of_that_user_and_nothing_of_anyone_else()
    {
        const string ann = "ann.daily@example.test", bob = "bob.daily@example.test", cai = "cai.immediate@example.test", dee = "dee.weekly@example.test";
        await using var smtp = new TestSmtpServer();
        var transport = SmtpTo(fixture, smtp.Port);
        // Ann's first reminder was mailed on its own before she chose the digest: it must not come again.
        var annSentBefore = await AddAsync(fixture, ann, language: "en", label: "ISP-ANN-0000");
        Assert.Equal(1, await DeliverAsync(fixture, TimeProvider.System, transport));
        await PreferAsync(fixture, ann, Delivery.DailyDigest);
        await PreferAsync(fixture, ann, Delivery.DailyDigest, NotificationKinds.AccordRenewalDue);
        await PreferAsync(fixture, bob, Delivery.DailyDigest);
        await PreferAsync(fixture, dee, Delivery.WeeklyDigest);
        var annItems = new[]
        {
            await AddAsync(fixture, ann, language: "en", label: "ISP-ANN-0001"),
            await AddAsync(fixture, ann, language: "en", offset: 7, label: "ISP-ANN-0002"),
            await AddAsync(fixture, ann, language: "en", offset: -90, label: "ANN-HEALTH-BOARD", kind: NotificationKinds.AccordRenewalDue),
        };
        var bobItems = new[] { await AddAsync(fixture, bob, language: "cy", label: "ISP-BOB-0001") };
        var caiItem = await AddAsync(fixture, cai, language: "en", label: "ISP-CAI-0001");
        var deeItem = await AddAsync(fixture, dee, language: "en", label: "ISP-DEE-0001");

        // The every-minute delivery leaves digest items alone and sends Cai's at once.
        Assert.Equal(1, await DeliverAsync(fixture, TimeProvider.System, transport));
        Assert.Equal(2, await SendDigestsAsync(fixture, Delivery.DailyDigest, Day, transport));

        var all = smtp.Messages.Select(Parse).ToList();
        var digests = all.Where(m => m.Headers["X-Spi-Digest"] is not null).ToDictionary(m => m.To.Mailboxes.Single().Address);
        Assert.Equal([ann, bob], digests.Keys.Order().ToArray());
        Assert.Equal([ann, cai], all.Where(m => m.Headers["X-Spi-Digest"] is null).Select(m => m.To.Mailboxes.Single().Address).Order().ToArray());
        var annMail = digests[ann];
        Assert.Equal("Your daily digest for 1 June 2027: 3 reminders", annMail.Subject);
        var annText = annMail.TextBody!;
        Assert.Contains("- Review of ISP-ANN-0001 due in 30 days", annText);
        Assert.Contains("- Review of ISP-ANN-0002 is 7 days overdue", annText);
        Assert.Contains("- Accord renewal for ANN-HEALTH-BOARD due in 90 days", annText);
        foreach (var label in new[] { "ISP-ANN-0001", "ISP-ANN-0002", "ANN-HEALTH-BOARD" })
        {
            Assert.Contains($"http://localhost:5080/library/{label}", annText);
        }
        Assert.Equal(3, annText.Split('\n').Count(line => line.StartsWith("- ", StringComparison.Ordinal)));
        foreach (var other in new[] { "ISP-ANN-0000", "ISP-BOB", "ISP-CAI", "ISP-DEE" })
        {
            Assert.DoesNotContain(other, annText);
        }
        var bobMail = digests[bob];
        Assert.StartsWith("Eich crynodeb dyddiol ar gyfer 1 Mehefin 2027: 1", bobMail.Subject);
        Assert.Contains("ISP-BOB-0001", bobMail.TextBody);
        Assert.DoesNotContain("ISP-ANN", bobMail.TextBody);

        var rows = (await RowsAsync(fixture)).ToDictionary(n => n.Id);
        var annDigest = Guid.Parse(annMail.Headers["X-Spi-Digest"]!);
        Assert.All(annItems, id => Assert.Equal((MailStatus.Sent, annDigest), (rows[id].MailStatus, rows[id].DigestId)));
        Assert.All(bobItems, id => Assert.Equal(MailStatus.Sent, rows[id].MailStatus));
        Assert.Null(rows[annSentBefore].DigestId);
        Assert.Null(rows[caiItem].DigestId);
        Assert.Equal((MailStatus.Pending, null), (rows[deeItem].MailStatus, rows[deeItem].DigestId));

        // Run again the same day, and deliver again: nothing goes twice.
        var count = smtp.Messages.Count;
        Assert.Equal(0, await SendDigestsAsync(fixture, Delivery.DailyDigest, Day, transport));
        Assert.Equal(0, await DeliverAsync(fixture, TimeProvider.System, transport));
        Assert.Equal(count, smtp.Messages.Count);
    }

    [Fact]
    public async Task A_digest_is_sent_once_per_period_even_from_two_runs_at_once_and_the_next_period_carries_the_new_items()
    {
        await using var smtp = new TestSmtpServer();
        var transport = SmtpTo(fixture, smtp.Port);
        var people = Enumerable.Range(0, 4).Select(i => $"weekly{i}@example.test").ToList();
        foreach (var email in people)
        {
            await PreferAsync(fixture, email, Delivery.WeeklyDigest);
            await AddAsync(fixture, email, label: $"ISP-W{email[6]}-0001");
            await AddAsync(fixture, email, offset: 0, label: $"ISP-W{email[6]}-0002");
        }
        var monday = DigestJob.WeekOf(new DateOnly(2027, 6, 3));
        Assert.Equal(new DateOnly(2027, 5, 31), monday);

        var sent = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => SendDigestsAsync(fixture, Delivery.WeeklyDigest, monday, transport))));

        Assert.Equal(4, sent.Sum());
        Assert.Equal(people, ByRecipient(smtp).Keys.Order().ToList());
        Assert.All(smtp.Messages.Select(Parse), m => Assert.Contains(": 2 ", m.Subject));
        // A daily digest does not take weekly items.
        Assert.Equal(0, await SendDigestsAsync(fixture, Delivery.DailyDigest, monday, transport));

        await AddAsync(fixture, people[0], offset: 7, label: "ISP-W0-0003");
        Assert.Equal(0, await SendDigestsAsync(fixture, Delivery.WeeklyDigest, monday, transport));
        Assert.Equal(1, await SendDigestsAsync(fixture, Delivery.WeeklyDigest, monday.AddDays(7), transport));
        var next = Parse(smtp.Messages.Last());
        Assert.Contains("ISP-W0-0003", next.TextBody);
        Assert.DoesNotContain("ISP-W0-0001", next.TextBody);
    }

    [Fact]
    public async Task When_the_mail_server_refuses_a_digest_its_items_stay_pending_and_the_retry_sends_it_once()
    {
        await PreferAsync(fixture, "refused@example.test", Delivery.DailyDigest);
        var id = await AddAsync(fixture, "refused@example.test");
        await using var smtp = new TestSmtpServer(refuseFirst: 1);
        var transport = SmtpTo(fixture, smtp.Port);

        await Assert.ThrowsAsync<AggregateException>(() => SendDigestsAsync(fixture, Delivery.DailyDigest, Day, transport));
        Assert.Equal(MailStatus.Pending, (await RowsAsync(fixture, q => q.Where(n => n.Id == id))).Single().MailStatus);

        Assert.Equal(1, await SendDigestsAsync(fixture, Delivery.DailyDigest, Day, transport));
        Assert.Equal(0, await SendDigestsAsync(fixture, Delivery.DailyDigest, Day, transport));
        Assert.Single(smtp.Messages);
        Assert.Equal(MailStatus.Sent, (await RowsAsync(fixture, q => q.Where(n => n.Id == id))).Single().MailStatus);
    }
}
