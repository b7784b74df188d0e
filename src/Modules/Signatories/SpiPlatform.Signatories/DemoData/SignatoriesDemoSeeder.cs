using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SpiPlatform.SharedKernel;
using SpiPlatform.SharedKernel.Data;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Signatories.Data;
using SpiPlatform.Signatories.Domain;
using SpiPlatform.Signatories.Features.Shared;

namespace SpiPlatform.Signatories.DemoData;

/// <summary>
/// Puts every agency of the six case studies on the register as an active signatory, signed on its historical
/// date; the renewal date is rolled forward by whole renewal periods, as if renewed on time ever since.
/// </summary>
internal sealed class SignatoriesDemoSeeder(SignatoriesDbContext db, TimeProvider clock, IOptions<SignatoriesOptions> options) : IDemoDataSeeder
{
    private static readonly Actor Importer = new("system:demo-data", "Demo data");

    public static Guid IdOf(string nameEn) => DemoOrganisationIds.Of(nameEn);

    public async Task SeedAsync(CancellationToken ct)
    {
        var existing = (await db.Organisations.Select(o => o.Id).ToListAsync(ct)).ToHashSet();
        var now = clock.GetUtcNow();
        var today = clock.TodayInWales();
        foreach (var demo in DemoOrganisations.All.Where(d => !existing.Contains(IdOf(d.NameEn))))
        {
            var organisation = new Organisation
            {
                Id = IdOf(demo.NameEn),
                NameEn = demo.NameEn,
                NameCy = demo.NameCy,
                Sector = demo.Sector,
                Areas = [.. demo.Areas],
                OdsCode = demo.OdsCode,
                CharityNumber = demo.CharityNumber,
                CompanyNumber = demo.CompanyNumber,
                RegisteredAt = now,
                UpdatedAt = now,
            };
            var renewal = demo.SignedOn;
            while (renewal <= today)
            {
                renewal = renewal.AddYears(options.Value.RenewalYears);
            }
            var signature = new AccordSignature
            {
                Id = StableId.For("signature", demo.NameEn),
                OrganisationId = organisation.Id,
                DeclarationVersion = "4.0",
                SignedByName = demo.SignedByName,
                SignedByRole = demo.SignedByRole,
                SignedOn = demo.SignedOn,
                Status = SignatureStatus.Active,
                CreatedAt = now,
                CreatedBy = Importer.Id,
                DecidedAt = now,
                DecidedBy = Importer.Id,
                RenewalDueOn = renewal,
            };
            organisation.Signatures.Add(signature);
            organisation.RefreshStatus();
            db.Organisations.Add(organisation);
            db.Signatures.Add(signature);
            db.Record(organisation, Importer, "Imported", before: null, now);
        }
        await db.SaveChangesAsync(ct);
    }
}
