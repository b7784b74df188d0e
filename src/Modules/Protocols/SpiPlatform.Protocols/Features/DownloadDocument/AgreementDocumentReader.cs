using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Protocols.Data;
using SpiPlatform.Protocols.Features.Shared;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Protocols.Features.DownloadDocument;

/// <summary>
/// What the ISP document of an agreement (or of one of its frozen versions) is written from, found the way the agreement
/// page finds the agreement (<see cref="AgreementStore.FindReadableAsync"/>): null wherever the page answers 404. A
/// frozen version is held to the same rule as if it were the agreement, so a version frozen as a draft stays with
/// those who may read drafts.
/// </summary>
internal sealed class AgreementDocumentReader(ProtocolsDbContext db, ISignatoriesApi register, IEnumerable<IAgreementAssuranceSource> assurance)
{
    public async Task<IspDocumentContent?> ReadAsync(string reference, int? versionNumber, ClaimsPrincipal reader, CancellationToken ct)
    {
        if (await db.FindReadableAsync(null, reference, reader, ct) is not { } agreement)
        {
            return null;
        }
        var versions = db.Versions.AsNoTracking().Where(v => v.AgreementId == agreement.Id);
        var frozen = versionNumber is { } n
            ? await versions.FirstOrDefaultAsync(v => v.Number == n, ct)
            : await versions.OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        if (versionNumber is not null && frozen is null)
        {
            return null;
        }
        var shown = versionNumber is null ? agreement : SnapshotAgreement.From(agreement, AgreementSnapshot.Read(frozen!.Snapshot));
        if (!ProtocolsAccess.CanRead(reader, shown))
        {
            return null;
        }
        var version = versionNumber is null
            ? new DocumentVersion(frozen?.Number, agreement.Status, agreement.UpdatedAt)
            : new DocumentVersion(frozen!.Number, frozen.Status, frozen.CreatedAt);
        var ids = shown.PartnerIds.Append(shown.CoordinatorId).Concat(shown.Flows.SelectMany(f => new[] { f.FromOrganisationId, f.ToOrganisationId })).Distinct().ToList();
        AgreementAssurance? facts = null;
        foreach (var source in assurance)
        {
            facts ??= await source.ForAsync(agreement.Id, versionNumber, reader, ct);
        }
        ids.AddRange(facts?.SignOffs.Select(s => s.OrganisationId) ?? []);
        return new IspDocumentContent(shown, version, await register.FindAsync([.. ids.Distinct()], ct), facts, await db.LegalBasisLawAsync(ct));
    }
}
