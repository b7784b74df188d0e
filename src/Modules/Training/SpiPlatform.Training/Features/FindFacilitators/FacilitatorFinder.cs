using Microsoft.EntityFrameworkCore;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.Data;
using SpiPlatform.Training.Domain;

namespace SpiPlatform.Training.Features.FindFacilitators;

/// <summary>
/// Who can facilitate where, in which language. An area matches facilitators who list it or all of Wales; Welsh
/// (or English) matches those who work in it or in both; Both only those who work in both.
/// </summary>
internal sealed record FacilitatorQuery(ServiceArea? Area, FacilitatorLanguage? Language, FacilitatorAvailability? Availability, int Offset, int First);

/// <summary>The one search of the facilitator register, behind the finder page and the <c>facilitators</c> field.</summary>
internal sealed class FacilitatorFinder(TrainingDbContext db)
{
    public async Task<(IReadOnlyList<Facilitator> Facilitators, int Total)> FindAsync(FacilitatorQuery q, CancellationToken ct)
    {
        var query = db.Facilitators.AsNoTracking();
        if (q.Area is { } area)
        {
            query = query.Where(f => f.Areas.Contains(area) || f.Areas.Contains(ServiceArea.AllWales));
        }
        if (q.Language is { } language)
        {
            query = query.Where(f => f.Languages == language || f.Languages == FacilitatorLanguage.Both);
        }
        if (q.Availability is { } availability)
        {
            query = query.Where(f => f.Availability == availability);
        }
        var total = await query.CountAsync(ct);
        // Those who can take work first, then by name.
        var page = await query
            .OrderBy(f => f.Availability == FacilitatorAvailability.Available ? 0 : f.Availability == FacilitatorAvailability.Limited ? 1 : 2)
            .ThenBy(f => f.Name).ThenBy(f => f.Id).Skip(q.Offset).Take(q.First).ToListAsync(ct);
        return (page, total);
    }

    public Task<Facilitator?> FindByIdAsync(Guid id, CancellationToken ct) => db.Facilitators.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);

    public Task<Facilitator?> FindByEmailAsync(string email, CancellationToken ct)
    {
        var normalised = email.Trim().ToLowerInvariant();
        return db.Facilitators.AsNoTracking().FirstOrDefaultAsync(f => f.Email == normalised, ct);
    }
}
