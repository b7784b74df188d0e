using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SpiPlatform.Metrics.Data;
using SpiPlatform.Metrics.Features.CaseStudies;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.SharedKernel.Data;

namespace SpiPlatform.Metrics.DemoData;

/// <summary>
/// Adds the six evaluation case studies, each linked to its agreement in the Protocols demo data by reference; one
/// already there (by slug) is left alone, so running it again changes nothing.
/// </summary>
internal sealed class CaseStudyDemoSeeder(MetricsDbContext db, IProtocolsApi protocols, ILogger<CaseStudyDemoSeeder> log) : IDemoDataSeeder
{
    public static Guid IdOf(string slug) => StableId.For("case-study", slug);

    public async Task SeedAsync(CancellationToken ct)
    {
        var existing = (await db.CaseStudies.Select(c => c.Slug).ToListAsync(ct)).ToHashSet();
        for (var i = 0; i < DemoCaseStudies.All.Count; i++)
        {
            var demo = DemoCaseStudies.All[i];
            if (existing.Contains(demo.Slug))
            {
                continue;
            }
            if (await protocols.FindByReferenceAsync(demo.AgreementReference, ct) is not { } agreement)
            {
                log.LogWarning("Case study {Slug} not seeded: there is no agreement {Reference}.", demo.Slug, demo.AgreementReference);
                continue;
            }
            db.CaseStudies.Add(Build(demo, i + 1, agreement));
        }
        await db.SaveChangesAsync(ct);
    }

    private static CaseStudy Build(DemoCaseStudy demo, int position, AgreementSummary agreement)
    {
        var id = IdOf(demo.Slug);
        return new CaseStudy
        {
            Id = id,
            Slug = demo.Slug,
            Position = position,
            AgreementId = agreement.Id,
            AgreementReference = agreement.Reference,
            Title = demo.Title.Copy(),
            Area = demo.Area.Copy(),
            Summary = demo.Summary.Copy(),
            Background = demo.Background.Copy(),
            HowInformationIsShared = demo.HowInformationIsShared.Copy(),
            HowTheIspWasDeveloped = demo.HowTheIspWasDeveloped.Copy(),
            Benefits = demo.Benefits.Copy(),
            Partners = [.. demo.Partners.Select((p, n) => new CaseStudyPartner { CaseStudyId = id, Position = n + 1, Name = p.Copy() })],
            KeyMessages = [.. demo.KeyMessages.Select((m, n) => new CaseStudyKeyMessage { CaseStudyId = id, Position = n + 1, Message = m.Copy() })],
            Quotes = [.. demo.Quotes.Select((q, n) => new CaseStudyQuote { CaseStudyId = id, Position = n + 1, Words = q.Words.Copy(), AttributedTo = q.AttributedTo.Copy() })],
        };
    }
}
