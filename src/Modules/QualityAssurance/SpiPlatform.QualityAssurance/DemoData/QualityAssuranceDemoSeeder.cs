using Microsoft.EntityFrameworkCore;
using SpiPlatform.QualityAssurance.Data;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.SharedKernel.Data;

namespace SpiPlatform.QualityAssurance.DemoData;

/// <summary>
/// The demo QA reviewer (qa@demo.spi.wales, an account the host seeds) reviews for South East Wales, where the demo
/// editor's Torfaen drafts go, and for the national WASPI team; not for the other regions. The five groups themselves
/// are reference data the initial migration inserts; they are put back here when missing (tests empty every table).
/// </summary>
internal sealed class QualityAssuranceDemoSeeder(QualityAssuranceDbContext db) : IDemoDataSeeder
{
    public const string ReviewerEmail = "qa@demo.spi.wales";
    public static readonly string[] ReviewerGroups = [QaGroups.SouthEastWales, QaGroups.National];

    public async Task SeedAsync(CancellationToken ct)
    {
        var existing = await db.Groups.Select(g => g.Code).ToListAsync(ct);
        db.Groups.AddRange(QaGroups.Create().Where(g => !existing.Contains(g.Code)));
        await db.SaveChangesAsync(ct);
        foreach (var code in ReviewerGroups)
        {
            var groupId = QaGroups.IdOf(code);
            if (!await db.Members.AnyAsync(m => m.GroupId == groupId && m.Email == ReviewerEmail, ct))
            {
                db.Members.Add(new QaGroupMember
                {
                    Id = StableId.For("qa-group-member", $"{code}:{ReviewerEmail}"), GroupId = groupId,
                    Email = ReviewerEmail, DisplayName = "Demo QA Reviewer",
                    // The demo reviewer leads South East Wales, so the assign page can be tried.
                    IsLead = code == QaGroups.SouthEastWales,
                });
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
