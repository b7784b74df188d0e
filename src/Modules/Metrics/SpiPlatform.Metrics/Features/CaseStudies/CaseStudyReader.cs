using Microsoft.EntityFrameworkCore;
using SpiPlatform.Metrics.Data;
using SpiPlatform.Metrics.Domain;
using SpiPlatform.Protocols.Contracts;

namespace SpiPlatform.Metrics.Features.CaseStudies;

/// <summary>
/// The linked agreement as the Metrics read model holds it now: the same figures the evaluators' API counts.
/// </summary>
/// <param name="Status">Where the agreement is in its lifecycle.</param>
/// <param name="PartnerEntries">Partner entries as listed, the coordinator included.</param>
/// <param name="PartnerOrganisations">Partner organisations, a group entry counted as its members.</param>
/// <param name="LiveSince">When it last went live, if it is live or under review now.</param>
internal sealed record CaseStudyAgreementFigures(AgreementStatus Status, int PartnerEntries, int PartnerOrganisations, DateOnly? LiveSince)
{
    // The statuses anyone may read in the library (ADR 0006): only these get a link a public reader can follow.
    private static readonly AgreementStatus[] InPublicLibrary =
        [AgreementStatus.QualityAssured, AgreementStatus.AwaitingSignOff, AgreementStatus.Live, AgreementStatus.UnderReview];

    public bool IsInPublicLibrary => InPublicLibrary.Contains(Status);

    public static CaseStudyAgreementFigures Of(AgreementRow row)
    {
        var live = row.Status is AgreementStatus.Live or AgreementStatus.UnderReview;
        var wentLive = row.History.Where(h => h.Status == AgreementStatus.Live).OrderBy(h => h.Position).LastOrDefault()?.On;
        return new(row.Status, row.Partners.Count, row.Partners.Sum(p => Math.Max(1, p.Members)), live ? wentLive : null);
    }
}

/// <summary>A case study with its agreement's live figures (null until the read model holds that agreement).</summary>
internal sealed record CaseStudyWithFigures(CaseStudy CaseStudy, CaseStudyAgreementFigures? Figures);

/// <summary>Reads case studies for the public pages and the API; no access rule, they are published.</summary>
internal sealed class CaseStudyReader(MetricsDbContext db)
{
    public async Task<IReadOnlyList<CaseStudyWithFigures>> ListAsync(CancellationToken ct)
    {
        var studies = await db.CaseStudies.AsNoTracking().OrderBy(c => c.Position).ThenBy(c => c.Slug).ToListAsync(ct);
        return await WithFiguresAsync(studies, ct);
    }

    /// <summary>The case study with this slug (any case), or null.</summary>
    public async Task<CaseStudyWithFigures?> FindAsync(string slug, CancellationToken ct)
    {
        var wanted = slug.Trim().ToLowerInvariant();
        var study = await db.CaseStudies.AsNoTracking().AsSplitQuery()
            .Include(c => c.Partners).Include(c => c.KeyMessages).Include(c => c.Quotes)
            .FirstOrDefaultAsync(c => c.Slug == wanted, ct);
        if (study is null)
        {
            return null;
        }
        study.Partners.Sort((a, b) => a.Position.CompareTo(b.Position));
        study.KeyMessages.Sort((a, b) => a.Position.CompareTo(b.Position));
        study.Quotes.Sort((a, b) => a.Position.CompareTo(b.Position));
        return (await WithFiguresAsync([study], ct))[0];
    }

    private async Task<IReadOnlyList<CaseStudyWithFigures>> WithFiguresAsync(IReadOnlyList<CaseStudy> studies, CancellationToken ct)
    {
        var ids = studies.Select(s => s.AgreementId).Distinct().ToList();
        var rows = await db.Agreements.AsNoTracking().AsSplitQuery().Include(a => a.Partners).Include(a => a.History)
            .Where(a => ids.Contains(a.AgreementId)).ToDictionaryAsync(a => a.AgreementId, ct);
        return [.. studies.Select(s => new CaseStudyWithFigures(s, rows.TryGetValue(s.AgreementId, out var row) ? CaseStudyAgreementFigures.Of(row) : null))];
    }
}
