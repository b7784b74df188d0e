using Microsoft.Extensions.Time.Testing;
using SpiPlatform.Notifications.Contracts;
using SpiPlatform.Notifications.Data;
using SpiPlatform.Notifications.Domain;
using SpiPlatform.Notifications.Features.DeliverMail;
using SpiPlatform.Notifications.Features.Digests;
using SpiPlatform.Notifications.Features.Reminders;
using SpiPlatform.Notifications.Jobs;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.TestKit;

namespace SpiPlatform.Notifications.Tests.Integration;

/// <summary>What the tests do to the module: run the job on a given day, deliver mail on a given clock, read the rows.</summary>
internal static class NotificationsScenario
{
    /// <summary>Noon UTC is the same date in Wales all year.</summary>
    public static FakeTimeProvider ClockOn(DateOnly day) => new(new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));

    public static async Task<int> RunRemindersOnAsync(PlatformFixture fixture, DateOnly day)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var job = ActivatorUtilities.CreateInstance<ReminderJob>(scope.ServiceProvider, (TimeProvider)ClockOn(day));
        return await job.RunAsync(CancellationToken.None);
    }

    public static async Task<int> DeliverAsync(PlatformFixture fixture, TimeProvider clock, IMailTransport transport)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var dispatcher = ActivatorUtilities.CreateInstance<MailDispatcher>(scope.ServiceProvider, clock, transport);
        return await dispatcher.RunAsync(CancellationToken.None);
    }

    public static SmtpMailTransport SmtpTo(PlatformFixture fixture, int port)
    {
        var options = fixture.Factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<MailOptions>>().Value;
        options = new MailOptions
        {
            Host = "127.0.0.1", Port = port, Security = MailKit.Security.SecureSocketOptions.None, TimeoutSeconds = 10,
            FromAddress = options.FromAddress, FromName = options.FromName, SiteUrl = options.SiteUrl,
        };
        return new SmtpMailTransport(Microsoft.Extensions.Options.Options.Create(options));
    }

    /// <summary>A reminder for one person, written as the rules write them.</summary>
    public static async Task<Guid> AddAsync(
        PlatformFixture fixture, string email, string? language = null, int offset = -30, string label = "ISP-TEST-0001", string kind = NotificationKinds.AgreementReviewDue)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<NotificationStore>();
        var subject = Guid.NewGuid();
        var reminder = new Reminder(kind, offset, subject, new DateOnly(2027, 6, 30), label, label, $"/library/{label}");
        Assert.True(await store.AddOnceAsync(reminder, new OrganisationMember(email, email, language), CancellationToken.None));
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        return await db.Notifications.Where(n => n.SubjectId == subject).Select(n => n.Id).SingleAsync();
    }

    /// <summary>Sets how <paramref name="email"/> receives a kind of reminder, as the preferences page stores it.</summary>
    public static async Task PreferAsync(PlatformFixture fixture, string email, Delivery delivery, string kind = NotificationKinds.AgreementReviewDue)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        await db.Preferences.Where(p => p.RecipientEmail == email && p.Kind == kind).ExecuteDeleteAsync();
        db.Preferences.Add(new DeliveryPreference { RecipientEmail = email, Kind = kind, Delivery = delivery });
        await db.SaveChangesAsync();
    }

    public static async Task<int> SendDigestsAsync(PlatformFixture fixture, Delivery cadence, DateOnly period, IMailTransport transport)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var run = ActivatorUtilities.CreateInstance<DigestRun>(scope.ServiceProvider, (TimeProvider)ClockOn(period), transport);
        return await run.RunAsync(cadence, period, CancellationToken.None);
    }

    public static async Task<List<Notification>> RowsAsync(PlatformFixture fixture, Func<IQueryable<Notification>, IQueryable<Notification>>? filter = null)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        return await (filter ?? (q => q))(db.Notifications.AsNoTracking()).ToListAsync();
    }

    /// <summary>A demo agreement that is live or under review and whose coordinator has staff accounts to remind.</summary>
    public static async Task<(AgreementReviewDate Agreement, IReadOnlyList<OrganisationMember> Members)> AgreementWithStaffAsync(PlatformFixture fixture)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var protocols = scope.ServiceProvider.GetRequiredService<IProtocolsApi>();
        var membership = scope.ServiceProvider.GetRequiredService<IOrganisationMembership>();
        foreach (var agreement in await protocols.ListReviewDatesAsync(DateOnly.MinValue, DateOnly.MaxValue, CancellationToken.None))
        {
            if (await membership.MembersAsync(agreement.CoordinatorId, CancellationToken.None) is { Count: > 0 } members)
            {
                return (agreement, members);
            }
        }
        throw new InvalidOperationException("The demo data has no live agreement coordinated by an organisation with a staff account.");
    }

    /// <summary>A demo Accord signature with a renewal date whose organisation has staff accounts to remind.</summary>
    public static async Task<(AccordRenewalDate Renewal, IReadOnlyList<OrganisationMember> Members)> RenewalWithStaffAsync(PlatformFixture fixture)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var register = scope.ServiceProvider.GetRequiredService<ISignatoriesApi>();
        var membership = scope.ServiceProvider.GetRequiredService<IOrganisationMembership>();
        foreach (var renewal in await register.ListRenewalDatesAsync(DateOnly.MinValue, DateOnly.MaxValue, CancellationToken.None))
        {
            if (await membership.MembersAsync(renewal.OrganisationId, CancellationToken.None) is { Count: > 0 } members)
            {
                return (renewal, members);
            }
        }
        throw new InvalidOperationException("The demo data has no active signature with a renewal date for an organisation with a staff account.");
    }

    public static async Task PreferWelshAsync(PlatformFixture fixture, string email)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var rows = await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO identity."AspNetUserClaims" ("UserId", "ClaimType", "ClaimValue")
            SELECT "Id", {SpiClaims.PreferredLanguage}, 'cy' FROM identity."AspNetUsers" WHERE "NormalizedEmail" = {email.ToUpperInvariant()}
            """);
        Assert.Equal(1, rows);
    }
}
