using Microsoft.EntityFrameworkCore;
using SpiPlatform.QualityAssurance.Contracts;
using SpiPlatform.QualityAssurance.Data;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.QualityAssurance.Features.Shared;
using Microsoft.Extensions.Options;

namespace SpiPlatform.QualityAssurance.Features;

/// <summary>What other modules may read of QA (see <see cref="IQualityAssuranceApi"/>).</summary>
internal sealed class QualityAssuranceApi(QualityAssuranceDbContext db, QaSla sla, IOptions<QaOptions> options) : IQualityAssuranceApi
{
    public async Task<IReadOnlyList<QaTransition>> ListTransitionsAsync(DateTimeOffset? since, CancellationToken ct)
    {
        var events = db.Set<QaSubmissionEvent>().AsNoTracking();
        if (since is { } from)
        {
            events = events.Where(e => e.At >= from);
        }
        return await events.Join(db.Submissions.AsNoTracking(), e => e.SubmissionId, s => s.Id, (e, s) => new { Event = e, Submission = s })
            .OrderBy(x => x.Event.At).ThenBy(x => x.Event.Id)
            .Select(x => new QaTransition(x.Submission.Id, x.Submission.AgreementId, x.Submission.Reference, x.Event.At, x.Event.Actor, x.Event.From, x.Event.To, x.Event.Reason))
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<QaRoundFigures>> ListRoundsAsync(CancellationToken ct)
    {
        var rounds = await db.Rounds.AsNoTracking()
            .Join(db.Submissions.AsNoTracking(), r => r.SubmissionId, s => s.Id, (r, s) => new { Round = r, s.AgreementId, s.Reference })
            .OrderBy(x => x.Reference).ThenBy(x => x.Round.Number).ToListAsync(ct);
        return [.. rounds.Select(x =>
        {
            var turnaround = sla.Of(x.Round);
            return new QaRoundFigures(x.AgreementId, x.Reference, x.Round.Number, x.Round.SubmittedAt, x.Round.DecidedAt, x.Round.Outcome,
                turnaround.WorkingDays, turnaround.TargetWorkingDays,
                x.Round.DecidedAt is null ? null : turnaround.State == SlaState.Met);
        })];
    }

    public async Task<IReadOnlyList<QaOutstandingSignOff>> ListOutstandingSignOffsAsync(DateTimeOffset requestedBy, CancellationToken ct)
    {
        var rows = await db.SignOffs.AsNoTracking()
            .Where(o => o.State == SignOffState.Pending && o.RequestedAt <= requestedBy)
            .Join(db.Submissions.AsNoTracking().Where(s => s.State == QaSubmissionState.AwaitingSignOff), o => o.SubmissionId, s => s.Id,
                (o, s) => new { s.Id, s.AgreementId, s.Reference, o.RoundNumber, o.OrganisationId, o.RequestedAt })
            .ToListAsync(ct);
        return [.. rows.OrderBy(o => o.RequestedAt).ThenBy(o => o.Reference, StringComparer.Ordinal).ThenBy(o => o.OrganisationId)
            .Select(o => new QaOutstandingSignOff(o.Id, o.AgreementId, o.Reference, o.RoundNumber, o.OrganisationId, o.RequestedAt))];
    }

    public async Task<IReadOnlyList<QaRoundNearingTarget>> ListRoundsNearingTargetAsync(DateOnly today, CancellationToken ct)
    {
        var open = await db.Rounds.AsNoTracking().Where(r => r.DecidedAt == null)
            .Join(db.Submissions.AsNoTracking(), r => r.SubmissionId, s => s.Id, (r, s) => new { Round = r, s.Reference, s.GroupId })
            .ToListAsync(ct);
        var groups = await db.Groups.AsNoTracking().Include(g => g.Members).ToDictionaryAsync(g => g.Id, ct);
        var (target, dueSoon) = (options.Value.TurnaroundTargetWorkingDays, options.Value.DueSoonWithinWorkingDays);
        return [.. open
            .Select(x => (x.Round, x.Reference, x.GroupId, Turnaround: QaTurnaround.Of(x.Round, today, target, dueSoon)))
            .Where(x => x.Turnaround.State is SlaState.DueSoon or SlaState.Overdue && groups.ContainsKey(x.GroupId))
            .OrderBy(x => x.Turnaround.DueOn).ThenBy(x => x.Reference, StringComparer.Ordinal)
            .Select(x => new QaRoundNearingTarget(x.Round.SubmissionId, x.Reference, x.Round.Number, x.Turnaround.DueOn, x.Turnaround.State == SlaState.Overdue,
                groups[x.GroupId].NameEn, groups[x.GroupId].NameCy, [.. groups[x.GroupId].Members.Select(m => m.Email).Order(StringComparer.Ordinal)]))];
    }
}
