using Microsoft.EntityFrameworkCore;
using SpiPlatform.Metrics.Data;
using SpiPlatform.Metrics.Domain;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Metrics.Features.ReadModel;

/// <summary>
/// Copies what the figures count from the Signatories and Protocols contracts into the module's own tables. Copying
/// the same state twice changes nothing, so a redelivered event or a second back-fill leaves every figure as it was.
/// Changes are left unsaved: the caller saves them with the handled event's id in one transaction.
/// </summary>
internal sealed class ReadModelRefresher(MetricsDbContext db, ISignatoriesApi signatories, IProtocolsApi protocols)
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

    /// <summary>These agreements (all, when null) as the Protocols module holds them now.</summary>
    public async Task RefreshAgreementsAsync(IReadOnlyCollection<Guid>? agreementIds, CancellationToken ct)
    {
        var facts = await protocols.ListFactsAsync(agreementIds, ct);
        var query = db.Agreements.Include(a => a.Partners).Include(a => a.History);
        var rows = agreementIds is null
            ? await query.ToListAsync(ct)
            : await query.Where(a => agreementIds.Contains(a.AgreementId)).ToListAsync(ct);
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
            row.Regions = [.. f.Regions.Select(r => Enum.TryParse<ServiceArea>(r, out var area) ? area : (ServiceArea?)null).OfType<ServiceArea>()];
            CopyPartners(row, f.Partners);
            CopyHistory(row, f.History);
        }
        db.Agreements.RemoveRange(byId.Values);
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
            }
            else
            {
                row.History.Add(new AgreementStatusRow { AgreementId = row.AgreementId, Position = i, Status = history[i].Status, On = history[i].On });
            }
        }
    }
}
