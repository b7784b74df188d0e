using Microsoft.EntityFrameworkCore;
using SpiPlatform.QualityAssurance.Data;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.SharedKernel.Data;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.QualityAssurance.DemoData;

/// <summary>
/// The demo QA reviewer (qa@demo.spi.wales, an account the host seeds) reviews for South East Wales, where the demo
/// editor's Torfaen drafts go, and for the national WASPI team; not for the other regions. The five groups themselves
/// are reference data the initial migration inserts; they are put back here when missing (tests empty every table).
/// The demo editors of the three partners of the Torfaen youth offending drafts hold their organisation's sign-off right.
/// </summary>
internal sealed class QualityAssuranceDemoSeeder(QualityAssuranceDbContext db, CaseStudySubmissions caseStudies) : IDemoDataSeeder
{
    public const string ReviewerEmail = "qa@demo.spi.wales";
    public static readonly string[] ReviewerGroups = [QaGroups.SouthEastWales, QaGroups.National];

    /// <summary>Who signs off for whom (the host's demo accounts, their names as it seeds them).</summary>
    public static readonly (string Email, string Name, string? Role, Guid OrganisationId)[] Signatories =
    [
        ("editor@demo.spi.wales", "Demo Organisation Editor", null, DemoOrganisationIds.EditorOrganisation),
        ("caldicott@demo.spi.wales", "Demo Caldicott Guardian", "Caldicott Guardian", DemoOrganisationIds.Of("Aneurin Bevan Health Board")),
        ("inspector@demo.spi.wales", "Demo Chief Inspector", "Chief Inspector", DemoOrganisationIds.Of("Gwent Police")),
    ];

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
        foreach (var (email, name, role, organisationId) in Signatories)
        {
            if (!await db.SignOffRights.AnyAsync(r => r.OrganisationId == organisationId && r.Email == email && r.RevokedAt == null, ct))
            {
                db.SignOffRights.Add(new QaSignOffRight
                {
                    Id = StableId.For("qa-sign-off-right", $"{organisationId}:{email}"), OrganisationId = organisationId, Email = email,
                    DisplayName = name, SignatoryRole = role, GrantedBy = "system:demo", GrantedAt = DateTimeOffset.UtcNow,
                });
            }
        }
        await db.SaveChangesAsync(ct);
        await caseStudies.SeedAsync(ct);
    }
}
