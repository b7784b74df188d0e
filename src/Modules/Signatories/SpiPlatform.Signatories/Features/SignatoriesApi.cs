using Microsoft.EntityFrameworkCore;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Signatories.Data;
using SpiPlatform.Signatories.Domain;

namespace SpiPlatform.Signatories.Features;

internal sealed class SignatoriesApi(SignatoriesDbContext db) : ISignatoriesApi
{
    public async Task<IReadOnlyDictionary<Guid, OrganisationSummary>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var rows = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id))
            .Select(o => new { o.Id, o.NameEn, o.NameCy, o.Sector, o.Areas, o.Status })
            .ToListAsync(ct);
        return rows.ToDictionary(o => o.Id, o => new OrganisationSummary(o.Id, o.NameEn, o.NameCy, o.Sector, o.Areas, o.Status));
    }

    public async Task<IReadOnlyList<OrganisationSummary>> ListActiveAsync(CancellationToken ct)
        => [.. (await db.Organisations.AsNoTracking().Where(o => o.Status == AccordStatus.Active).OrderBy(o => o.NameEn)
                .Select(o => new { o.Id, o.NameEn, o.NameCy, o.Sector, o.Areas, o.Status }).ToListAsync(ct))
            .Select(o => new OrganisationSummary(o.Id, o.NameEn, o.NameCy, o.Sector, o.Areas, o.Status))];

    public Task<bool> IsActiveSignatoryAsync(Guid organisationId, CancellationToken ct)
        => db.Organisations.AnyAsync(o => o.Id == organisationId && o.Status == AccordStatus.Active, ct);

    public async Task<IReadOnlyList<AccordRenewalDate>> ListRenewalDatesAsync(DateOnly dueFrom, DateOnly dueTo, CancellationToken ct)
    {
        var rows = await db.Organisations.AsNoTracking()
            .SelectMany(o => o.Signatures
                .Where(s => s.Status == SignatureStatus.Active && s.RenewalDueOn >= dueFrom && s.RenewalDueOn <= dueTo)
                .Select(s => new { o.Id, o.NameEn, o.NameCy, Due = s.RenewalDueOn!.Value }))
            .ToListAsync(ct);
        return [.. rows.OrderBy(r => r.Due).ThenBy(r => r.NameEn).Select(r => new AccordRenewalDate(r.Id, r.NameEn, r.NameCy, r.Due))];
    }
}
