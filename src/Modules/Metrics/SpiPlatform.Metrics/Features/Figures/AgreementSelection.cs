using Microsoft.EntityFrameworkCore;
using SpiPlatform.Metrics.Contracts;
using SpiPlatform.Metrics.Data;
using SpiPlatform.Metrics.Domain;
using SpiPlatform.SharedKernel.GraphQL;

namespace SpiPlatform.Metrics.Features.Figures;

/// <summary>
/// The read model's agreements that pass a query's filters (service area, area, and a partner of the sector), by id,
/// and the dimension values an agreement counts under: what the QA, development and review figures share.
/// </summary>
internal sealed class AgreementSelection(MetricsDbContext db)
{
    public async Task<Dictionary<Guid, AgreementRow>> LoadAsync(FigureQuery q, CancellationToken ct)
    {
        var rows = await db.Agreements.AsNoTracking().Include(a => a.Partners).Include(a => a.History).AsSplitQuery().ToListAsync(ct);
        var sectorOrganisations = q.Sector is { } sector
            ? (await db.Signatures.AsNoTracking().Where(s => s.Sector == sector).Select(s => s.OrganisationId).ToListAsync(ct)).ToHashSet()
            : null;
        return rows
            .Where(a => q.ServiceArea is null || a.ServiceArea == q.ServiceArea)
            .Where(a => q.Area is null || a.Regions.Contains(q.Area.Value))
            .Where(a => sectorOrganisations is null || a.Partners.Any(p => sectorOrganisations.Contains(p.OrganisationId)))
            .ToDictionary(a => a.AgreementId);
    }

    /// <summary>Every dimension value the selected agreements count under: each series lists them all, zero or null when empty.</summary>
    public static List<string> ValuesOf(Dictionary<Guid, AgreementRow> agreements, FigureQuery q)
        => [.. agreements.Values.SelectMany(a => DimensionsOf(a, q)).Distinct()];

    /// <summary>The dimension values an agreement counts under (an agreement in several areas counts in each).</summary>
    public static IEnumerable<string> DimensionsOf(AgreementRow a, FigureQuery q) => q.Dimension switch
    {
        MetricDimensions.ServiceArea => [Names.Constant(a.ServiceArea)],
        MetricDimensions.Area => a.Regions.Where(r => q.Area is null || r == q.Area).Select(r => Names.Constant(r)),
        _ => [MetricDimensions.Total],
    };
}

/// <summary>A number for one agreement.</summary>
internal sealed record AgreementValue(Guid AgreementId, string Reference, int Value);
