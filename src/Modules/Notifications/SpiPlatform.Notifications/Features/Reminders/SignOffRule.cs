using Microsoft.Extensions.Options;
using SpiPlatform.Notifications.Contracts;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.QualityAssurance.Contracts;
using SpiPlatform.SharedKernel;
using SpiPlatform.SharedKernel.Localization;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Notifications.Features.Reminders;

/// <summary>
/// Sign-off outstanding: once a partner has been asked <see cref="NotificationsOptions.SignOffOutstandingAfterDays"/> days
/// ago and has not signed, its staff are reminded and the coordinator's staff get one summary naming every such partner.
/// It applies from that day on (a missed run catches up); the reminder's key makes each go once per round.
/// </summary>
internal sealed class SignOffRule(IQualityAssuranceApi qa, IProtocolsApi protocols, ISignatoriesApi register, IOptions<NotificationsOptions> options)
{
    public async Task<IReadOnlyList<(Reminder Reminder, Guid OrganisationId)>> DueAsync(DateOnly today, CancellationToken ct)
    {
        var after = options.Value.SignOffOutstandingAfterDays;
        var requestedBy = new DateTimeOffset(today.AddDays(-after).ToDateTime(new TimeOnly(23, 59, 59)), TimeSpan.Zero).AddHours(1);
        var outstanding = (await qa.ListOutstandingSignOffsAsync(requestedBy, ct))
            .Where(o => today.DayNumber - DayInWales(o.RequestedAt).DayNumber >= after).ToList();
        if (outstanding.Count == 0)
        {
            return [];
        }
        var names = await register.FindAsync([.. outstanding.Select(o => o.OrganisationId).Distinct()], ct);
        var reminders = new List<(Reminder, Guid)>();
        foreach (var round in outstanding.GroupBy(o => (o.SubmissionId, o.RoundNumber)))
        {
            var first = round.First();
            var due = DayInWales(round.Min(o => o.RequestedAt)).AddDays(after);
            var link = $"/qa/sign-off/{first.SubmissionId}";
            foreach (var partner in round)
            {
                reminders.Add((new Reminder(NotificationKinds.SignOffOutstanding, after, first.SubmissionId, due, first.Reference, first.Reference, link), partner.OrganisationId));
            }
            if (await protocols.FindAsync(first.AgreementId, ct) is { } agreement)
            {
                string Names(bool welsh) => string.Join(", ", round.Select(o => names.TryGetValue(o.OrganisationId, out var org)
                    ? (welsh && !string.IsNullOrWhiteSpace(org.NameCy) ? org.NameCy : org.NameEn) : o.OrganisationId.ToString()));
                reminders.Add((new Reminder(NotificationKinds.SignOffOutstandingSummary, after, first.SubmissionId, due,
                    Cap($"{first.Reference}: {Names(false)}"), Cap($"{first.Reference}: {Names(true)}"), link), agreement.CoordinatorId));
            }
        }
        return reminders;
    }

    private static DateOnly DayInWales(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, WalesClock.TimeZone).DateTime);

    private static string Cap(string label) => label.Length <= 400 ? label : label[..399] + "…";
}
