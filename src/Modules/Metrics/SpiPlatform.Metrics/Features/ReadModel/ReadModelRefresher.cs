using Microsoft.EntityFrameworkCore;
using SpiPlatform.Metrics.Data;
using SpiPlatform.Metrics.Domain;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.QualityAssurance.Contracts;
using SpiPlatform.SharedKernel;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Metrics.Features.ReadModel;

/// <summary>
/// Copies what the figures count from the Signatories and Protocols contracts into the module's own tables. Copying
/// the same state twice changes nothing, so a redelivered event or a second back-fill leaves every figure as it was.
/// Changes are left unsaved: the caller saves them with the handled event's id in one transaction.
/// </summary>
internal sealed class ReadModelRefresher(MetricsDbContext db, ISignatoriesApi signatories, IProtocolsApi protocols, IQualityAssuranceApi qa)
{
    /// <summary>Every signature of these organisations (of all, when null) as the register holds it now.</summary>
    public async Task RefreshSignaturesAsync(IReadOnlyCollection<Guid>? organisationIds, CancellationToken ct)
    {
        var facts = await signatories.ListSignatureFactsAsync(organisationIds, ct);
        var rows = organisationIds is null
            ? await db.Signatures.ToListAsync(ct)
            : await db.Signatures.Where(s => organisationIds.Contains(s.OrganisationId)).ToListAsync(ct);
        var byId = rows.ToDictionary(r => r.SignatureId);
        foreach (var f in facts)
        {
            if (!byId.Remove(f.SignatureId, out var row))
            {
                row = new SignatureRow { SignatureId = f.SignatureId };
                db.Signatures.Add(row);
            }
            row.OrganisationId = f.OrganisationId;
            row.Sector = f.Sector;
            row.Areas = [.. f.Areas];
            row.SignedOn = f.SignedOn;
            row.Status = f.Status;
            row.VerifiedOn = f.VerifiedOn;
            row.EndedOn = f.EndedOn;
        }
        db.Signatures.RemoveRange(byId.Values);
    }

    /// <summary>The agreements read per page by a full refresh: the most it holds in memory at once.</summary>
    public int PageSize { get; set; } = 200;

    /// <summary>These agreements (all, page by page, when null) as the Protocols module holds them now.</summary>
    public async Task RefreshAgreementsAsync(IReadOnlyCollection<Guid>? agreementIds, CancellationToken ct)
    {
        if (agreementIds is null)
        {
            await RefreshAllAgreementsAsync(ct);
            return;
        }
        var facts = await protocols.ListFactsAsync(agreementIds, ct);
        var rows = await db.Agreements.Include(a => a.Partners).Include(a => a.History)
            .Where(a => agreementIds.Contains(a.AgreementId)).ToListAsync(ct);
        var left = Copy(facts, rows);
        db.Agreements.RemoveRange(left);
    }

