using Microsoft.EntityFrameworkCore;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.Data;

namespace SpiPlatform.Training.Features;

/// <summary>The figures Metrics reads, each one or two queries.</summary>
internal sealed class TrainingApi(TrainingDbContext db, IProtocolsApi protocols) : ITrainingApi
{
    public async Task<IReadOnlyDictionary<TrainingNeedStatus, int>> NeedsByStatusAsync(CancellationToken ct)
    {
        var counts = await db.Needs.GroupBy(n => n.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return Enum.GetValues<TrainingNeedStatus>().ToDictionary(s => s, s => counts.GetValueOrDefault(s));
    }

    public async Task<TrainingCoverage> LiveAgreementCoverageAsync(CancellationToken ct)
    {
        var needs = await db.Needs.AsNoTracking().Select(n => new { n.AgreementId, n.OrganisationId, n.Status }).ToListAsync(ct);
        var agreements = await protocols.FindManyAsync([.. needs.Select(n => n.AgreementId).Distinct()], ct);
        var live = agreements.Values.Where(a => a.Status == AgreementStatus.Live).ToList();
        var met = needs.Where(n => n.Status == TrainingNeedStatus.Met).Select(n => (n.AgreementId, n.OrganisationId)).ToHashSet();
        var partners = live.SelectMany(a => a.PartnerIds.Distinct().Select(p => (a.Id, p))).ToList();
        return new TrainingCoverage(live.Count, partners.Count, partners.Count(met.Contains));
    }

    public async Task<IReadOnlyList<CourseCompletions>> CompletionsByCourseAsync(CancellationToken ct)
    {
        var counts = await db.Completions.GroupBy(c => c.CourseId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var courses = await db.Courses.AsNoTracking().ToListAsync(ct);
        return [.. courses.OrderBy(c => c.Kind).Select(c => new CourseCompletions(c.Id, c.Kind, c.TitleEn, counts.GetValueOrDefault(c.Id)))];
    }

    public async Task<IReadOnlyList<AreaFacilitators>> FacilitatorsByAreaAsync(CancellationToken ct)
    {
        var entries = await db.Facilitators.AsNoTracking().Select(f => new { f.Areas, f.Availability }).ToListAsync(ct);
        return [.. entries
            .SelectMany(e => e.Areas.Distinct().Select(area => (area, available: e.Availability == FacilitatorAvailability.Available)))
            .GroupBy(e => e.area)
            .Select(g => new AreaFacilitators(g.Key, g.Count(), g.Count(e => e.available)))
            .OrderByDescending(a => a.Facilitators).ThenBy(a => a.Area)];
    }
}
