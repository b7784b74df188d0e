using Microsoft.EntityFrameworkCore;
using SpiPlatform.SharedKernel;
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
                .Select(s => new { o.Id, o.NameEn, o.NameCy, o.Areas, Due = s.RenewalDueOn!.Value }))
            .ToListAsync(ct);
        return [.. rows.OrderBy(r => r.Due).ThenBy(r => r.NameEn).Select(r => new AccordRenewalDate(r.Id, r.NameEn, r.NameCy, r.Due, r.Areas))];
    }

    public async Task<IReadOnlyList<SignatureFacts>> ListSignatureFactsAsync(IReadOnlyCollection<Guid>? organisationIds, CancellationToken ct)
    {
        var organisations = db.Organisations.AsNoTracking();
        var verifications = db.History.AsNoTracking().Where(h => h.Action == "SignatureVerified");
        if (organisationIds is not null)
        {
            var ids = organisationIds.Distinct().ToList();
            organisations = organisations.Where(o => ids.Contains(o.Id));
            verifications = verifications.Where(h => ids.Contains(h.OrganisationId));
        }
        var rows = await organisations.Include(o => o.Signatures).ToListAsync(ct);
        var verifiedAt = (await verifications.Select(h => new { h.OrganisationId, h.At }).ToListAsync(ct)).ToLookup(h => h.OrganisationId, h => h.At);
        return [.. rows.SelectMany(o => o.Signatures.OrderBy(s => s.CreatedAt).Select(s => Facts(o, s, verifiedAt[o.Id])))];
    }

    // The decision time is overwritten when a signature is later withdrawn or lapses, so the verification date comes
    // from the append-only history: the first verification of the organisation after the signature was made.
    // Imported (demo) history has no verification entry: it counts as verified on the day it was signed.
    private static SignatureFacts Facts(Organisation o, AccordSignature s, IEnumerable<DateTimeOffset> verifications)
    {
        var verified = verifications.Where(at => at >= s.CreatedAt).Order().Cast<DateTimeOffset?>().FirstOrDefault();
        DateOnly? verifiedOn = verified is { } at ? WalesDate(at)
            : s.Status is SignatureStatus.Active or SignatureStatus.Withdrawn or SignatureStatus.Lapsed ? s.SignedOn : null;
        DateOnly? endedOn = s.Status is SignatureStatus.Withdrawn or SignatureStatus.Lapsed or SignatureStatus.Rejected && s.DecidedAt is { } d
            ? WalesDate(d) : null;
        return new SignatureFacts(s.Id, o.Id, o.Sector, o.Areas, s.SignedOn, s.RegisterStatus, verifiedOn, endedOn);
    }

    private static DateOnly WalesDate(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, WalesClock.TimeZone).DateTime);
}
