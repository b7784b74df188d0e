using Microsoft.EntityFrameworkCore;
using SpiPlatform.SharedKernel.Data;
using SpiPlatform.Training.Data;

namespace SpiPlatform.Training.DemoData;

/// <summary>Puts the demo facilitators in the register; one already there (by id or by email) is left alone.</summary>
internal sealed class FacilitatorDemoSeeder(TrainingDbContext db, TimeProvider clock) : IDemoDataSeeder
{
    public async Task SeedAsync(CancellationToken ct)
    {
        var existing = await db.Facilitators.Select(f => new { f.Id, f.Email }).ToListAsync(ct);
        var ids = existing.Select(f => f.Id).ToHashSet();
        var emails = existing.Select(f => f.Email).ToHashSet();
        db.Facilitators.AddRange(DemoFacilitators.All(clock.GetUtcNow()).Where(f => !ids.Contains(f.Id) && !emails.Contains(f.Email)));
        await db.SaveChangesAsync(ct);
    }
}
