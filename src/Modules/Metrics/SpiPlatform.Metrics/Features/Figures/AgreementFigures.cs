using Microsoft.EntityFrameworkCore;
using SpiPlatform.Metrics.Contracts;
using SpiPlatform.Metrics.Data;
using SpiPlatform.Metrics.Domain;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.SharedKernel.GraphQL;

namespace SpiPlatform.Metrics.Features.Figures;

/// <summary>Agreement figures for a period.</summary>
/// <param name="Agreements">Agreements at each month's end (those that had started by then), by the dimension; by status, their status then.</param>
/// <param name="StatusChanges">How many agreements entered each status in the month (by status, whatever the dimension asked).</param>
/// <param name="LiveByOrganisation">Per partner organisation, the agreements live (or under review) at the period's end.</param>
/// <param name="Partners">Per agreement, its partner entries and the organisations they stand for (a group counted as its members).</param>
internal sealed record AgreementSeries(
    FigureQuery Query, IReadOnlyList<FigurePoint> Agreements, IReadOnlyList<FigurePoint> StatusChanges,
    IReadOnlyList<OrganisationCount> LiveByOrganisation, IReadOnlyList<AgreementPartnerCount> Partners);

/// <summary>How many live agreements an organisation is a partner in.</summary>
internal sealed record OrganisationCount(Guid OrganisationId, int Value);

/// <summary>How many partners an agreement has.</summary>
internal sealed record AgreementPartnerCount(Guid AgreementId, string Reference, int Entries, int Organisations);

/// <summary>Computes agreement figures from the read model's agreements, partners and status history.</summary>
internal sealed class AgreementFigures(MetricsDbContext db)
{
    public async Task<AgreementSeries> ComputeAsync(FigureQuery q, CancellationToken ct)
    {
        var rows = await db.Agreements.AsNoTracking().Include(a => a.Partners).Include(a => a.History).ToListAsync(ct);
        // A sector filter keeps the agreements with a partner in that sector (the sector as the register has it).
        var sectorOrganisations = q.Sector is { } sector
            ? (await db.Signatures.AsNoTracking().Where(s => s.Sector == sector).Select(s => s.OrganisationId).ToListAsync(ct)).ToHashSet()
            : null;
        var chosen = rows
            .Where(a => q.ServiceArea is null || a.ServiceArea == q.ServiceArea)
            .Where(a => q.Area is null || a.Regions.Contains(q.Area.Value))
            .Where(a => sectorOrganisations is null || a.Partners.Any(p => sectorOrganisations.Contains(p.OrganisationId)))
            .OrderBy(a => a.Reference, StringComparer.Ordinal)
            .ToList();
        var end = q.To.Last;
        var live = chosen.Where(a => StatusAt(a, end) is AgreementStatus.Live or AgreementStatus.UnderReview).ToList();
        return new AgreementSeries(q, Agreements(q, chosen), StatusChanges(q, chosen),
            [.. live.SelectMany(a => a.Partners.Select(p => p.OrganisationId)).GroupBy(id => id)
                .Select(g => new OrganisationCount(g.Key, g.Count())).OrderByDescending(c => c.Value).ThenBy(c => c.OrganisationId)],
            [.. chosen.Select(a => new AgreementPartnerCount(a.AgreementId, a.Reference, a.Partners.Count, a.Partners.Sum(p => Math.Max(1, p.Members))))]);
    }

    /// <summary>The status the agreement was in at the end of the day, or null if it had not started.</summary>
    public static AgreementStatus? StatusAt(AgreementRow a, DateOnly day)
        => a.History.Where(h => h.On <= day).OrderBy(h => h.On).ThenBy(h => h.Position).LastOrDefault()?.Status;

    private static List<FigurePoint> Agreements(FigureQuery q, List<AgreementRow> chosen)
    {
        var points = new List<FigurePoint>();
        foreach (var month in q.Months())
        {
            var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
            if (q.Dimension == MetricDimensions.Total)
            {
                counts[MetricDimensions.Total] = 0;
            }
            foreach (var a in chosen)
            {
                if (StatusAt(a, month.Last) is not { } status)
                {
                    continue;
                }
                foreach (var value in DimensionsOf(a, status, q))
                {
                    counts[value] = counts.GetValueOrDefault(value) + 1;
                }
            }
            points.AddRange(counts.Select(c => new FigurePoint(month.ToString(), c.Key, c.Value)));
        }
        return points;
    }

    private static List<FigurePoint> StatusChanges(FigureQuery q, List<AgreementRow> chosen)
        => [.. q.Months().SelectMany(month => chosen
            .SelectMany(a => a.History.Where(h => h.Position > 0 && month.Contains(h.On)).Select(h => Names.Constant(h.Status)))
            .GroupBy(s => s).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new FigurePoint(month.ToString(), g.Key, g.Count())))];

    private static IEnumerable<string> DimensionsOf(AgreementRow a, AgreementStatus status, FigureQuery q) => q.Dimension switch
    {
        MetricDimensions.Status => [Names.Constant(status)],
        MetricDimensions.Kind => [Names.Constant(a.Kind)],
        MetricDimensions.ServiceArea => [Names.Constant(a.ServiceArea)],
        MetricDimensions.Area => a.Regions.Where(r => q.Area is null || r == q.Area).Select(r => Names.Constant(r)),
        _ => [MetricDimensions.Total],
    };
}
