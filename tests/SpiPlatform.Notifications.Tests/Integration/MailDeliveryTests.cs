using MimeKit;
using SpiPlatform.Notifications.Domain;
using SpiPlatform.Notifications.Features.DeliverMail;
using SpiPlatform.TestKit;
using static SpiPlatform.Notifications.Tests.Integration.NotificationsScenario;

namespace SpiPlatform.Notifications.Tests.Integration;

[Collection(NotificationsCollection.Collection)]
public sealed class MailDeliveryTests(NotificationsFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static MimeMessage Parse(string raw) => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(raw)));

    [Fact]
    public async Task A_server_that_refuses_twice_receives_the_mail_once_after_the_retry_waits_and_never_again()
    {
        await using var smtp = new TestSmtpServer(refuseFirst: 2);
        var transport = SmtpTo(fixture, smtp.Port);
        var id = await AddAsync(fixture, "welsh.reader@example.test", language: "cy");
        var clock = ClockOn(new DateOnly(2027, 5, 31));

        Assert.Equal(0, await DeliverAsync(fixture, clock, transport));
        Assert.Equal(1, smtp.Connections);
        // Not due again until the first wait (one minute) is over.
        Assert.Equal(0, await DeliverAsync(fixture, clock, transport));
        Assert.Equal(1, smtp.Connections);
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, await DeliverAsync(fixture, clock, transport));
        var waiting = (await RowsAsync(fixture, q => q.Where(n => n.Id == id))).Single();
        Assert.Equal((MailStatus.Pending, 2), (waiting.MailStatus, waiting.MailAttempts));
        Assert.Equal(clock.GetUtcNow() + TimeSpan.FromMinutes(2), waiting.NextMailAttemptAt);
        Assert.Contains("Service not available", waiting.LastMailError);
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await DeliverAsync(fixture, clock, transport));
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await DeliverAsync(fixture, clock, transport));

        var mail = Parse(Assert.Single(smtp.Messages));
        Assert.Equal("welsh.reader@example.test", mail.To.Mailboxes.Single().Address);
        Assert.Equal(id.ToString(), mail.Headers["X-Spi-Notification"]);
        // A Welsh-preferring reader gets the Welsh text alone.
        Assert.Equal("Adolygiad o ISP-TEST-0001 yn ddyledus ymhen 30 diwrnod", mail.Subject);
        Assert.Contains("i fod i gael ei adolygu ar", mail.TextBody);
        Assert.DoesNotContain("due for review", mail.TextBody);
        Assert.Contains("/library/ISP-TEST-0001", mail.TextBody);
        var sent = (await RowsAsync(fixture, q => q.Where(n => n.Id == id))).Single();
        Assert.Equal((MailStatus.Sent, 3), (sent.MailStatus, sent.MailAttempts));
    }

    [Fact]
    public async Task Someone_who_has_not_chosen_a_language_gets_both_welsh_first_and_an_english_reader_english_alone()
    {
        await using var smtp = new TestSmtpServer();
        await AddAsync(fixture, "both@example.test");
        await AddAsync(fixture, "english@example.test", language: "en");

        Assert.Equal(2, await DeliverAsync(fixture, TimeProvider.System, SmtpTo(fixture, smtp.Port)));

        var mails = smtp.Messages.Select(Parse).ToDictionary(m => m.To.Mailboxes.Single().Address);
        Assert.Equal("Adolygiad o ISP-TEST-0001 yn ddyledus ymhen 30 diwrnod / Review of ISP-TEST-0001 due in 30 days", mails["both@example.test"].Subject);
        var both = mails["both@example.test"].TextBody!;
        Assert.True(both.IndexOf("i fod i gael ei adolygu", StringComparison.Ordinal) < both.IndexOf("is due for review", StringComparison.Ordinal));
        Assert.Equal("Review of ISP-TEST-0001 due in 30 days", mails["english@example.test"].Subject);
        Assert.DoesNotContain("adolygu", mails["english@example.test"].TextBody);
    }

    [Fact]
    public async Task With_a_pickup_folder_mail_is_written_there_and_the_programme_team_reads_it_on_ops_mail()
    {
        await AddAsync(fixture, "pickup.reader@example.test", language: "en");
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var transport = scope.ServiceProvider.GetRequiredService<IMailTransport>();
        Assert.IsType<PickupFolderTransport>(transport);

        Assert.Equal(1, await DeliverAsync(fixture, TimeProvider.System, transport));

        var file = Assert.Single(Directory.GetFiles(fixture.PickupFolder, "*.eml"), f => MimeMessage.Load(f).To.ToString().Contains("pickup.reader@example.test"));
        Assert.Equal("Review of ISP-TEST-0001 due in 30 days", MimeMessage.Load(file).Subject);
        var programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var page = await programme.GetStringAsync("/ops/mail");
        Assert.Contains("Review of ISP-TEST-0001 due in 30 days — pickup.reader@example.test", System.Net.WebUtility.HtmlDecode(page));
    }

    [Fact]
    public async Task Two_dispatchers_at_once_send_each_mail_exactly_once()
    {
        await using var smtp = new TestSmtpServer();
        var ids = new List<Guid>();
        for (var i = 0; i < 8; i++)
        {
            ids.Add(await AddAsync(fixture, $"reader{i}@example.test"));
        }
        var transport = SmtpTo(fixture, smtp.Port);

        var sent = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => DeliverAsync(fixture, TimeProvider.System, transport))));

        Assert.Equal(8, sent.Sum());
        var delivered = smtp.Messages.Select(m => Guid.Parse(Parse(m).Headers["X-Spi-Notification"]!)).Order().ToList();
        Assert.Equal(ids.Order().ToList(), delivered);
    }

    [Fact]
    public async Task After_the_last_attempt_a_delivery_is_recorded_as_failed_and_the_programme_team_sees_it_on_ops_mail()
    {
        await using var smtp = new TestSmtpServer(refuseAll: true);
        var transport = SmtpTo(fixture, smtp.Port);
        var id = await AddAsync(fixture, "unreachable@example.test");
        var clock = ClockOn(new DateOnly(2027, 5, 31));

        for (var attempt = 0; attempt < 10; attempt++)
        {
            await DeliverAsync(fixture, clock, transport);
            clock.Advance(TimeSpan.FromDays(1));
        }

        var failed = (await RowsAsync(fixture, q => q.Where(n => n.Id == id))).Single();
        Assert.Equal((MailStatus.Failed, 6), (failed.MailStatus, failed.MailAttempts));
        Assert.Equal(6, smtp.Connections);
        Assert.Null(failed.NextMailAttemptAt);

        var programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var page = await programme.GetStringAsync("/ops/mail");
        Assert.Contains("unreachable@example.test", page);
        Assert.Contains("Failed", page);
    }
}
