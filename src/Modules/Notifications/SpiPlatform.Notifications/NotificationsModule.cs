using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SpiPlatform.Notifications.Data;
using SpiPlatform.Notifications.Features.DeliverMail;
using SpiPlatform.Notifications.Features.Digests;
using SpiPlatform.Notifications.Features.ListNotifications;
using SpiPlatform.Notifications.Features.MarkRead;
using SpiPlatform.Notifications.Features.Preferences;
using SpiPlatform.Notifications.Features.ProgrammeView;
using SpiPlatform.Notifications.Features.Reminders;
using SpiPlatform.Notifications.Jobs;
using SpiPlatform.SharedKernel;
using SpiPlatform.SharedKernel.Data;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.SharedKernel.Web;

namespace SpiPlatform.Notifications;

/// <summary>The Notifications module: reminder rules run daily, each reminder listed in-app and mailed once.</summary>
public static class NotificationsModule
{
    /// <summary>Registers the module's services, schema, pages, options and the header bell.</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddRazorPages().AddApplicationPart(typeof(NotificationsModule).Assembly);
        services.AddModuleDbContext<NotificationsDbContext>(NotificationsDbContext.Schema);
        services.AddOptions<NotificationsOptions>().BindConfiguration(NotificationsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<NotificationStore>();
        services.AddScoped<ReminderRun>();
        services.AddScoped<SignOffRule>();
        services.AddScoped<LiveAgreementRules>();
        services.AddScoped<QaTurnaroundRule>();
        services.AddScoped<ReminderJob>();
        services.AddScoped<MyNotifications>();
        services.AddScoped<MarkReadHandler>();
        services.AddScoped<MailComposer>();
        services.AddScoped<MailDispatcher>();
        services.AddScoped<MailReport>();
        services.AddScoped<DeliverMailJob>();
        services.AddScoped<MyPreferences>();
        services.AddScoped<SavePreferencesHandler>();
        services.AddScoped<DigestComposer>();
        services.AddScoped<DigestRun>();
        services.AddScoped<DigestJob>();
        services.AddScoped<SmtpMailTransport>();
        services.AddScoped<PickupFolderTransport>();
        services.AddScoped<IMailTransport>(sp => string.IsNullOrWhiteSpace(sp.GetRequiredService<IOptions<MailOptions>>().Value.PickupDirectory)
            ? sp.GetRequiredService<SmtpMailTransport>()
            : sp.GetRequiredService<PickupFolderTransport>());
        services.AddScoped<ProgrammeDueDates>();
        services.AddSingleton(new NavigationLink(ProgrammeCsvEndpoint.PagePath, "Reviews and renewals", "Adolygiadau ac adnewyddu", 40,
            u => u.IsInRole(SpiRoles.ProgrammeTeam)));
        services.AddScoped<IHeaderBadgeSource, UnreadNotificationsBadge>();
        return services;
    }

    /// <summary>Schedules the daily reminders, the every-minute mail delivery and the daily and weekly digests, on Welsh time.</summary>
    public static WebApplication MapNotifications(this WebApplication app)
    {
        app.MapGet(ProgrammeCsvEndpoint.Path, ProgrammeCsvEndpoint.HandleAsync).RequireAuthorization(p => p.RequireRole(SpiRoles.ProgrammeTeam));
        var recurring = app.Services.GetRequiredService<IRecurringJobManager>();
        var wales = new RecurringJobOptions { TimeZone = WalesClock.TimeZone };
        recurring.AddOrUpdate<ReminderJob>(ReminderJob.Id, job => job.RunAsync(CancellationToken.None), Cron.Daily(6), wales);
        recurring.AddOrUpdate<DeliverMailJob>(DeliverMailJob.Id, job => job.RunAsync(CancellationToken.None), Cron.Minutely(), wales);
        recurring.AddOrUpdate<DigestJob>(DigestJob.DailyId, job => job.RunDailyAsync(CancellationToken.None), Cron.Daily(7), wales);
        recurring.AddOrUpdate<DigestJob>(DigestJob.WeeklyId, job => job.RunWeeklyAsync(CancellationToken.None), Cron.Weekly(DayOfWeek.Monday, 7), wales);
        return app;
    }
}
