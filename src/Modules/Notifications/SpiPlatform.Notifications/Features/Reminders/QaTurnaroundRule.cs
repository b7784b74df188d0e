using SpiPlatform.Notifications.Contracts;
using SpiPlatform.QualityAssurance.Contracts;
using SpiPlatform.SharedKernel.Security;

namespace SpiPlatform.Notifications.Features.Reminders;

/// <summary>
/// QA turnaround: when a round waiting for a decision comes within QA's warning window of its target, and again when it
/// passes the target, every reviewer of the group it is routed to is told once (QA's own working-day SLA, not a second
/// definition). The reminder's key makes each go once per round, however often the job runs.
/// </summary>
internal sealed class QaTurnaroundRule(IQualityAssuranceApi qa, IStaffLanguage languages)
{
    public async Task<IReadOnlyList<(Reminder Reminder, OrganisationMember Reviewer)>> DueAsync(DateOnly today, CancellationToken ct)
    {
        var reminders = new List<(Reminder, OrganisationMember)>();
        var language = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var round in await qa.ListRoundsNearingTargetAsync(today, ct))
        {
            var kind = round.Overdue ? NotificationKinds.QaTurnaroundOverdue : NotificationKinds.QaTurnaroundDueSoon;
            // Each round has its own due date, so the key (with offset 0) is per round.
            var reminder = new Reminder(kind, 0, round.SubmissionId, round.DueOn,
                $"{round.Reference} ({round.GroupNameEn})", $"{round.Reference} ({round.GroupNameCy})", $"/qa/submissions/{round.SubmissionId}");
            foreach (var email in round.ReviewerEmails)
            {
                if (!language.TryGetValue(email, out var chosen))
                {
                    language[email] = chosen = await languages.GetAsync(email, ct);
                }
                reminders.Add((reminder, new OrganisationMember(email, email, chosen)));
            }
        }
        return reminders;
    }
}
