using Microsoft.Extensions.Options;
using SpiPlatform.Notifications.Contracts;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Notifications.Features.Reminders;

/// <summary>
/// Applies every reminder rule for one day: agreement reviews, compliance checks and consent reviews (to the coordinator's
/// staff), Accord renewals (to the organisation's staff), QA turnaround (to the group's reviewers) and sign-offs outstanding. Safe to run again, or on two hosts at once: each reminder is written once.
/// </summary>
internal sealed class ReminderRun(
    IProtocolsApi protocols, ISignatoriesApi register, IOrganisationMembership membership, NotificationStore store, IOptions<NotificationsOptions> options,
    SignOffRule signOff, LiveAgreementRules liveAgreements, QaTurnaroundRule qaTurnaround)
{
    private readonly Dictionary<Guid, IReadOnlyList<OrganisationMember>> _members = [];

    /// <summary>Creates the reminders due on <paramref name="today"/>; returns how many this run created.</summary>
    public async Task<int> RunForAsync(DateOnly today, CancellationToken ct)
    {
        var created = 0;
        var review = options.Value.ReviewSchedule;
        var (from, to) = review.DueWindow(today);
        foreach (var agreement in await protocols.ListReviewDatesAsync(from, to, ct))
        {
            if (review.OffsetOn(agreement.ReviewDue, today) is { } offset)
            {
                var reminder = new Reminder(NotificationKinds.AgreementReviewDue, offset, agreement.AgreementId, agreement.ReviewDue,
                    agreement.Reference, agreement.Reference, $"/library/{agreement.Reference}");
                created += await SendToMembersAsync(reminder, agreement.CoordinatorId, ct);
            }
            created += await LapseAsync(agreement, today, ct);
        }
        var renewal = options.Value.RenewalSchedule;
        (from, to) = renewal.DueWindow(today);
        foreach (var signature in await register.ListRenewalDatesAsync(from, to, ct))
        {
            if (renewal.OffsetOn(signature.RenewalDue, today) is { } offset)
            {
                var reminder = new Reminder(NotificationKinds.AccordRenewalDue, offset, signature.OrganisationId, signature.RenewalDue,
                    signature.NameEn, string.IsNullOrWhiteSpace(signature.NameCy) ? signature.NameEn : signature.NameCy,
                    $"/signatories/{signature.OrganisationId}");
                created += await SendToMembersAsync(reminder, signature.OrganisationId, ct);
            }
        }
        foreach (var (reminder, coordinatorId) in await liveAgreements.DueAsync(today, ct))
        {
            created += await SendToMembersAsync(reminder, coordinatorId, ct);
        }
        foreach (var (reminder, reviewer) in await qaTurnaround.DueAsync(today, ct))
        {
            created += await store.AddOnceAsync(reminder, reviewer, ct) ? 1 : 0;
        }
        foreach (var (reminder, organisationId) in await signOff.DueAsync(today, ct))
        {
            created += await SendToMembersAsync(reminder, organisationId, ct);
        }
        return created;
    }

    // From D+90 on (not only on the day, so a missed run still lapses it) the agreement is marked; the coordinator is told once,
    // by the reminder's key, even if a run stopped between marking and telling.
    private async Task<int> LapseAsync(AgreementReviewDate agreement, DateOnly today, CancellationToken ct)
    {
        var after = options.Value.ReviewLapsesAfterDays;
        if (today.DayNumber - agreement.ReviewDue.DayNumber < after)
        {
            return 0;
        }
        await protocols.MarkReviewLapsedAsync(agreement.AgreementId, agreement.ReviewDue, ct);
        var reminder = new Reminder(NotificationKinds.AgreementReviewLapsed, after, agreement.AgreementId, agreement.ReviewDue,
            agreement.Reference, agreement.Reference, $"/library/{agreement.Reference}");
        return await SendToMembersAsync(reminder, agreement.CoordinatorId, ct);
    }

    private async Task<int> SendToMembersAsync(Reminder reminder, Guid organisationId, CancellationToken ct)
    {
        if (!_members.TryGetValue(organisationId, out var members))
        {
            _members[organisationId] = members = await membership.MembersAsync(organisationId, ct);
        }
        var created = 0;
        foreach (var member in members)
        {
            created += await store.AddOnceAsync(reminder, member, ct) ? 1 : 0;
        }
        return created;
    }
}
