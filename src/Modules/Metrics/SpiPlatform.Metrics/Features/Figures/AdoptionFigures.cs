using Microsoft.EntityFrameworkCore;
using SpiPlatform.Metrics.Contracts;
using SpiPlatform.Metrics.Data;
using SpiPlatform.Metrics.Domain;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Metrics.Features.Figures;

/// <summary>Accord adoption, month by month.</summary>
/// <param name="Active">Active signatories (organisations) at each month's end: verified by then, not yet withdrawn or lapsed.</param>
/// <param name="New">Organisations whose signature was verified in the month.</param>
/// <param name="Signed">Signatures made in the month.</param>
/// <param name="Verified">Signatures verified in the month.</param>
/// <param name="Withdrawn">Signatures withdrawn in the month.</param>
/// <param name="Lapsed">Signatures that lapsed in the month.</param>
internal sealed record AdoptionSeries(
    FigureQuery Query, IReadOnlyList<FigurePoint> Active, IReadOnlyList<FigurePoint> New, IReadOnlyList<FigurePoint> Signed,
    IReadOnlyList<FigurePoint> Verified, IReadOnlyList<FigurePoint> Withdrawn, IReadOnlyList<FigurePoint> Lapsed);

/// <summary>Computes adoption from the read model's signatures (a few rows per organisation, read once).</summary>
internal sealed class AdoptionFigures(MetricsDbContext db)
{
    public async Task<AdoptionSeries> ComputeAsync(FigureQuery q, CancellationToken ct)
    {
        var rows = (await db.Signatures.AsNoTracking().ToListAsync(ct))
            .Where(s => q.Sector is null || s.Sector == q.Sector)
            .Where(s => q.Area is null || s.Areas.Contains(q.Area.Value))
            .ToList();
        var values = rows.SelectMany(s => DimensionsOf(s, q)).Distinct().Order(StringComparer.Ordinal).ToList();
        if (q.Dimension == MetricDimensions.Total)
        {
            values = [MetricDimensions.Total];
        }
        return new AdoptionSeries(q,
            Series(q, rows, values, (s, m) => IsActiveAt(s, m.Last), distinctOrganisations: true),
            Series(q, rows, values, (s, m) => s.VerifiedOn is { } v && m.Contains(v) && FirstVerification(rows, s), distinctOrganisations: true),
            Series(q, rows, values, (s, m) => m.Contains(s.SignedOn)),
            Series(q, rows, values, (s, m) => s.VerifiedOn is { } v && m.Contains(v)),
            Series(q, rows, values, (s, m) => s.Status == AccordStatus.Withdrawn && s.EndedOn is { } e && m.Contains(e)),
            Series(q, rows, values, (s, m) => s.Status == AccordStatus.Lapsed && s.EndedOn is { } e && m.Contains(e)));
    }

    private static bool IsActiveAt(SignatureRow s, DateOnly day)
        => s.VerifiedOn is { } v && v <= day && !(s.EndedOn is { } e && e <= day && s.Status is AccordStatus.Withdrawn or AccordStatus.Lapsed);

    // An organisation that renews (a second verified signature) is not new again.
    private static bool FirstVerification(List<SignatureRow> rows, SignatureRow s)
        => !rows.Any(o => o.OrganisationId == s.OrganisationId && o.SignatureId != s.SignatureId && o.VerifiedOn < s.VerifiedOn);

    private static IEnumerable<string> DimensionsOf(SignatureRow s, FigureQuery q) => q.Dimension switch
    {
        MetricDimensions.Sector => [Names.Constant(s.Sector)],
        MetricDimensions.Area => s.Areas.Where(a => q.Area is null || a == q.Area).Select(a => Names.Constant(a)),
        _ => [MetricDimensions.Total],
    };

    private static List<FigurePoint> Series(
        FigureQuery q, List<SignatureRow> rows, List<string> values, Func<SignatureRow, Month, bool> counts, bool distinctOrganisations = false)
    {
        // Each signature's dimension values, worked out once: the snapshot back-fill asks for some 200 months at a time.
        var dimensionsOf = rows.ToDictionary(s => s.SignatureId, s => DimensionsOf(s, q).ToHashSet(StringComparer.Ordinal));
        var points = new List<FigurePoint>();
        foreach (var month in q.Months())
        {
            var counted = rows.Where(s => counts(s, month)).ToList();
            foreach (var value in values)
            {
                var inValue = counted.Where(s => dimensionsOf[s.SignatureId].Contains(value));
                var n = distinctOrganisations ? inValue.Select(s => s.OrganisationId).Distinct().Count() : inValue.Count();
                points.Add(new FigurePoint(month.ToString(), value, n));
            }
        }
        return points;
    }
}