    /// <summary>
    /// Every agreement, a page at a time in uuid order, each page saved and forgotten before the next: a copy that was
    /// in a page's id range and is no longer in the source is deleted by one statement, as is everything after the last page.
    /// </summary>
    private async Task RefreshAllAgreementsAsync(CancellationToken ct)
    {
        Guid? after = null;
        while (true)
        {
            var facts = await protocols.ListFactsPageAsync(after, PageSize, ct);
            if (facts.Count == 0)
            {
                break;
            }
            var ids = facts.Select(f => f.Id).ToList();
            var rows = await db.Agreements.Include(a => a.Partners).Include(a => a.History)
                .Where(a => ids.Contains(a.AgreementId)).AsSplitQuery().ToListAsync(ct);
            Copy(facts, rows);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            var last = facts[^1].Id;
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"DELETE FROM metrics.agreements WHERE \"AgreementId\" > {after ?? Guid.Empty} AND \"AgreementId\" < {last} AND NOT (\"AgreementId\" = ANY({ids.ToArray()}))", ct);
            after = last;
            if (facts.Count < PageSize)
            {
                break;
            }
        }
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"DELETE FROM metrics.agreements WHERE \"AgreementId\" > {after ?? Guid.Empty}", ct);
    }

    // Copies the facts onto their rows (adding the missing ones); returns the rows no fact matched.
    private IEnumerable<AgreementRow> Copy(IReadOnlyList<AgreementFacts> facts, List<AgreementRow> rows)
    {
        var byId = rows.ToDictionary(r => r.AgreementId);
        foreach (var f in facts)
        {
            if (!byId.Remove(f.Id, out var row))
            {
                row = new AgreementRow { AgreementId = f.Id };
                db.Agreements.Add(row);
            }
            row.Reference = f.Reference;
            row.Kind = f.Kind;
            row.ServiceArea = f.ServiceArea;
            row.Status = f.Status;
            row.ReviewDue = f.ReviewDue;
            row.Regions = [.. f.Regions.Select(r => Enum.TryParse<ServiceArea>(r, out var area) ? area : (ServiceArea?)null).OfType<ServiceArea>()];
            CopyPartners(row, f.Partners);
            CopyHistory(row, f.History);
        }
        return byId.Values;
    }

    /// <summary>
    /// Every QA round with QA's own turnaround figures, and every stay in a state from QA's transitions. QA publishes no
    /// integration events, so this runs with the daily refresh (and the start-up back-fill) only.
    /// </summary>
    public async Task RefreshQualityAssuranceAsync(CancellationToken ct)
    {
        var rounds = await qa.ListRoundsAsync(ct);
        var existing = (await db.QaRounds.ToListAsync(ct)).ToDictionary(r => (r.AgreementId, r.Round));
        foreach (var r in rounds)
        {
            if (!existing.Remove((r.AgreementId, r.Round), out var row))
            {
                row = new QaRoundRow { AgreementId = r.AgreementId, Round = r.Round };
                db.QaRounds.Add(row);
            }
            row.SubmittedOn = WorkingDays.DateInWales(r.SubmittedAt);
            row.DecidedOn = r.DecidedAt is { } d ? WorkingDays.DateInWales(d) : null;
            row.Outcome = r.Outcome;
            row.WorkingDays = r.WorkingDays;
            row.TargetWorkingDays = r.TargetWorkingDays;
            row.MetTarget = r.MetTarget;
        }
        db.QaRounds.RemoveRange(existing.Values);

        var stays = (await qa.ListTransitionsAsync(null, ct)).GroupBy(t => t.SubmissionId).SelectMany(StaysOf);
        var existingStays = (await db.QaStays.ToListAsync(ct)).ToDictionary(s => (s.SubmissionId, s.Position));
        foreach (var stay in stays)
        {
            if (!existingStays.Remove((stay.SubmissionId, stay.Position), out var row))
            {
                row = new QaStayRow { SubmissionId = stay.SubmissionId, Position = stay.Position };
                db.QaStays.Add(row);
            }
            row.AgreementId = stay.AgreementId;
            row.State = stay.State;
            row.EnteredOn = stay.EnteredOn;
            row.LeftOn = stay.LeftOn;
        }
        db.QaStays.RemoveRange(existingStays.Values);
    }

    // A note (From == To) is not a move; each move ends the stay before it and starts one in its To state.
    private static IEnumerable<QaStayRow> StaysOf(IGrouping<Guid, QaTransition> submission)
    {
        var moves = submission.Where(t => t.From != t.To).OrderBy(t => t.At).ToList();
        for (var i = 0; i < moves.Count; i++)
        {
            yield return new QaStayRow
            {
                SubmissionId = submission.Key, Position = i, AgreementId = moves[i].AgreementId, State = moves[i].To,
                EnteredOn = WorkingDays.DateInWales(moves[i].At),
                LeftOn = i + 1 < moves.Count ? WorkingDays.DateInWales(moves[i + 1].At) : null,
            };
        }
    }

    private static void CopyPartners(AgreementRow row, IReadOnlyList<PartnerFact> partners)
    {
        row.Partners.RemoveAll(p => partners.All(n => n.OrganisationId != p.OrganisationId));
        foreach (var partner in partners)
        {
            if (row.Partners.FirstOrDefault(p => p.OrganisationId == partner.OrganisationId) is { } existing)
            {
                existing.Members = partner.Members;
            }
            else
            {
                row.Partners.Add(new AgreementPartnerRow { AgreementId = row.AgreementId, OrganisationId = partner.OrganisationId, Members = partner.Members });
            }
        }
    }

    private static void CopyHistory(AgreementRow row, IReadOnlyList<StatusEntered> history)
    {
        row.History.RemoveAll(h => h.Position >= history.Count);
        for (var i = 0; i < history.Count; i++)
        {
            if (row.History.FirstOrDefault(h => h.Position == i) is { } existing)
            {
                existing.Status = history[i].Status;
                existing.On = history[i].On;
                existing.ReviewDue = history[i].ReviewDue;
            }
            else
            {
                row.History.Add(new AgreementStatusRow { AgreementId = row.AgreementId, Position = i, Status = history[i].Status, On = history[i].On, ReviewDue = history[i].ReviewDue });
            }
        }
    }
}
